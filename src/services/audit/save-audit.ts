// Saves an audit report under a name, as a baseline (admin); a name already taken is a conflict.
import type { Context } from '../../context.js';
import type { AuditReport } from '../../core/audit/audit-report.js';
import { HandoffError } from '../../errors.js';
import { encodeJson } from '../../store/json.js';
import { insertAudit } from '../../store/queries/insert-audit.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { AuditName } from './audit-input.js';

export interface SavedAudit {
  name: string;
  createdAt: string;
  source: string;
  cases: number;
}

export async function saveAudit({
  ctx,
  input,
}: {
  ctx: Context;
  input: { name: unknown; report: AuditReport };
}): Promise<SavedAudit> {
  assertScope(ctx.actor, ['admin']);
  const name = parseInput(AuditName, input.name);
  const now = ctx.clock();
  const { report } = input;
  const isNew = await ctx.store.transaction((trx) =>
    insertAudit(trx, {
      name,
      created_at: now,
      created_by: ctx.actor.keyId ?? ctx.actor.name,
      source: report.source,
      cases: report.headline.cases,
      report: encodeJson(report),
    }),
  );
  if (!isNew) {
    throw new HandoffError('conflict', `an audit named "${name}" is already saved: choose another name`, {
      path: 'save',
    });
  }
  return {
    name,
    createdAt: new Date(now).toISOString(),
    source: report.source,
    cases: report.headline.cases,
  };
}
