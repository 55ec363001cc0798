// The timeline events after an id, in id order: how the live stream resumes where a client left off.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EventsTable } from '../tables.js';

export async function selectEventsAfter(
  db: Db,
  lastId: number,
  limit: number,
): Promise<Selectable<EventsTable>[]> {
  return db.selectFrom('events').selectAll().where('id', '>', lastId).orderBy('id').limit(limit).execute();
}
