// POST /v1/audits: audits an uploaded log with the active playbook's calendars, and saves it when asked (admin).
import type { Context } from '../../context.js';
import type { AuditReport } from '../../core/audit/audit-report.js';
import type { BusinessCalendar } from '../../core/sla/business-calendar.js';
import { assertScope } from '../authorize.js';
import { auditHistory } from './audit-history.js';
import { type SavedAudit, saveAudit } from './save-audit.js';

/** The largest upload (bytes); past it the request is refused with 413. */
export const MAX_AUDIT_BYTES = 256 * 1024 * 1024;

/** Checked before the body is read. */
export const assertMayAudit = (ctx: Context): void => assertScope(ctx.actor, ['admin']);

export async function createAudit({
  ctx,
  input,
  log,
}: {
  ctx: Context;
  input: Record<string, unknown>;
  log: AsyncIterable<Buffer | string>;
}): Promise<{ report: AuditReport; saved: SavedAudit | null }> {
  assertMayAudit(ctx);
  let calendars: ReadonlyMap<string, BusinessCalendar> = new Map();
  if (input.calendar !== undefined) {
    calendars = (await ctx.playbook()).sla?.calendars ?? new Map();
  }
  const report = await auditHistory({ input, log, calendars, hooks: { maxBytes: MAX_AUDIT_BYTES } });
  const saved =
    input.save === undefined ? null : await saveAudit({ ctx, input: { name: input.save, report } });
  return { report, saved };
}
