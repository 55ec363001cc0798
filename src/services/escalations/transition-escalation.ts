// Moves an escalation to another status, if the playbook's workflow allows that move (else 422 naming the allowed ones).
import type { Context } from '../../context.js';
import { parseInput } from '../parse-input.js';
import { assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { TransitionEscalationInput } from './inputs.js';

export async function transitionEscalation({
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
  const { status, note } = parseInput(TransitionEscalationInput, input);
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    change(row, runtime) {
      runtime.workflow.assertTransition(row.status, status);
      const now = ctx.clock();
      const isDone = runtime.workflow.categoryOf(status) === 'done';
      const wasDone = runtime.workflow.categoryOf(row.status) === 'done';
      return {
        patch: {
          status,
          ...(isDone && !wasDone
            ? {
                resolved_at: now,
                outcome: row.outcome ?? (status === 'handed_back' ? 'handed_back' : 'resolved'),
              }
            : {}),
          ...(!isDone && wasDone ? { resolved_at: null, outcome: null } : {}),
        },
        events: [{ type: 'status_changed', data: { from: row.status, to: status, note: note ?? null } }],
        backfill: isDone && row.assignee !== null ? [row.team] : [],
      };
    },
  });
}
