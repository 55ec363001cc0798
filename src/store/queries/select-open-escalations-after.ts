// One page of open escalations in id order, after a given id: how work over all of them proceeds a page at a time.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EscalationsTable } from '../tables.js';

/** `openStatuses` are the workflow's statuses that count as open; `after` '' starts from the first. */
export async function selectOpenEscalationsAfter(
  db: Db,
  openStatuses: readonly string[],
  after: string,
  limit: number,
): Promise<Selectable<EscalationsTable>[]> {
  return db
    .selectFrom('escalations')
    .selectAll()
    .where('status', 'in', openStatuses)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}
