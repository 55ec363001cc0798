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

/** Where a page of facts not rolled up ended: the last row's opening instant and id. */
export interface FactsCursor {
  openedAt: number;
  id: string;
}

/**
 * Finished escalations' facts the rollups do not count yet (written before 0010, or marked for a rebuild by 0015),
 * a page after `after` in opening order: the partial index of rows not rolled up answers it, and a page of rows
 * opened close together touches few cells.
 */
export async function selectDoneFactsNotRolledUp(
  trx: Transaction<Tables>,
  after: FactsCursor | null,
  limit: number,
): Promise<Array<{ escalation_id: string; opened_at: number; category: string; facts: JsonText }>> {
  let query = trx
    .selectFrom('escalation_facts')
    .select(['escalation_id', 'opened_at', 'category', 'facts'])
    .where('settled_at', 'is', null);
  if (after !== null) {
    query = query.where((eb) =>
      eb(eb.refTuple('opened_at', 'escalation_id'), '>', eb.tuple(after.openedAt, after.id)),
    );
  }
  const rows = await query.orderBy('opened_at').orderBy('escalation_id').limit(limit).execute();
  return rows.map((row) => ({ ...row, opened_at: Number(row.opened_at) }));
}
