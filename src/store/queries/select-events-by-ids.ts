// Committed timeline events by id, in id order (those another node announced).
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EventsTable } from '../tables.js';

/** Callers pass at least one id: an empty IN list is not valid SQL. */
export async function selectEventsByIds(db: Db, ids: readonly number[]): Promise<Selectable<EventsTable>[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}
