// The outbox: a message for a channel (a person, a team, a chat room) written in the same transaction as the event
// it comes from, for a delivery worker to send once it is committed.
import type { Transaction } from 'kysely';
import { newId } from '../ids.js';
import { encodeJson } from '../json.js';
import type { Tables } from '../tables.js';

export async function insertOutbox(
  trx: Transaction<Tables>,
  message: { eventId: number; channel: string; payload: Record<string, unknown>; now: number },
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({
      id: newId(message.now),
      event_id: message.eventId,
      channel: message.channel,
      payload: encodeJson(message.payload),
      created_at: message.now,
      delivered_at: null,
      lease_until: null,
    })
    .execute();
}
