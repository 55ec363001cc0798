// Audits a helpdesk's history from a stream of its export: checks the request, reads the log, builds the report.
// No database: the CLI runs it on a file, the HTTP verb on an upload.
import { makeAuditAccumulator } from '../../core/audit/audit-accumulator.js';
import type { AuditReport } from '../../core/audit/audit-report.js';
import { makeRowBuilder } from '../../core/audit/build-row.js';
import type { ClosedCase } from '../../core/audit/close-case.js';
import { makeDateReader } from '../../core/audit/read-date.js';
import { sourceSpec } from '../../core/audit/source-fields.js';
import type { BusinessCalendar } from '../../core/sla/business-calendar.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { AuditInput } from './audit-input.js';
import { readAuditLog } from './read-audit-log.js';

export interface AuditHooks {
  maxBytes?: number;
  onBytes?: (bytes: number) => void;
  onCase?: (closed: ClosedCase) => void;
}

/**
 * Checks the input before a byte is read (unknown source, bad --map, zone or date format, unknown calendar are
 * `bad_request`), then reads the whole log.
 */
export async function auditHistory({
  input,
  log,
  calendars,
  hooks = {},
}: {
  input: unknown;
  log: AsyncIterable<Buffer | string>;
  /** The business calendars `calendar` may name (a playbook's). */
  calendars: ReadonlyMap<string, BusinessCalendar>;
  hooks?: AuditHooks;
}): Promise<AuditReport> {
  const checked = parseInput(AuditInput, input);
  const spec = sourceSpec(checked.source, checked.map);
  const readDate = makeDateReader({ format: checked.date_format ?? null, timezone: checked.timezone });
  let calendar: { id: string; businessTimeBetween: (a: number, b: number) => number } | null = null;
  if (checked.calendar !== undefined) {
    const found = calendars.get(checked.calendar);
    if (found === undefined) {
      throw new HandoffError(
        'bad_request',
        `no calendar "${checked.calendar}" in the playbook (${[...calendars.keys()].join(', ') || 'it has none'})`,
        { path: 'calendar' },
      );
    }
    calendar = { id: checked.calendar, businessTimeBetween: (a, b) => found.businessTimeBetween(a, b) };
  }
  const accumulator = makeAuditAccumulator({
    source: spec.source,
    timezone: checked.timezone,
    doneStatuses: checked.done ?? spec.doneStatuses,
    calendar,
  });
  await readAuditLog(
    log,
    {
      spec,
      map: checked.map,
      build: makeRowBuilder(spec, readDate),
      format: checked.format ?? null,
      ...(hooks.maxBytes === undefined ? {} : { maxBytes: hooks.maxBytes }),
      ...(hooks.onBytes === undefined ? {} : { onBytes: hooks.onBytes }),
    },
    accumulator,
  );
  return accumulator.finish(hooks.onCase);
}
