// The active playbook's escalation matrix: what escalates, how and where. The AI system's key may read it (it
// names no people, unlike the playbook itself), so an agent can know when it will be handed over.
import type { Context } from '../../context.js';
import { type EscalationMatrix, escalationMatrix } from '../../core/playbook/escalation-matrix.js';
import { assertScope } from '../authorize.js';

export async function getEscalationMatrix({
  ctx,
}: {
  ctx: Context;
}): Promise<EscalationMatrix & { version: number }> {
  assertScope(ctx.actor, ['agent', 'human']);
  const runtime = await ctx.playbook();
  return { version: runtime.version, ...escalationMatrix(runtime.playbook) };
}
