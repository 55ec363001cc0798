// The newest open escalation of a case opened by the system itself (no API key): a later turn joins it.
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';
import type { EscalationRow } from './select-escalation-row.js';

export async function selectOpenSystemEscalation(
  db: Db,
  caseId: string,
  openStatuses: readonly string[],
): Promise<EscalationRow | null> {
  const row = await db
    .selectFrom('escalations')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('opened_by', 'is', null)
    .where('status', 'in', openStatuses)
    .orderBy('opened_at', 'desc')
    .limit(fixedLimit(1))
    .executeTakeFirst();
  return row ?? null;
}
