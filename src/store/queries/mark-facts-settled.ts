// Records that the rollups now count some escalations' facts (their resolution instants).
import { sql, type Transaction } from 'kysely';
import type { Tables } from '../tables.js';

/** Rows per statement: one UPDATE with a CASE per chunk, not one per row (three parameters a row, far below limits). */
const CHUNK = 1_000;

export async function markFactsSettled(
  trx: Transaction<Tables>,
  rows: ReadonlyArray<{ id: string; settledAt: number }>,
): Promise<void> {
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const cases = sql.join(
      chunk.map((row) => sql`when ${row.id} then cast(${row.settledAt} as bigint)`),
      sql` `,
    );
    await trx
      .updateTable('escalation_facts')
      .set({ settled_at: sql<number>`case escalation_id ${cases} end` })
      .where(
        'escalation_id',
        'in',
        chunk.map((row) => row.id),
      )
      .execute();
  }
}
