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

/** An accumulator for one version's decisions. */
export function makeSummary() {
  const actions: Record<DecisionAction, number> = { continue: 0, escalate: 0, require_approval: 0 };
  const byTrigger: Record<string, number> = {};
  const byRoute: Record<string, number> = {};
  const byPriority: Record<string, number> = {};
  let cases = 0;
  let known = 0;
  let keptKnown = 0;
  let handedKnown = 0;
  const missed: DrillCaseExample[] = [];
  const needless: DrillCaseExample[] = [];
  let missedCount = 0;
  let needlessCount = 0;
  return {
    fail() {
      cases += 1;
    },
    add(id: string, line: number, verdict: DrillVerdict, outcome: string | null) {
      cases += 1;
      actions[verdict.action] += 1;
      for (const trigger of verdict.triggers) {
        bump(byTrigger, trigger);
      }
      if (verdict.route !== null) {
        bump(byRoute, verdict.route);
      }
      if (verdict.priority !== null) {
        bump(byPriority, verdict.priority);
      }
      const needed = neededAPerson(outcome);
      if (needed === null) {
        return;
      }
      known += 1;
      const kept = verdict.action === 'continue';
      if (kept) {
        keptKnown += 1;
        if (needed) {
          missedCount += 1;
          if (missed.length < DRILL_EXAMPLES) {
            missed.push({ id, line, outcome, verdict });
          }
        }
      } else {
        handedKnown += 1;
        if (!needed) {
          needlessCount += 1;
          if (needless.length < DRILL_EXAMPLES) {
            needless.push({ id, line, outcome, verdict });
          }
        }
      }
    },
    finish(): DrillSummary {
      const decided = actions.continue + actions.escalate + actions.require_approval;
      return {
        cases,
        decided,
        actions: { ...actions },
        escalationRate: decided === 0 ? 0 : (actions.escalate + actions.require_approval) / decided,
        byTrigger: sortByCount(byTrigger),
        byRoute: sortByCount(byRoute),
        byPriority: sortByCount(byPriority),
        outcomes: {
          known,
          // Of the kept conversations with a known outcome, the share that needed a person; of the handed ones,
          // the share that did not.
          missed: {
            count: missedCount,
            rate: keptKnown === 0 ? null : missedCount / keptKnown,
            examples: missed,
          },
          needless: {
            count: needlessCount,
            rate: handedKnown === 0 ? null : needlessCount / handedKnown,
            examples: needless,
          },
        },
      };
    },
  };
}

function sortByCount(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** An accumulator for the differences between two versions' decisions on the same cases. */
export function makeDiff() {
  let compared = 0;
  let changed = 0;
  const counts = { action: 0, route: 0, priority: 0 };
  const actionChanges: Record<string, number> = {};
  const examples: DrillChange[] = [];
  return {
    add(id: string, line: number, before: DrillVerdict, after: DrillVerdict) {
      compared += 1;
      const what: ('action' | 'route' | 'priority')[] = [];
      if (before.action !== after.action) {
        what.push('action');
        bump(actionChanges, `${before.action}→${after.action}`);
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
      changed += 1;
      for (const key of what) {
        counts[key] += 1;
      }
      if (examples.length < DRILL_EXAMPLES) {
        examples.push({ id, line, changed: what, before, after });
      }
    },
    finish(before: DrillSummary): DrillDiff {
      return { compared, changed, ...counts, actionChanges: sortByCount(actionChanges), before, examples };
    },
  };
}

/** Keeps the first failures and counts them all. */
export function makeFailures() {
  const first: DrillFailure[] = [];
  let count = 0;
  return {
    add(line: number, message: string) {
      count += 1;
      if (first.length < FAILURES_KEPT) {
        first.push({ line, message });
      }
    },
    finish: () => ({ count, first }),
  };
}
