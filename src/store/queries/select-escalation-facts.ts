// The team, assignee and case id of some escalations: whom the deliveries of their new events address.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

export async function selectEscalationFacts(
  trx: Transaction<Tables>,
  ids: readonly string[],
): Promise<Map<string, { team: string; assignee: string | null; caseId: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await trx
    .selectFrom('escalations')
    .select(['id', 'team', 'assignee', 'case_id'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { team: row.team, assignee: row.assignee, caseId: row.case_id }]),
  );
}
