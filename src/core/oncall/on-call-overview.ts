// Who is on call now and next in each rotation, and each team's escalation ladder step by step with the people each
// step reaches at that moment: what the dashboard's "On call now" view draws.
import type { Ladder } from '../playbook/oncall-schema.js';
import { parseDuration } from '../time/duration.js';
import type { CompiledRotation, Shift } from './who-is-on-call.js';

export interface PersonRef {
  id: string;
  name: string;
}

export interface OverviewShift extends PersonRef {
  from: number;
  to: number;
  source: Shift['source'];
}

export interface RotationOverview {
  rotation: string;
  team: string;
  timezone: string;
  now: OverviewShift;
  next: OverviewShift;
}

export interface LadderStepTarget {
  /** As the playbook writes it: "person:ayse", "rotation:primary", "team:billing", "tier:next". */
  target: string;
  /** Whom it reaches now; empty for "tier:next", which depends on the escalation's tier. */
  people: PersonRef[];
}

export interface LadderOverview {
  team: string;
  startOn: string[];
  repeat: number;
  repeatAfter: string | null;
  steps: Array<{
    level: number;
    delay: string;
    /** From the ladder's start to this step (the delays so far added up). */
    afterMs: number;
    notify: LadderStepTarget[];
  }>;
}

export interface OnCallOverview {
  rotations: RotationOverview[];
  ladders: LadderOverview[];
}

export interface OverviewInput {
  at: number;
  rotations: Iterable<CompiledRotation>;
  ladders: readonly Ladder[];
  people: ReadonlyMap<string, { name: string; teams: readonly string[] }>;
}

export function onCallOverview({ at, rotations, ladders, people }: OverviewInput): OnCallOverview {
  const ref = (id: string): PersonRef => ({ id, name: people.get(id)?.name ?? id });
  const shift = (value: Shift): OverviewShift => ({
    ...ref(value.person),
    from: value.from,
    to: value.to,
    source: value.source,
  });
  const byId = new Map<string, CompiledRotation>();
  const rotationRows = [...rotations].map((rotation) => {
    byId.set(rotation.id, rotation);
    const now = rotation.shiftAt(at);
    return {
      rotation: rotation.id,
      team: rotation.team,
      timezone: rotation.timezone,
      now: shift(now),
      next: shift(rotation.shiftAt(now.to)),
    };
  });
  const reach = (target: string): PersonRef[] => {
    const colon = target.indexOf(':');
    const [kind, id] = [target.slice(0, colon), target.slice(colon + 1)];
    if (kind === 'person') {
      return [ref(id)];
    }
    if (kind === 'rotation') {
      const rotation = byId.get(id);
      return rotation === undefined ? [] : [ref(rotation.onCallAt(at))];
    }
    if (kind === 'team') {
      return [...people.entries()]
        .filter(([, person]) => person.teams.includes(id))
        .map(([personId]) => ref(personId));
    }
    return [];
  };
  const ladderRows = ladders.map((ladder) => {
    let afterMs = 0;
    return {
      team: ladder.team,
      startOn: [...ladder.start_on],
      repeat: ladder.repeat,
      repeatAfter: ladder.repeat_after ?? null,
      steps: ladder.levels.map((level, index) => {
        afterMs += parseDuration(level.delay);
        return {
          level: index + 1,
          delay: level.delay,
          afterMs,
          notify: level.notify.map((target) => ({ target, people: reach(target) })),
        };
      }),
    };
  });
  return { rotations: rotationRows, ladders: ladderRows };
}
