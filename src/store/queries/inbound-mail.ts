// Inbound e-mail replies already taken, by Message-ID: a mail server that delivers a reply twice adds one comment.
import type { Db } from '../store.js';

export async function selectInboundMail(
  db: Db,
  messageId: string,
): Promise<{ escalation_id: string } | undefined> {
  return db
    .selectFrom('inbound_mail')
    .select('escalation_id')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

export async function insertInboundMail(
  db: Db,
  row: { message_id: string; escalation_id: string; received_at: number },
): Promise<void> {
  await db
    .insertInto('inbound_mail')
    .values(row)
    .onConflict((conflict) => conflict.column('message_id').doNothing())
    .execute();
}
