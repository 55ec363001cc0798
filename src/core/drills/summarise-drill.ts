// Adds up a drill one case at a time: counts by action, trigger, route and priority; misses and needless
// escalations against the outcomes; and, beside a second version, what changed.
import type { Decision, DecisionAction } from '../decide/decision.js';
import { neededAPerson } from './drill-outcome.js';
import type {
  DrillCaseExample,
  DrillChange,
  DrillDiff,
  DrillFailure,
  DrillSummary,
  DrillVerdict,
} from './drill-report.js';

/** How many examples each list keeps. */
export const DRILL_EXAMPLES = 10;
const FAILURES_KEPT = 20;

export function toVerdict(decision: Decision): DrillVerdict {
  const route =
    decision.route === null
      ? null
      : decision.route.tier === null
        ? decision.route.team
        : `${decision.route.team}/${decision.route.tier}`;
  return {
    action: decision.action,
    route,
    priority: decision.action === 'continue' ? null : decision.priority,
    triggers: decision.reasons.map((reason) => reason.trigger),
  };
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** What one version's accumulator has added up so far: plain data, so a worker thread can send it to be merged. */
export interface SummaryPart {
  cases: number;
  actions: Record<DecisionAction, number>;
  byTrigger: Record<string, number>;
  byRoute: Record<string, number>;
  byPriority: Record<string, number>;
  known: number;
  keptKnown: number;
  handedKnown: number;
  missedCount: number;
  needlessCount: number;
  /** The first examples by line, at most DRILL_EXAMPLES. */
  missed: DrillCaseExample[];
  needless: DrillCaseExample[];
}

const addCounts = (into: Record<string, number>, from: Readonly<Record<string, number>>) => {
  for (const [key, count] of Object.entries(from)) {
    into[key] = (into[key] ?? 0) + count;
  }
};

/** The first `limit` items of two lists of items that are each in line order, in line order. */
function firstByLine<T extends { line: number }>(a: readonly T[], b: readonly T[], limit: number): T[] {
  return [...a, ...b].sort((x, y) => x.line - y.line).slice(0, limit);
}

/**
 * Keeps in `list` (in line order) the `limit` items of lowest line seen so far. Items usually come in line order
 * (then it appends or drops); a worker thread that decides some cases ahead of others adds them out of order.
 */
export function keepFirst<T extends { line: number }>(list: T[], item: T, limit: number): void {
  const last = list.at(-1);
  if (last === undefined || last.line < item.line) {
    if (list.length < limit) {
      list.push(item);
    }
    return;
  }
  let at = list.length - 1;
  while (at > 0 && (list[at - 1]?.line ?? 0) > item.line) {
    at -= 1;
  }
  list.splice(at, 0, item);
  if (list.length > limit) {
    list.pop();
  }
}

/**
 * An accumulator for one version's decisions. Cases may be added in any order (the examples kept are the first
 * by line); accumulators that each saw some of the cases merge into the one that saw them all.
 */
export function makeSummary() {
  const part: SummaryPart = {
    cases: 0,
    actions: { continue: 0, escalate: 0, require_approval: 0 },
    byTrigger: {},
    byRoute: {},
    byPriority: {},
    known: 0,
    keptKnown: 0,
    handedKnown: 0,
    missedCount: 0,
    needlessCount: 0,
    missed: [],
    needless: [],
  };
  return {
    fail() {
      part.cases += 1;
    },
    add(id: string, line: number, verdict: DrillVerdict, outcome: string | null) {
      part.cases += 1;
      part.actions[verdict.action] += 1;
      for (const trigger of verdict.triggers) {
        bump(part.byTrigger, trigger);
      }
      if (verdict.route !== null) {
        bump(part.byRoute, verdict.route);
      }
      if (verdict.priority !== null) {
        bump(part.byPriority, verdict.priority);
      }
      const needed = neededAPerson(outcome);
      if (needed === null) {
        return;
      }
      part.known += 1;
      const kept = verdict.action === 'continue';
      if (kept) {
        part.keptKnown += 1;
        if (needed) {
          part.missedCount += 1;
          keepFirst(part.missed, { id, line, outcome, verdict }, DRILL_EXAMPLES);
        }
      } else {
        part.handedKnown += 1;
        if (!needed) {
          part.needlessCount += 1;
          keepFirst(part.needless, { id, line, outcome, verdict }, DRILL_EXAMPLES);
        }
      }
    },
    part: (): SummaryPart => part,
    merge(other: SummaryPart) {
      part.cases += other.cases;
      for (const action of ['continue', 'escalate', 'require_approval'] as const) {
        part.actions[action] += other.actions[action];
      }
      addCounts(part.byTrigger, other.byTrigger);
      addCounts(part.byRoute, other.byRoute);
      addCounts(part.byPriority, other.byPriority);
      part.known += other.known;
      part.keptKnown += other.keptKnown;
      part.handedKnown += other.handedKnown;
      part.missedCount += other.missedCount;
      part.needlessCount += other.needlessCount;
      part.missed = firstByLine(part.missed, other.missed, DRILL_EXAMPLES);
      part.needless = firstByLine(part.needless, other.needless, DRILL_EXAMPLES);
    },
    finish(): DrillSummary {
      const { actions, keptKnown, handedKnown, missedCount, needlessCount } = part;
      const decided = actions.continue + actions.escalate + actions.require_approval;
      return {
        cases: part.cases,
        decided,
        actions: { ...actions },
        escalationRate: decided === 0 ? 0 : (actions.escalate + actions.require_approval) / decided,
        byTrigger: sortByCount(part.byTrigger),
        byRoute: sortByCount(part.byRoute),
        byPriority: sortByCount(part.byPriority),
        outcomes: {
          known: part.known,
          // Of the kept conversations with a known outcome, the share that needed a person; of the handed ones,
          // the share that did not.
          missed: {
            count: missedCount,
            rate: keptKnown === 0 ? null : missedCount / keptKnown,
            examples: part.missed,
          },
          needless: {
            count: needlessCount,
            rate: handedKnown === 0 ? null : needlessCount / handedKnown,
            examples: part.needless,
          },
        },
      };
    },
  };
}

function sortByCount(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** What the diff accumulator has added up so far (plain data, mergeable like SummaryPart). */
export interface DiffPart {
  compared: number;
  changed: number;
  counts: { action: number; route: number; priority: number };
  actionChanges: Record<string, number>;
  examples: DrillChange[];
}

/** An accumulator for the differences between two versions' decisions on the same cases. */
export function makeDiff() {
  const part: DiffPart = {
    compared: 0,
    changed: 0,
    counts: { action: 0, route: 0, priority: 0 },
    actionChanges: {},
    examples: [],
  };
  return {
    add(id: string, line: number, before: DrillVerdict, after: DrillVerdict) {
      part.compared += 1;
      const what: ('action' | 'route' | 'priority')[] = [];
      if (before.action !== after.action) {
        what.push('action');
        bump(part.actionChanges, `${before.action}→${after.action}`);
      }
      if (before.route !== after.route) {
        what.push('route');
      }
      if (before.priority !== after.priority) {
        what.push('priority');
      }
      if (what.length === 0) {
        return;
      }
      part.changed += 1;
      for (const key of what) {
        part.counts[key] += 1;
      }
      keepFirst(part.examples, { id, line, changed: what, before, after }, DRILL_EXAMPLES);
    },
    part: (): DiffPart => part,
    merge(other: DiffPart) {
      part.compared += other.compared;
      part.changed += other.changed;
      part.counts.action += other.counts.action;
      part.counts.route += other.counts.route;
      part.counts.priority += other.counts.priority;
      addCounts(part.actionChanges, other.actionChanges);
      part.examples = firstByLine(part.examples, other.examples, DRILL_EXAMPLES);
    },
    finish(before: DrillSummary): DrillDiff {
      const { compared, changed, counts, actionChanges, examples } = part;
      return { compared, changed, ...counts, actionChanges: sortByCount(actionChanges), before, examples };
    },
  };
}

/** The failures kept so far and how many there were. */
export interface FailuresPart {
  count: number;
  first: DrillFailure[];
}

/** Keeps the first failures and counts them all. */
export function makeFailures() {
  const part: FailuresPart = { count: 0, first: [] };
  return {
    add(line: number, message: string) {
      part.count += 1;
      keepFirst(part.first, { line, message }, FAILURES_KEPT);
    },
    part: (): FailuresPart => part,
    merge(other: FailuresPart) {
      part.count += other.count;
      part.first = firstByLine(part.first, other.first, FAILURES_KEPT);
    },
    finish: () => ({ count: part.count, first: part.first }),
  };
}
