// The readiness probe's write: one small row rewritten in a transaction of its own, so /readyz answers for the
// whole write path (a connection, a lock, the commit and, on SQLite, the fsync), not only for a SELECT.
import type { Store } from '../store.js';

const PROBE_KEY = 'readiness_probe';

/** Writes `now` to the probe's row and commits; throws what a real write would throw. */
export async function writeReadinessProbe(store: Store, now: number): Promise<void> {
  await store.transaction(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: PROBE_KEY, value: String(now) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(now) }))
      .execute();
  });
}
