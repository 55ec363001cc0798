// A delivery as the API shows it: the outbox row, where it goes, how it stands, and (for one) its attempts.
import type { DeliveryAttemptRow } from '../../store/queries/select-deliveries.js';
import type { OutboxRow } from '../../store/queries/lease-deliveries.js';
import { decodeJson } from '../../store/json.js';

export interface Delivery {
  id: string;
  channel: string;
  endpoint: string | null;
  recipient: string | null;
  escalationId: string | null;
  eventId: number;
  eventType: string | null;
  status: string;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  deadAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
}

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  channel: string;
  endpoint: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  node: string;
}

const iso = (value: number | null): string | null =>
  value === null ? null : new Date(Number(value)).toISOString();

export function toDelivery(row: OutboxRow): Delivery {
  const payload = decodeJson(row.payload) as { event?: { type?: unknown } };
  const eventType = payload.event?.type;
  return {
    id: row.id,
    channel: row.channel,
    endpoint: row.endpoint,
    recipient: row.recipient,
    escalationId: row.escalation_id,
    eventId: Number(row.event_id),
    eventType: typeof eventType === 'string' ? eventType : null,
    status: row.status,
    attempts: Number(row.attempts),
    createdAt: new Date(Number(row.created_at)).toISOString(),
    // A leased row's next attempt is its lease's end: shown as it is.
    nextAttemptAt: iso(row.next_attempt_at),
    deliveredAt: iso(row.delivered_at),
    deadAt: iso(row.dead_at),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
  };
}

export function toDeliveryAttempt(row: DeliveryAttemptRow): DeliveryAttempt {
  return {
    attempt: Number(row.attempt),
    at: new Date(Number(row.at)).toISOString(),
    channel: row.channel,
    endpoint: row.endpoint,
    statusCode: row.status_code === null ? null : Number(row.status_code),
    error: row.error,
    durationMs: Number(row.duration_ms),
    node: row.node,
  };
}
