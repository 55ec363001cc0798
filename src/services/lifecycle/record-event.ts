// Appends a timeline event and returns it as the transports and the live stream see it.
import type { Transaction } from 'kysely';
import { insertEvent, insertEvents, type NewEvent } from '../../store/queries/insert-event.js';
import type { Tables } from '../../store/tables.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';

const asTimelineEvent = (id: number, event: NewEvent): TimelineEvent => ({
  id,
  escalationId: event.escalationId,
  type: event.type,
  actor: event.actor,
  at: new Date(event.at).toISOString(),
  data: event.data,
});

export async function recordEvent(trx: Transaction<Tables>, event: NewEvent): Promise<TimelineEvent> {
  return asTimelineEvent(await insertEvent(trx, event), event);
}

/** Several events in one statement, in the order given. */
export async function recordEvents(
  trx: Transaction<Tables>,
  events: readonly NewEvent[],
): Promise<TimelineEvent[]> {
  const ids = await insertEvents(trx, events);
  return events.map((event, index) => asTimelineEvent(ids[index] ?? 0, event));
}
