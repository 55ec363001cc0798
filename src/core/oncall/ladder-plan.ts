// Plans an escalation ladder: when each level fires in each round, and whom it notifies at that moment.
import { parseDuration } from '../time/duration.js';
import type { EscalationEventType } from '../playbook/automation-schema.js';
import type { Ladder } from '../playbook/oncall-schema.js';

/** Answers whom a ladder target names at an instant; the caller backs it with the playbook and the store. */
export interface LadderResolver {
  /** Who is on call in rotation `id` at `at` (e.g. `compileRotation(…).onCallAt`), or null for an unknown rotation. */
  rotation(id: string, at: number): string | null;
  /** The people of team `id` who should hear about it at `at` (empty when none). */
  team(id: string, at: number): readonly string[];
  /** The people of the tier after the escalation's current one (empty at the top tier). */
  nextTier(at: number): readonly string[];
}

/** Whom a list of targets names at one instant. */
export interface ResolvedTargets {
  /** Person ids, each once, in the order the targets name them. */
  people: string[];
  /** Targets that named nobody (unknown rotation, empty team, no next tier): worth a log line. */
  unresolved: string[];
}

/** One level of one round: a timer the caller keeps until someone claims the escalation. */
export interface LadderStep {
  /** Index into `ladder.levels`. */
  level: number;
  /** 0 for the first climb, then 1‥`repeat`. */
  round: number;
  /** Epoch ms. */
  dueAt: number;
  /** The level's targets as written (`rotation:primary`, `tier:next` …), to resolve again when the step fires. */
  targets: readonly string[];
  /** Resolved at `dueAt` when planned; people and rotations can change before then. */
  resolved: ResolvedTargets;
}

export interface CompiledLadder {
  readonly team: string;
  /** True when this event type starts the ladder. */
  startsOn(event: EscalationEventType): boolean;
  /**
   * Every step of every round from `startAt`, in firing order. The caller turns the steps into timers and cancels
   * those still pending when someone claims; the plan itself never stops early.
   */
  plan(startAt: number, resolver: LadderResolver): LadderStep[];
}

/** Resolves targets at `at`; `person:ID` needs no resolver. */
export function resolveTargets(
  targets: readonly string[],
  at: number,
  resolver: LadderResolver,
): ResolvedTargets {
  const people = new Set<string>();
  const unresolved: string[] = [];
  for (const target of targets) {
    const colon = target.indexOf(':');
    const kind = target.slice(0, colon);
    const id = target.slice(colon + 1);
    const named =
      kind === 'person'
        ? [id]
        : kind === 'rotation'
          ? [resolver.rotation(id, at)].filter((person): person is string => person !== null)
          : kind === 'team'
            ? resolver.team(id, at)
            : resolver.nextTier(at);
    if (named.length === 0) {
      unresolved.push(target);
    }
    named.forEach((person) => people.add(person));
  }
  return { people: [...people], unresolved };
}

/** Compiles a ladder (already validated by the `Ladder` schema). */
export function compileLadder(ladder: Ladder): CompiledLadder {
  const levels = ladder.levels.map((level) => ({
    targets: level.notify,
    delayMs: parseDuration(level.delay),
  }));
  // Between rounds the first level waits `repeat_after` after the last level, else its own delay.
  const firstOfRoundMs =
    ladder.repeat_after === undefined ? (levels[0]?.delayMs ?? 0) : parseDuration(ladder.repeat_after);
  const startsOn = new Set<string>(ladder.start_on);
  return {
    team: ladder.team,
    startsOn: (event) => startsOn.has(event),
    plan(startAt, resolver) {
      const steps: LadderStep[] = [];
      let dueAt = startAt;
      for (let round = 0; round <= ladder.repeat; round += 1) {
        levels.forEach((level, index) => {
          dueAt += index === 0 && round > 0 ? firstOfRoundMs : level.delayMs;
          steps.push({
            level: index,
            round,
            dueAt,
            targets: level.targets,
            resolved: resolveTargets(level.targets, dueAt, resolver),
          });
        });
      }
      return steps;
    },
  };
}
