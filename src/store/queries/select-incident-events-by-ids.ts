// Committed incident events by id, in id order (those another node announced); ids of escalation events match none.
import type { Db } from '../store.js';
import type { IncidentEventRow } from './incident-events.js';

/** Callers pass at least one id: an empty IN list is not valid SQL. */
export async function selectIncidentEventsByIds(db: Db, ids: readonly number[]): Promise<IncidentEventRow[]> {
  return db
    .selectFrom('incident_events')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}
