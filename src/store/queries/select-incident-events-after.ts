// The incident events after an id, in id order: with the escalation events after the same id, how the live stream
// resumes where a client left off (both take their ids from one counter).
import type { Db } from '../store.js';
import type { IncidentEventRow } from './incident-events.js';

export async function selectIncidentEventsAfter(
  db: Db,
  lastId: number,
  limit: number,
): Promise<IncidentEventRow[]> {
  return db
    .selectFrom('incident_events')
    .selectAll()
    .where('id', '>', lastId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
