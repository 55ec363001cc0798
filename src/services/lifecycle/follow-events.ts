// What every transaction that wrote timeline events owes before it commits: the outbox rows the integrations
// want for them, and the metric facts of the escalations they touched. Called once at each transaction's end
// (verbs, timers, backfill), so no writer can do one and forget the other. It answers what the writer publishes
// once committed: those events and the incident events the transaction wrote, in id order.
import type { Transaction } from 'kysely';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { inIdOrder, type StreamEvent } from '../../core/stream/stream-event.js';
import type { Tables } from '../../store/tables.js';
import { enqueueDeliveries } from './enqueue-deliveries.js';
import { takeIncidentEvents } from './incident-events-written.js';
import { refreshEscalationFacts } from './refresh-escalation-facts.js';

export async function followEvents(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  events: readonly TimelineEvent[],
  now: number,
): Promise<StreamEvent[]> {
  await enqueueDeliveries(trx, runtime, events, now);
  await refreshEscalationFacts(trx, runtime, events, now);
  return inIdOrder(events, takeIncidentEvents(trx));
}
