// The saved audits (baselines), newest first, without their reports (human or admin keys).
import type { Context } from '../../context.js';
import { selectAudits } from '../../store/queries/select-audits.js';
import { assertScope } from '../authorize.js';
import type { SavedAudit } from './save-audit.js';

const LIMIT = 500;

export async function listAudits({ ctx }: { ctx: Context }): Promise<{ audits: SavedAudit[] }> {
  assertScope(ctx.actor, ['human']);
  const rows = await selectAudits(ctx.store.db, LIMIT);
  return {
    audits: rows.map((row) => ({
      name: row.name,
      createdAt: new Date(row.created_at).toISOString(),
      source: row.source,
      cases: row.cases,
    })),
  };
}
