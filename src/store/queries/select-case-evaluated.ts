// Whether a case id was ever evaluated (by any caller).
import type { Db } from '../store.js';

export async function selectCaseEvaluated(db: Db, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluations')
    .select('id')
    .where('case_id', '=', caseId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
