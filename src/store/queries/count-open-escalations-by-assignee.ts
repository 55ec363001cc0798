// How many open escalations each person holds, against their capacity.
import type { Db } from '../store.js';

/** `openStatuses` are the workflow's statuses that count as open; one row per assignee holding any. */
export async function countOpenEscalationsByAssignee(
  db: Db,
  openStatuses: readonly string[],
): Promise<{ assignee: string | null; n: number }[]> {
  return db
    .selectFrom('escalations')
    .select(['assignee', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assignee', 'is not', null)
    .where('status', 'in', openStatuses)
    .groupBy('assignee')
    .execute();
}
