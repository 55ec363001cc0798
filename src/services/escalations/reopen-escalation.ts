// Reopens a finished escalation (counted as a reopened outcome in metrics) with its owner kept if they can still take it.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { ReopenEscalationInput } from './inputs.js';

export async function reopenEscalation({
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
  const { reason } = parseInput(ReopenEscalationInput, input);
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    change(row, runtime) {
      if (runtime.workflow.categoryOf(row.status) !== 'done') {
        throw new HandoffError('conflict', `escalation ${id} is ${row.status}, not finished`, {
          path: 'status',
        });
      }
      const status = runtime.workflow.firstReachable(row.status, [
        'in_progress',
        'assigned',
        runtime.workflow.initial,
      ]);
      if (status === undefined) {
        runtime.workflow.assertTransition(row.status, 'in_progress');
      }
      const target = status ?? 'in_progress';
      return {
        patch: { status: target, outcome: null, resolved_at: null },
        events: [
          { type: 'reopened', data: { reason, from: row.status, to: target, previousOutcome: row.outcome } },
        ],
      };
    },
  });
}
