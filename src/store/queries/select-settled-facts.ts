// The facts the metric rollups count now, of some escalations: what a change must take out of them first.
import type { Transaction } from 'kysely';
import type { JsonText } from '../json.js';
import type { Tables } from '../tables.js';

export async function selectSettledFacts(
  trx: Transaction<Tables>,
  ids: readonly string[],
): Promise<Map<string, JsonText>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await trx
    .selectFrom('escalation_facts')
    .select(['escalation_id', 'facts'])
    .where('escalation_id', 'in', [...ids])
    .where('settled_at', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.escalation_id, row.facts]));
}

/** Finished escalations' facts the rollups do not count yet (written before 0010), a page after `after`. */
export async function selectDoneFactsNotRolledUp(
  trx: Transaction<Tables>,
  after: string,
  limit: number,
): Promise<Array<{ escalation_id: string; facts: JsonText }>> {
  return trx
    .selectFrom('escalation_facts')
    .select(['escalation_id', 'facts'])
    .where('settled_at', 'is', null)
    .where('category', '=', 'done')
    .where('escalation_id', '>', after)
    .orderBy('escalation_id')
    .limit(limit)
    .execute();
}
