// The active playbook's escalation matrix without the people in it: what escalates, how and where. The AI
// system's key may read it (unlike the playbook, which names people), so an agent knows when it hands over.
import type { Context } from '../../context.js';
import { writeDocument } from '../../core/documents/playbook-document.js';
import { assertScope } from '../authorize.js';

export async function getEscalationMatrix({
  ctx,
}: {
  ctx: Context;
}): Promise<{ version: number; markdown: string }> {
  assertScope(ctx.actor, ['agent', 'human']);
  const runtime = await ctx.playbook();
  const markdown = writeDocument(runtime.playbook, {
    kind: 'matrix',
    format: 'md',
    locale: 'en',
    version: runtime.version,
    withPeople: false,
  });
  return { version: runtime.version, markdown };
}
