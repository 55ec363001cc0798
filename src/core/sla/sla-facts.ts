// Reads an escalation's timeline events as the facts SLA clocks are computed from.
import type { SlaFact, StatusCategory } from './sla-timeline.js';

export interface StoredEvent {
  type: string;
  at: number;
  data: Record<string, unknown>;
}

/** Events that move the status carry the new one in `to` (or `status` when opened or resolved). */
const statusEvents = new Set([
  'created',
  'status_changed',
  'resolved',
  'handed_back',
  'reopened',
  'approval_decided',
  'automation_applied',
]);

export function slaFactsOf(
  events: readonly StoredEvent[],
  categoryOf: (status: string) => StatusCategory | undefined,
): SlaFact[] {
  const facts: SlaFact[] = [];
  for (const event of events) {
    if (event.type === 'created') {
      facts.push({ kind: 'opened', at: event.at });
    }
    if (statusEvents.has(event.type)) {
      const status =
        typeof event.data.to === 'string'
          ? event.data.to
          : typeof event.data.status === 'string'
            ? event.data.status
            : undefined;
      const category = status === undefined ? undefined : categoryOf(status);
      if (status !== undefined && category !== undefined) {
        facts.push({ kind: 'status', at: event.at, status, category });
      }
    } else if (event.type === 'commented' && event.data.visibility === 'public') {
      facts.push({ kind: 'human_reply', at: event.at });
    } else if (event.type === 'customer_replied') {
      facts.push({ kind: 'customer_reply', at: event.at });
    }
  }
  return facts;
}
