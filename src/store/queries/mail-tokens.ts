// The reply tokens of sent e-mails (hashes only) and the Message-IDs that thread an escalation's mail per recipient.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { MailTokensTable } from '../tables.js';

export type MailTokenRow = Selectable<MailTokensTable>;

export async function insertMailToken(db: Db, row: Insertable<MailTokensTable>): Promise<void> {
  await db.insertInto('mail_tokens').values(row).execute();
}

/** The token a reply names, by the hash of its text; undefined for an unknown one. */
export async function selectMailToken(db: Db, tokenHash: string): Promise<MailTokenRow | undefined> {
  return db.selectFrom('mail_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * The Message-ID of the first e-mail about an escalation sent to an address, other than `except` (the message
 * being sent, whose retry may already have stored it); undefined when there is none.
 */
export async function selectFirstMailMessageId(
  db: Db,
  escalationId: string,
  sender: string,
  except: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('mail_tokens')
    .select('message_id')
    .where('escalation_id', '=', escalationId)
    .where('sender', '=', sender)
    .where('message_id', '<>', except)
    .orderBy('created_at')
    .orderBy('message_id')
    .limit(1)
    .executeTakeFirst();
  return row?.message_id;
}
