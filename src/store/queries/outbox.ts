// The outbox: messages for endpoints written in the same transaction as the event they come from, for the
// deliveries worker to carry once committed. A row's id is the message id every attempt carries.
import type { Transaction } from 'kysely';
import { newId } from '../ids.js';
import { encodeJson } from '../json.js';
import type { Tables } from '../tables.js';

export interface NewOutboxMessage {
  eventId: number;
  escalationId: string | null;
  channel: string;
  endpoint: string;
  recipient: string | null;
  payload: Record<string, unknown>;
}

export async function insertOutbox(
  trx: Transaction<Tables>,
  messages: readonly NewOutboxMessage[],
  now: number,
): Promise<void> {
  if (messages.length === 0) {
    return;
  }
  await trx
    .insertInto('outbox')
    .values(
      messages.map((message) => ({
        id: newId(now),
        event_id: message.eventId,
        escalation_id: message.escalationId,
        channel: message.channel,
        endpoint: message.endpoint,
        recipient: message.recipient,
        payload: encodeJson(message.payload),
        created_at: now,
        next_attempt_at: now,
        delivered_at: null,
        lease_until: null,
      })),
    )
    .execute();
}
