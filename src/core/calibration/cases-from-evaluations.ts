// Folds stored evaluations (one per turn) into the conversations calibration counts.
import type { CalibrationCase } from './calibrate.js';

export interface EvaluationFacts {
  case_id: string;
  confidence: number | null;
  task_type: string | null;
  risk: string;
  action: string;
  /** The case outcome the AI system reported (the same on every turn of the case), or null. */
  outcome: string | null;
}

/** Outcomes of a kept conversation that mean a person was needed after all: a missed escalation. */
export const missedOutcomes: ReadonlySet<string> = new Set([
  'escalated_later',
  'customer_complained',
  'reopened',
]);

/**
 * One conversation per case id, its turns in order: the lowest confidence of any turn, kept when no turn was
 * handed to a person, the task type and risk of its last turn.
 */
export function casesFromEvaluations(rows: readonly EvaluationFacts[]): CalibrationCase[] {
  const byCase = new Map<string, CalibrationCase>();
  for (const row of rows) {
    const known = byCase.get(row.case_id);
    const confidence =
      known === undefined
        ? row.confidence
        : known.confidence === null
          ? row.confidence
          : row.confidence === null
            ? known.confidence
            : Math.min(known.confidence, row.confidence);
    const kept = (known?.kept ?? true) && row.action === 'continue';
    const missed =
      row.outcome === null
        ? null
        : missedOutcomes.has(row.outcome)
          ? true
          : row.outcome === 'resolved_by_ai'
            ? false
            : null;
    byCase.set(row.case_id, {
      taskType: row.task_type,
      risk: row.risk,
      confidence,
      kept,
      missed: kept ? missed : null,
    });
  }
  return [...byCase.values()];
}
