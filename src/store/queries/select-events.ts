// An escalation's timeline as stored, in the order it was written.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EventsTable } from '../tables.js';

export type EventRow = Selectable<EventsTable>;

/** Every event of an escalation, oldest first. */
export async function selectEventsOf(db: Db, escalationId: string): Promise<EventRow[]> {
  return db
    .selectFrom('events')
    .selectAll()
    .where('escalation_id', '=', escalationId)
    .orderBy('id')
    .execute();
}

/**
 * What SLA clocks are computed from, and what tells a moment already announced: each event's type, time and data,
 * oldest first. No filter on type, on purpose: given `type = ?` SQLite reads through the (type, at) index, every
 * escalation's events of that type, so each call would cost more as the timeline grows. Callers test the type.
 */
export async function selectEventFactsOf(
  db: Db,
  escalationId: string,
): Promise<Array<Pick<EventRow, 'type' | 'at' | 'data'>>> {
  return db
    .selectFrom('events')
    .select(['type', 'at', 'data'])
    .where('escalation_id', '=', escalationId)
    .orderBy('id')
    .execute();
}
