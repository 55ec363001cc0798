// Writes the outbox rows the playbook's integrations want for the events a transaction recorded, before it
// commits: a notification exists exactly when its event does.
import type { Transaction } from 'kysely';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
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
    if (escalation === undefined) {
      continue;
    }
    for (const planned of runtime.deliveries.plan(event, escalation)) {
      messages.push({
        eventId: event.id,
        escalationId: event.escalationId,
        channel: planned.channel,
        endpoint: planned.endpoint,
        recipient: planned.recipient,
        payload: { ...planned.payload },
      });
    }
  }
  await insertOutbox(trx, messages, now);
}
