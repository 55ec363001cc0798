// The escalation matrix of the active playbook: tiers against triggers, routes, teams, owners and SLA targets.
import type { Context } from '../../context.js';
import { type EscalationMatrix, escalationMatrix } from '../../core/playbook/escalation-matrix.js';
import { assertScope } from '../authorize.js';

export async function getPlaybookMatrix({
  ctx,
}: {
  ctx: Context;
}): Promise<EscalationMatrix & { version: number }> {
  assertScope(ctx.actor, ['human']);
  const runtime = await ctx.playbook();
  return { version: runtime.version, ...escalationMatrix(runtime.playbook) };
}
