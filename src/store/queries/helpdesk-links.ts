// Which helpdesk conversation or ticket stands for an escalation. A ticket's row is reserved ('' as its id) before
// it is created, so two deliveries racing to create it leave one ticket.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { HelpdeskLinksTable } from '../tables.js';

export type HelpdeskLinkRow = Selectable<HelpdeskLinksTable>;

export async function selectHelpdeskLink(
  db: Db,
  integration: string,
  escalationId: string,
): Promise<HelpdeskLinkRow | undefined> {
  return db
    .selectFrom('helpdesk_links')
    .selectAll()
    .where('integration', '=', integration)
    .where('escalation_id', '=', escalationId)
    .executeTakeFirst();
}

/** The latest escalation the conversation or ticket stands for. */
export async function selectLinkedEscalationId(
  db: Db,
  integration: string,
  externalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('helpdesk_links')
    .select('escalation_id')
    .where('integration', '=', integration)
    .where('external_id', '=', externalId)
    .orderBy('created_at', 'desc')
    .orderBy('escalation_id', 'desc')
    .executeTakeFirst();
  return row?.escalation_id;
}

/** Records the link unless the escalation has one; true when this call made the row. */
export async function insertHelpdeskLinkIfAbsent(
  db: Db,
  row: { integration: string; escalationId: string; externalId: string },
  now: number,
): Promise<boolean> {
  const result = await db
    .insertInto('helpdesk_links')
    .values({
      integration: row.integration,
      escalation_id: row.escalationId,
      external_id: row.externalId,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['integration', 'escalation_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateHelpdeskLinkExternalId(
  db: Db,
  row: { integration: string; escalationId: string; externalId: string },
): Promise<void> {
  await db
    .updateTable('helpdesk_links')
    .set({ external_id: row.externalId })
    .where('integration', '=', row.integration)
    .where('escalation_id', '=', row.escalationId)
    .execute();
}

/** Takes over a reservation older than `staleBefore` whose creator never recorded the id; true when it is now ours. */
export async function takeOverStaleHelpdeskLink(
  db: Db,
  integration: string,
  escalationId: string,
  staleBefore: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('helpdesk_links')
    .set({ created_at: now })
    .where('integration', '=', integration)
    .where('escalation_id', '=', escalationId)
    .where('external_id', '=', '')
    .where('created_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteHelpdeskLinkReservation(
  db: Db,
  integration: string,
  escalationId: string,
): Promise<void> {
  await db
    .deleteFrom('helpdesk_links')
    .where('integration', '=', integration)
    .where('escalation_id', '=', escalationId)
    .where('external_id', '=', '')
    .execute();
}
