// Writes the outbox rows the playbook's integrations want for the events a transaction recorded, before it
// commits: a notification exists exactly when its event does.
import type { Transaction } from 'kysely';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlannedDelivery } from '../../core/deliveries/plan-deliveries.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { insertOutbox, type NewOutboxMessage } from '../../store/queries/outbox.js';
import { selectEscalationFacts } from '../../store/queries/select-escalation-facts.js';
import type { Tables } from '../../store/tables.js';

export async function enqueueDeliveries(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  events: readonly TimelineEvent[],
  now: number,
): Promise<void> {
  if (!runtime.deliveries.active || events.length === 0) {
    return;
  }
  // The escalation as the transaction leaves it: an assignment made by a reaction is already there.
  const facts = await selectEscalationFacts(trx, [...new Set(events.map((event) => event.escalationId))]);
  const messages: NewOutboxMessage[] = [];
  for (const event of events) {
    const escalation = facts.get(event.escalationId);
    if (escalation !== undefined) {
      messages.push(
        ...toOutboxMessages(runtime.deliveries.plan(event, escalation), event.id, event.escalationId),
      );
    }
  }
  await insertOutbox(trx, messages, now);
}

/** Planned deliveries as outbox rows of one event (id 0 for news that belongs to no escalation). */
export function toOutboxMessages(
  planned: readonly PlannedDelivery[],
  eventId: number,
  escalationId: string | null,
): NewOutboxMessage[] {
  return planned.map((delivery) => ({
    eventId,
    escalationId,
    channel: delivery.channel,
    endpoint: delivery.endpoint,
    recipient: delivery.recipient,
    payload: { ...delivery.payload },
  }));
}
