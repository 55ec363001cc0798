// The JSON body of a webhook: the event, a summary of its escalation as it is when sent, and a link to it.
// Documented for receivers in the OpenAPI `webhooks` section (transports/http/openapi-webhooks.ts).
import type { EscalationContext } from '../../../core/escalation/escalation.js';
import type { SlaClock } from '../../../core/sla/sla-clock.js';
import { toEscalation } from '../../../services/lifecycle/escalation-view.js';
import { decodeJson } from '../../../store/json.js';
import type { EscalationRow } from '../../../store/queries/select-escalation-row.js';
import type { OutboxMessage } from '../channel.js';

/** The escalation as a webhook carries it: enough to route and display it without a call back. */
export interface WebhookEscalationSummary {
  id: string;
  status: string;
  priority: string;
  team: string;
  tier: string | null;
  assignee: string | null;
  reason: {
    category: string | null;
    /** The triggers that fired, when a decision opened it. */
    triggers: string[];
    detail: string | null;
  };
  customerId: string | null;
  /** The earliest due time of its SLA clocks still running (or already breached); null without one. */
  slaDueAt: string | null;
  openedAt: string;
  updatedAt: string;
}

export interface WebhookPayload {
  /** `escalation.<event type>`, e.g. `escalation.created`. */
  type: string;
  /** When the event happened (ISO 8601, UTC): the same on every retry. */
  timestamp: string;
  data: {
    event: OutboxMessage['payload']['event'];
    escalation: WebhookEscalationSummary | null;
    link: string | null;
  };
}

function earliestDue(clocks: readonly SlaClock[]): string | null {
  const due = clocks
    .filter((clock) => clock.stoppedAt === null && clock.dueAt !== null)
    .map((clock) => Number(clock.dueAt));
  return due.length === 0 ? null : new Date(Math.min(...due)).toISOString();
}

function customerIdOf(context: EscalationContext): string | null {
  const customer = context.case['customer'];
  const id =
    customer !== null && typeof customer === 'object' ? (customer as Record<string, unknown>)['id'] : null;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null;
}

/** The summary of a stored escalation. Pure. */
export function summarizeEscalation(row: EscalationRow): WebhookEscalationSummary {
  const escalation = toEscalation(row);
  const context = decodeJson(row.context) as EscalationContext;
  const sla = row.sla === null ? null : (decodeJson(row.sla) as { clocks?: SlaClock[] });
  const reasons = context.reasons ?? [];
  const detail = context.explicitReason?.detail ?? reasons.map((reason) => reason.detail).join('; ');
  return {
    id: escalation.id,
    status: escalation.status,
    priority: escalation.priority,
    team: escalation.team,
    tier: escalation.tier,
    assignee: escalation.assignee,
    reason: {
      category: escalation.reasonCategory,
      triggers: reasons.map((reason) => reason.trigger),
      detail: detail === '' ? null : detail,
    },
    customerId: customerIdOf(context),
    slaDueAt: earliestDue(sla?.clocks ?? []),
    openedAt: escalation.openedAt,
    updatedAt: escalation.updatedAt,
  };
}

/** The body for one outbox message. Pure. */
export function buildWebhookPayload(
  message: OutboxMessage,
  escalation: WebhookEscalationSummary | null,
  publicUrl: string,
): WebhookPayload {
  const { id, type, actor, at, data } = message.payload.event;
  return {
    type: `escalation.${type}`,
    timestamp: at,
    data: {
      event: { id, type, actor, at, data },
      escalation,
      link: escalation === null ? null : `${publicUrl}/escalations/${encodeURIComponent(escalation.id)}`,
    },
  };
}
