// The escalations linked to an incident: link (once), unlink, and read them.
import type { Transaction } from 'kysely';
import type { Db } from '../store.js';
import type { Tables } from '../tables.js';

/** Links an escalation; false when it already was. */
export async function insertIncidentLink(
  trx: Transaction<Tables>,
  incidentId: string,
  escalationId: string,
  now: number,
): Promise<boolean> {
  const existing = await trx
    .selectFrom('incident_escalations')
    .select('escalation_id')
    .where('incident_id', '=', incidentId)
    .where('escalation_id', '=', escalationId)
    .executeTakeFirst();
  if (existing !== undefined) {
    return false;
  }
  await trx
    .insertInto('incident_escalations')
    .values({ incident_id: incidentId, escalation_id: escalationId, linked_at: now })
    .execute();
  return true;
}

/** Unlinks an escalation; false when it was not linked. */
export async function deleteIncidentLink(
  trx: Transaction<Tables>,
  incidentId: string,
  escalationId: string,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('incident_escalations')
    .where('incident_id', '=', incidentId)
    .where('escalation_id', '=', escalationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The ids of the escalations linked to an incident, in the order they were linked. */
export async function selectIncidentLinks(db: Db, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('incident_escalations')
    .select('escalation_id')
    .where('incident_id', '=', incidentId)
    .orderBy('linked_at')
    .orderBy('escalation_id')
    .execute();
  return rows.map((row) => row.escalation_id);
}

/** How many escalations each incident has linked. */
export async function countIncidentLinks(
  db: Db,
  incidentIds: readonly string[],
): Promise<Map<string, number>> {
  if (incidentIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('incident_escalations')
    .select(({ fn }) => ['incident_id', fn.countAll<number>().as('count')])
    .where('incident_id', 'in', incidentIds)
    .groupBy('incident_id')
    .execute();
  return new Map(rows.map((row) => [row.incident_id, Number(row.count)]));
}
