// The Slack message standing for an escalation in its team's channel: reserved before it is posted (ts empty),
// so two deliveries racing for the first post leave one message; its ts recorded once Slack answers.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { SlackMessagesTable } from '../tables.js';

export type SlackMessageRow = Selectable<SlackMessagesTable>;

export async function selectSlackMessage(
  db: Db,
  escalationId: string,
  workspace: string,
): Promise<SlackMessageRow | undefined> {
  return db
    .selectFrom('slack_messages')
    .selectAll()
    .where('escalation_id', '=', escalationId)
    .where('workspace', '=', workspace)
    .executeTakeFirst();
}

/** Reserves the escalation's message (ts empty) unless one exists; true when this call made the row. */
export async function insertSlackMessageIfAbsent(
  db: Db,
  row: { escalationId: string; workspace: string; channel: string },
  now: number,
): Promise<boolean> {
  const result = await db
    .insertInto('slack_messages')
    .values({
      escalation_id: row.escalationId,
      workspace: row.workspace,
      channel: row.channel,
      ts: '',
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['escalation_id', 'workspace']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Takes over a reservation whose poster never recorded a ts (it crashed, or Slack refused it) once it is older
 * than `staleBefore`; true when this call now holds it.
 */
export async function takeOverStaleSlackMessage(
  db: Db,
  escalationId: string,
  workspace: string,
  staleBefore: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('slack_messages')
    .set({ created_at: now })
    .where('escalation_id', '=', escalationId)
    .where('workspace', '=', workspace)
    .where('ts', '=', '')
    .where('created_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records where the message was posted (a channel id and ts), or where it was posted again after a deletion. */
export async function updateSlackMessageTs(
  db: Db,
  row: { escalationId: string; workspace: string; channel: string; ts: string },
): Promise<void> {
  await db
    .updateTable('slack_messages')
    .set({ channel: row.channel, ts: row.ts })
    .where('escalation_id', '=', row.escalationId)
    .where('workspace', '=', row.workspace)
    .execute();
}

/** Gives up a reservation whose post failed, so the next attempt posts at once. */
export async function deleteSlackMessageReservation(
  db: Db,
  escalationId: string,
  workspace: string,
): Promise<void> {
  await db
    .deleteFrom('slack_messages')
    .where('escalation_id', '=', escalationId)
    .where('workspace', '=', workspace)
    .where('ts', '=', '')
    .execute();
}
