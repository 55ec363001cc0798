// Rollup cells read for a change and written back. `lockRollupCells` creates the missing cells and locks them
// all (an upsert takes the row lock on PostgreSQL; SQLite has one writer), in key order so two writers never
// deadlock, and returns what they hold; the caller adds its deltas and `writeRollupCells` stores the sums.
import type { Transaction } from 'kysely';
import type { JsonText } from '../json.js';
import type { MetricRollupsTable, Tables } from '../tables.js';

export async function lockRollupCells(
  trx: Transaction<Tables>,
  empty: readonly MetricRollupsTable[],
): Promise<Map<string, { n: number; data: JsonText }>> {
  if (empty.length === 0) {
    return new Map();
  }
  const rows = await trx
    .insertInto('metric_rollups')
    .values([...empty])
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ n: eb.ref('metric_rollups.n') })))
    .returning(['key', 'n', 'data'])
    .execute();
  return new Map(rows.map((row) => [row.key, { n: Number(row.n), data: row.data }]));
}

export async function writeRollupCells(
  trx: Transaction<Tables>,
  cells: readonly MetricRollupsTable[],
): Promise<void> {
  if (cells.length === 0) {
    return;
  }
  await trx
    .insertInto('metric_rollups')
    .values([...cells])
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({ n: eb.ref('excluded.n'), data: eb.ref('excluded.data') })),
    )
    .execute();
}
