// Evaluations counted by the action decided, for the metrics endpoint.
import type { Db } from '../store.js';

export async function countEvaluationsByAction(db: Db): Promise<{ action: string; n: number }[]> {
  return db
    .selectFrom('evaluations')
    .select(['action', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('action')
    .execute();
}
