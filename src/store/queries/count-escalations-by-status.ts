// Escalations counted by status, team and priority, for the metrics endpoint.
import type { Db } from '../store.js';

export async function countEscalationsByStatus(
  db: Db,
): Promise<{ status: string; team: string; priority: string; n: number }[]> {
  return db
    .selectFrom('escalations')
    .select(['status', 'team', 'priority', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['status', 'team', 'priority'])
    .execute();
}
