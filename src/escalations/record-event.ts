// Appends a timeline event and returns it as the transports and the live stream see it.
import type { Transaction } from 'kysely';
import { insertEvent, type NewEvent } from '../store/queries/insert-event.js';
import type { Tables } from '../store/tables.js';
import type { TimelineEvent } from './escalation.js';

export async function recordEvent(trx: Transaction<Tables>, event: NewEvent): Promise<TimelineEvent> {
  const id = await insertEvent(trx, event);
  return { id, escalationId: event.escalationId, type: event.type, actor: event.actor, at: new Date(event.at).toISOString(), data: event.data };
}
