// The type and data of every event on one escalation's timeline, to tell what was announced already.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EventsTable } from '../tables.js';

/**
 * No filter on type, on purpose: given `type = ?` SQLite reads through the (type, at) index, every escalation's
 * events of that type, so each call would cost more as the timeline grows. Callers test the type themselves.
 */
export async function selectEventTypesAndData(
  db: Db,
  escalationId: string,
): Promise<Pick<Selectable<EventsTable>, 'type' | 'data'>[]> {
  return db.selectFrom('events').select(['type', 'data']).where('escalation_id', '=', escalationId).execute();
}
