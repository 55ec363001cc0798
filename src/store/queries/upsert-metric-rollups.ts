// Rollup cells read for a change and written back. `lockRollupCells` creates the missing cells and locks them
// all (an upsert takes the row lock on PostgreSQL; SQLite has one writer), in key order so two writers never
// deadlock, and returns what they hold; the caller adds its deltas and `writeRollupCells` stores the sums.
import type { Transaction } from 'kysely';
import type { JsonText } from '../json.js';
import type { MetricRollupsTable, Tables } from '../tables.js';

/** Rows per statement: 8 parameters each stays under SQLite's limit on bound parameters. */
const BATCH = 1_000;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    out.push(rows.slice(i, i + BATCH));
  }
  return out;
}

export async function lockRollupCells(
  trx: Transaction<Tables>,
  empty: readonly MetricRollupsTable[],
): Promise<Map<string, { n: number; data: JsonText }>> {
  const cells = new Map<string, { n: number; data: JsonText }>();
  for (const batch of batches(empty)) {
    const rows = await trx
      .insertInto('metric_rollups')
      .values(batch)
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ n: eb.ref('metric_rollups.n') })))
      .returning(['key', 'n', 'data'])
      .execute();
    for (const row of rows) {
      cells.set(row.key, { n: Number(row.n), data: row.data });
    }
  }
  return cells;
}

export async function writeRollupCells(
  trx: Transaction<Tables>,
  cells: readonly MetricRollupsTable[],
): Promise<void> {
  for (const batch of batches(cells)) {
    await trx
      .insertInto('metric_rollups')
      .values(batch)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({ n: eb.ref('excluded.n'), data: eb.ref('excluded.data') })),
      )
      .execute();
  }
}
