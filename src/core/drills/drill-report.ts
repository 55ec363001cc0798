// What a drill reports: how a playbook version would have decided past cases, and how two versions differ.
import type { DecisionAction } from '../decide/decision.js';

/** One case's decision, in the few words a drill compares. */
export interface DrillVerdict {
  action: DecisionAction;
  /** `team/tier` (or `team`), null when the action is continue. */
  route: string | null;
  priority: string | null;
  triggers: readonly string[];
}

export interface DrillCaseExample {
  id: string;
  /** Line (or position, from 1) in the input. */
  line: number;
  outcome: string | null;
  verdict: DrillVerdict;
}

export interface DrillChange {
  id: string;
  line: number;
  /** What changed: any of action, route, priority. */
  changed: readonly ('action' | 'route' | 'priority')[];
  /** The version drilled against (before) and the drilled one (after). */
  before: DrillVerdict;
  after: DrillVerdict;
}

export interface DrillFailure {
  line: number;
  message: string;
}

export interface DrillSummary {
  cases: number;
  decided: number;
  actions: Record<DecisionAction, number>;
  /** escalate + require_approval over decided cases (0 when none). */
  escalationRate: number;
  byTrigger: Record<string, number>;
  byRoute: Record<string, number>;
  byPriority: Record<string, number>;
  outcomes: {
    /** Cases with an outcome that says whether a person was needed. */
    known: number;
    /** Kept by the AI, yet later needed a person. */
    missed: { count: number; rate: number | null; examples: DrillCaseExample[] };
    /** Handed to a person who turned out not to be needed. */
    needless: { count: number; rate: number | null; examples: DrillCaseExample[] };
  };
}

export interface DrillDiff {
  /** Cases both versions decided. */
  compared: number;
  changed: number;
  action: number;
  route: number;
  priority: number;
  /** `before→after` action counts, e.g. `continue→escalate`. */
  actionChanges: Record<string, number>;
  /** The drilled version's summary beside the one drilled against. */
  before: DrillSummary;
  examples: DrillChange[];
}

export interface DrillReport {
  playbook: { name: string; version: number | null };
  against: { name: string; version: number | null } | null;
  summary: DrillSummary;
  failures: { count: number; first: DrillFailure[] };
  diff: DrillDiff | null;
}
