// The evaluations of a time range with the outcome the AI system reported for each case: what calibration reads.
import type { Db } from '../store.js';

export interface CalibrationEvaluationRow {
  case_id: string;
  confidence: number | null;
  task_type: string | null;
  risk: string;
  action: string;
  outcome: string | null;
}

/** Ordered by case, then time, so a case's turns come together. */
export async function selectCalibrationEvaluations(
  db: Db,
  range: { from: number; to: number },
): Promise<CalibrationEvaluationRow[]> {
  const rows = await db
    .selectFrom('evaluations as e')
    .leftJoin('case_outcomes as o', 'o.case_id', 'e.case_id')
    .select(['e.case_id', 'e.confidence', 'e.task_type', 'e.risk', 'e.action', 'o.outcome'])
    .where('e.created_at', '>=', range.from)
    .where('e.created_at', '<', range.to)
    .orderBy('e.case_id')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({ ...row, confidence: row.confidence === null ? null : Number(row.confidence) }));
}
