// An incident's timeline: append events, read them back oldest first.
import type { Selectable, Transaction } from 'kysely';
import { encodeJson } from '../json.js';
import type { Db } from '../store.js';
import type { IncidentEventsTable, Tables } from '../tables.js';

export type IncidentEventRow = Selectable<IncidentEventsTable>;

export interface NewIncidentEvent {
  incidentId: string;
  type: string;
  actor: string | null;
  at: number;
  data: Record<string, unknown>;
}

/** Appends the events in the order given and returns their ids. */
export async function insertIncidentEvents(
  trx: Transaction<Tables>,
  events: readonly NewIncidentEvent[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const event of events) {
    const row = await trx
      .insertInto('incident_events')
      .values({
        incident_id: event.incidentId,
        type: event.type,
        actor: event.actor,
        at: event.at,
        data: encodeJson(event.data),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

/** Every event of an incident, oldest first; of some types only when `types` is given. */
export async function selectIncidentEvents(
  db: Db,
  incidentId: string,
  types?: readonly string[],
): Promise<IncidentEventRow[]> {
  let query = db.selectFrom('incident_events').selectAll().where('incident_id', '=', incidentId);
  if (types !== undefined && types.length > 0) {
    query = query.where('type', 'in', types);
  }
  return query.orderBy('id').execute();
}

/** The events of some types over incidents opened in a range, for metrics. */
export async function selectIncidentEventsOfType(
  db: Db,
  type: string,
  incidentIds: readonly string[],
): Promise<Array<{ incident_id: string }>> {
  if (incidentIds.length === 0) {
    return [];
  }
  return db
    .selectFrom('incident_events')
    .select('incident_id')
    .where('type', '=', type)
    .where('incident_id', 'in', incidentIds)
    .execute();
}
