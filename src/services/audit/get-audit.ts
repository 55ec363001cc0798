// One saved audit with its report (human or admin keys): the baseline before/after views read.
import type { Context } from '../../context.js';
import type { AuditReport } from '../../core/audit/audit-report.js';
import { HandoffError } from '../../errors.js';
import { decodeJson } from '../../store/json.js';
import { selectAudit } from '../../store/queries/select-audits.js';
import { assertScope } from '../authorize.js';
import type { SavedAudit } from './save-audit.js';

export async function getAudit({
  ctx,
  name,
}: {
  ctx: Context;
  name: string;
}): Promise<SavedAudit & { report: AuditReport }> {
  assertScope(ctx.actor, ['human']);
  const row = await selectAudit(ctx.store.db, name);
  if (row === undefined) {
    throw new HandoffError('not_found', `no saved audit "${name}"`, { path: 'name' });
  }
  return {
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    source: row.source,
    cases: row.cases,
    report: decodeJson(row.report) as AuditReport,
  };
}
