// Gives the conversation back to the AI system, with instructions; the AI key that opened it may do so too.
import type { Context } from '../../context.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { HandBackEscalationInput } from './inputs.js';

export async function handBackEscalation({
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
  const { note, instructions } = parseInput(HandBackEscalationInput, input ?? {});
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    access: 'own',
    change(row, runtime) {
      assertNotFinished(runtime, row, 'already finished');
      const status = runtime.workflow.firstReachable(row.status, ['handed_back', 'resolved', 'closed']);
      if (status === undefined) {
        runtime.workflow.assertTransition(row.status, 'handed_back');
      }
      const target = status ?? 'handed_back';
      return {
        patch: { status: target, outcome: 'handed_back', resolved_at: ctx.clock() },
        events: [
          {
            type: 'handed_back',
            data: { note: note ?? null, instructions: instructions ?? null, from: row.status, to: target },
          },
        ],
        backfill: row.assignee === null ? [] : [row.team],
      };
    },
  });
}
