// Records that the rollups now count some escalations' facts (their resolution instants).
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

export async function markFactsSettled(
  trx: Transaction<Tables>,
  rows: ReadonlyArray<{ id: string; settledAt: number }>,
): Promise<void> {
  for (const row of rows) {
    await trx
      .updateTable('escalation_facts')
      .set({ settled_at: row.settledAt })
      .where('escalation_id', '=', row.id)
      .execute();
  }
}
