// Timeline events counted by type, for the metrics endpoint.
import type { Db } from '../store.js';

export async function countEventsByType(db: Db): Promise<{ type: string; n: number }[]> {
  return db
    .selectFrom('events')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
}
