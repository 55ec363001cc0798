// Ends an escalation with an outcome: resolved, handed back, a false escalation, or a duplicate.
import type { Context } from '../../context.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished, assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { ResolveEscalationInput } from './inputs.js';

export async function resolveEscalation({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}) {
  assertScope(ctx.actor, ['human']);
  const { outcome, note } = parseInput(ResolveEscalationInput, input ?? {});
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    change(row, runtime) {
      assertNotFinished(runtime, row, 'already finished');
      const preferred =
        outcome === 'handed_back' ? ['handed_back', 'resolved', 'closed'] : ['resolved', 'closed'];
      const status = runtime.workflow.firstReachable(row.status, preferred);
      if (status === undefined) {
        runtime.workflow.assertTransition(row.status, preferred[0] ?? 'resolved');
      }
      const target = status ?? 'resolved';
      return {
        patch: { status: target, outcome, resolved_at: ctx.clock() },
        events: [
          { type: 'resolved', data: { outcome, status: target, note: note ?? null, from: row.status } },
        ],
        backfill: row.assignee === null ? [] : [row.team],
      };
    },
  });
}
