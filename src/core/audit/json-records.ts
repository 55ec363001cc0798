// JSON sources: a JSON object read field by field (dotted paths allowed in --map), and Zendesk's API objects
// (tickets, ticket metrics, ticket audits, or a page holding lists of them) flattened into records. Pure.
import type { FieldGetter } from './build-row.js';
import { normalColumn, type SourceSpec } from './source-fields.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function lookUp(record: Json, column: string): unknown {
  if (column in record) {
    return record[column];
  }
  const normal = normalColumn(column);
  if (normal in record) {
    return record[normal];
  }
  if (!column.includes('.')) {
    return undefined;
  }
  let value: unknown = record;
  for (const part of column.split('.')) {
    value = isObject(value) ? value[part] : undefined;
  }
  return value;
}

/** Reads a field as the first of its columns the object has. */
export function jsonGetter(spec: SourceSpec, record: Json): FieldGetter {
  return (field) => {
    for (const column of spec.columns[field] ?? []) {
      const value = lookUp(record, column);
      if (value !== undefined) {
        return value;
      }
    }
    return undefined;
  };
}

/** Zendesk's `{ calendar, business }` minutes. */
const minutes = (value: unknown, key: 'calendar' | 'business') => (isObject(value) ? value[key] : undefined);

function metricRecord(metric: Json): Json {
  return {
    ticket_id: metric.ticket_id,
    updated_at: metric.updated_at ?? metric.created_at,
    solved_at: metric.solved_at,
    reopens: metric.reopens,
    group_stations: metric.group_stations,
    assignee_stations: metric.assignee_stations,
    reply_time_in_minutes: minutes(metric.reply_time_in_minutes, 'calendar'),
    reply_time_in_minutes_within_business_hours: minutes(metric.reply_time_in_minutes, 'business'),
  };
}

function ticketRecords(ticket: Json): Json[] {
  const via = ticket.via;
  const record: Json = {
    ...ticket,
    ticket_id: ticket.id,
    via: isObject(via) ? via.channel : via,
  };
  delete record.metric_set;
  const metric = ticket.metric_set;
  // The ticket metric's reply time counts from the ticket's creation.
  return isObject(metric)
    ? [record, { ...metricRecord({ ...metric, ticket_id: ticket.id }), created_at: ticket.created_at }]
    : [record];
}

const auditFieldNames: Record<string, string> = {
  status: 'status',
  group_id: 'group_id',
  assignee_id: 'assignee_id',
  priority: 'priority',
  type: 'type',
};

function auditRecord(audit: Json): Json {
  const record: Json = { ticket_id: audit.ticket_id, updated_at: audit.created_at };
  for (const event of Array.isArray(audit.events) ? (audit.events as unknown[]) : []) {
    if (isObject(event) && (event.type === 'Create' || event.type === 'Change')) {
      const field = auditFieldNames[String(event.field_name)];
      if (field !== undefined) {
        record[field] = event.value;
      }
    }
  }
  if (isObject(audit.via)) {
    record.via = audit.via.channel;
  }
  return record;
}

/** One JSON value of a Zendesk export as flat records: tickets (with `metric_set`), ticket metrics, audits, or a page of them. */
export function zendeskRecords(value: unknown): Json[] {
  if (!isObject(value)) {
    return [];
  }
  const lists = ['tickets', 'metric_sets', 'ticket_metrics', 'audits'].filter((key) =>
    Array.isArray(value[key]),
  );
  if (lists.length > 0) {
    return lists.flatMap((key) => (value[key] as unknown[]).flatMap(zendeskRecords));
  }
  if (isObject(value.ticket)) {
    return zendeskRecords(value.ticket);
  }
  if (isObject(value.audit)) {
    return zendeskRecords(value.audit);
  }
  if (value.ticket_id !== undefined && Array.isArray(value.events)) {
    return [auditRecord(value)];
  }
  if (value.ticket_id !== undefined) {
    return [metricRecord(value)];
  }
  return ticketRecords(value);
}
