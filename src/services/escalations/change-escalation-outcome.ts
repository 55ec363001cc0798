// Changes how a finished escalation ended (e.g. resolved → false_escalation once it is clear no person was needed).
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { parseInput } from '../parse-input.js';
import { ChangeOutcomeInput } from './inputs.js';

export async function changeEscalationOutcome({
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
  const { outcome, note } = parseInput(ChangeOutcomeInput, input);
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    change(row, runtime) {
      if (runtime.workflow.categoryOf(row.status) !== 'done') {
        throw new HandoffError(
          'conflict',
          `escalation ${id} is ${row.status}; resolve it with an outcome first`,
          {
            path: 'status',
          },
        );
      }
      if (row.outcome === outcome) {
        return null;
      }
      return {
        patch: { outcome },
        events: [{ type: 'outcome_changed', data: { from: row.outcome, to: outcome, note: note ?? null } }],
      };
    },
  });
}
