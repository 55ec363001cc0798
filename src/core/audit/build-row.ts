// Turns one source record (a CSV row or a JSON object, read field by field) into an AuditRow, or says why it
// cannot: the reason is reported with the record's line number. Pure.
import { type AuditRow, emptyRow } from './audit-row.js';
import { type DateReader, isEmptyValue } from './read-date.js';
import type { AuditField, SourceSpec } from './source-fields.js';

/** Reads a field of the record at hand; undefined when the record has no such column. */
export type FieldGetter = (field: AuditField) => unknown;

const MINUTE_MS = 60_000;

function text(value: unknown): string | null {
  if (isEmptyValue(value)) {
    return null;
  }
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

function count(value: unknown): number | null {
  if (isEmptyValue(value)) {
    return null;
  }
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(number) && number >= 0 ? number : Number.NaN;
}

function flag(value: unknown): boolean | null {
  if (isEmptyValue(value)) {
    return null;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  const word = String(value).trim().toLowerCase();
  return ['true', 'yes', '1', 'y'].includes(word)
    ? true
    : ['false', 'no', '0', 'n'].includes(word)
      ? false
      : null;
}

/** Makes the builder for one source and date reader. */
export function makeRowBuilder(
  spec: SourceSpec,
  readDate: DateReader,
): (get: FieldGetter) => AuditRow | string {
  const statusOf = (value: unknown): string | null => {
    const name = text(value);
    return name === null ? null : (spec.statusNames[name] ?? name);
  };
  return (get) => {
    const caseId = text(get('case_id'));
    if (caseId === null) {
      return 'no case id';
    }
    const dates: Partial<Record<AuditField, number | null>> = {};
    for (const field of [
      'timestamp',
      'opened_at',
      'resolved_at',
      'closed_at',
      'first_response_at',
    ] as const) {
      const raw = get(field);
      const value = readDate(raw);
      if (Number.isNaN(value)) {
        return `${field} ${JSON.stringify(raw)} is not a date (give --date-format, e.g. "dd-MM-yyyy HH:mm")`;
      }
      dates[field] = value;
    }
    const counts: Partial<Record<AuditField, number | null>> = {};
    for (const field of [
      'sequence',
      'reassignments',
      'reopens',
      'group_stations',
      'assignee_stations',
      'first_response_minutes',
      'first_response_business_minutes',
    ] as const) {
      const value = count(get(field));
      if (Number.isNaN(value)) {
        return `${field} ${JSON.stringify(get(field))} is not a count`;
      }
      counts[field] = value;
    }
    const row = emptyRow(caseId, dates.timestamp ?? null);
    row.sequence = counts.sequence ?? null;
    row.status = statusOf(get('status'));
    row.group = text(get('group'));
    row.assignee = text(get('assignee'));
    if (row.at === null && (row.status !== null || row.group !== null || row.assignee !== null)) {
      return 'no timestamp';
    }
    row.priority = text(get('priority'));
    row.channel = text(get('channel'));
    row.category = text(get('category'));
    row.text = text(get('text'));
    row.openedAt = dates.opened_at ?? null;
    row.resolvedAt = dates.resolved_at ?? null;
    row.closedAt = dates.closed_at ?? null;
    row.firstResponseAt = dates.first_response_at ?? null;
    const minutes = counts.first_response_minutes ?? null;
    row.firstResponseMs = minutes === null ? null : minutes * MINUTE_MS;
    const businessMinutes = counts.first_response_business_minutes ?? null;
    row.firstResponseBusinessMs = businessMinutes === null ? null : businessMinutes * MINUTE_MS;
    const groups = counts.group_stations ?? null;
    const people = counts.assignee_stations ?? null;
    row.reassignments =
      counts.reassignments ??
      (groups === null && people === null
        ? null
        : Math.max(0, (groups ?? 1) - 1) + Math.max(0, (people ?? 1) - 1));
    row.reopens = counts.reopens ?? null;
    row.madeSla = flag(get('made_sla'));
    return row;
  };
}
