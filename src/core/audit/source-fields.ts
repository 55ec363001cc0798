// The fields an audit reads, and where each source keeps them: ServiceNow's incident table names, Zendesk's
// ticket and ticket-metric names, and a generic event log's usual names; `--map COLUMN=FIELD` overrides. Pure.
import { HandoffError } from '../../errors.js';

export const auditFields = [
  'case_id',
  'timestamp',
  'sequence',
  'status',
  'group',
  'assignee',
  'priority',
  'channel',
  'category',
  'text',
  'opened_at',
  'resolved_at',
  'closed_at',
  'first_response_at',
  'first_response_minutes',
  'first_response_business_minutes',
  'reassignments',
  'group_stations',
  'assignee_stations',
  'reopens',
  'made_sla',
] as const;
export type AuditField = (typeof auditFields)[number];

export const auditSources = ['events', 'servicenow', 'zendesk'] as const;
export type AuditSource = (typeof auditSources)[number];

export interface SourceSpec {
  source: AuditSource;
  /** Column names per field, most specific first (compared after `normalColumn`). */
  columns: Partial<Record<AuditField, readonly string[]>>;
  /** Statuses that mean the case is finished (lower case). */
  doneStatuses: readonly string[];
  /** Coded status values and the names they stand for (ServiceNow's raw `incident_state`). */
  statusNames: Readonly<Record<string, string>>;
}

/** `First reply time in minutes` → `first_reply_time_in_minutes`: export labels compared as field names. */
export const normalColumn = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_|_$/g, '');

const specs: Record<AuditSource, SourceSpec> = {
  events: {
    source: 'events',
    columns: {
      case_id: ['case_id', 'case', 'ticket_id', 'ticket', 'id', 'number'],
      timestamp: ['timestamp', 'at', 'time', 'changed_at', 'updated_at', 'date'],
      sequence: ['sequence', 'seq'],
      status: ['status', 'state'],
      group: ['group', 'team', 'queue'],
      assignee: ['assignee', 'agent', 'owner'],
      priority: ['priority'],
      channel: ['channel'],
      category: ['category'],
      text: ['text', 'subject'],
      opened_at: ['opened_at', 'created_at'],
      resolved_at: ['resolved_at', 'solved_at'],
      closed_at: ['closed_at'],
      first_response_at: ['first_response_at'],
      reassignments: ['reassignments', 'reassignment_count'],
      reopens: ['reopens', 'reopen_count'],
      made_sla: ['made_sla', 'sla_met'],
    },
    doneStatuses: ['resolved', 'closed', 'solved', 'done', 'completed', 'cancelled', 'canceled'],
    statusNames: {},
  },
  // The incident table (docs: Task and Incident fields). `sys_updated_on` is the table's field; published
  // incident event logs name it `sys_updated_at`. `?` means empty there.
  servicenow: {
    source: 'servicenow',
    columns: {
      case_id: ['number'],
      timestamp: ['sys_updated_at', 'sys_updated_on', 'sys_created_at', 'sys_created_on', 'opened_at'],
      sequence: ['sys_mod_count'],
      status: ['incident_state', 'state'],
      group: ['assignment_group'],
      assignee: ['assigned_to'],
      priority: ['priority'],
      channel: ['contact_type'],
      category: ['category'],
      text: ['short_description'],
      opened_at: ['opened_at'],
      resolved_at: ['resolved_at'],
      closed_at: ['closed_at'],
      reassignments: ['reassignment_count'],
      reopens: ['reopen_count'],
      made_sla: ['made_sla'],
    },
    doneStatuses: ['resolved', 'closed', 'canceled', 'cancelled'],
    statusNames: {
      '1': 'New',
      '2': 'In Progress',
      '3': 'On Hold',
      '6': 'Resolved',
      '7': 'Closed',
      '8': 'Canceled',
    },
  },
  // Tickets (id, status, group_id, assignee_id, via, created_at, updated_at) with their ticket metrics
  // (solved_at, reopens, group_stations, assignee_stations, reply_time_in_minutes).
  zendesk: {
    source: 'zendesk',
    columns: {
      case_id: ['ticket_id', 'id'],
      timestamp: ['updated_at', 'created_at'],
      status: ['status'],
      group: ['group', 'group_name', 'group_id'],
      assignee: ['assignee', 'assignee_name', 'assignee_id'],
      priority: ['priority'],
      channel: ['via', 'via_channel', 'channel'],
      category: ['type', 'ticket_type'],
      text: ['subject'],
      opened_at: ['created_at'],
      resolved_at: ['solved_at'],
      first_response_minutes: ['reply_time_in_minutes', 'first_reply_time_in_minutes'],
      first_response_business_minutes: [
        'reply_time_in_minutes_within_business_hours',
        'first_reply_time_in_minutes_within_business_hours',
      ],
      group_stations: ['group_stations'],
      assignee_stations: ['assignee_stations'],
      reopens: ['reopens'],
    },
    doneStatuses: ['solved', 'closed'],
    statusNames: {},
  },
};

/** The source's columns with `--map COLUMN=FIELD` entries put first; throws `bad_request` for a bad entry. */
export function sourceSpec(source: string, map: readonly string[] = []): SourceSpec {
  const base = (specs as Record<string, SourceSpec | undefined>)[source];
  if (base === undefined) {
    throw new HandoffError('bad_request', `unknown source "${source}": use ${auditSources.join(', ')}`, {
      path: 'source',
    });
  }
  const columns: Partial<Record<AuditField, string[]>> = {};
  for (const field of auditFields) {
    columns[field] = [...(base.columns[field] ?? [])];
  }
  for (const entry of map) {
    const at = entry.lastIndexOf('=');
    const column = at <= 0 ? '' : entry.slice(0, at).trim();
    const field = at <= 0 ? '' : entry.slice(at + 1).trim();
    if (column === '' || !(auditFields as readonly string[]).includes(field)) {
      throw new HandoffError(
        'bad_request',
        `--map "${entry}": write COLUMN=FIELD with FIELD one of ${auditFields.join(', ')}`,
        { path: 'map' },
      );
    }
    columns[field as AuditField]?.unshift(column);
  }
  return { ...base, columns };
}

/**
 * For a CSV header: the index of each field's column (the first of its names present), or -1. Throws
 * `bad_request` when no column holds the case id or the time, or a `--map` column is not in the header.
 */
export function columnIndexes(
  spec: SourceSpec,
  header: readonly string[],
  map: readonly string[] = [],
): Record<AuditField, number> {
  const exact = new Map(header.map((name, index) => [name.trim(), index] as const));
  const normal = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalColumn(name);
    if (!normal.has(key)) {
      normal.set(key, index);
    }
  });
  for (const entry of map) {
    const column = entry.slice(0, entry.lastIndexOf('=')).trim();
    if (!exact.has(column) && !normal.has(normalColumn(column))) {
      throw new HandoffError('bad_request', `--map "${entry}": the file has no column "${column}"`, {
        path: 'map',
      });
    }
  }
  const indexes = {} as Record<AuditField, number>;
  for (const field of auditFields) {
    const names = spec.columns[field] ?? [];
    const found = names
      .map((name) => exact.get(name) ?? normal.get(normalColumn(name)))
      .find((index) => index !== undefined);
    indexes[field] = found ?? -1;
  }
  for (const field of ['case_id', 'timestamp'] as const) {
    if (indexes[field] === -1) {
      throw new HandoffError(
        'bad_request',
        `no column for ${field}: the header has ${header.join(', ') || 'nothing'}; name it with --map COLUMN=${field}`,
        { path: 'map' },
      );
    }
  }
  return indexes;
}
