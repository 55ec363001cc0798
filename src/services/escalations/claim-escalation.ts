// A person takes an escalation (acknowledges it). Two at once: exactly one wins, the other gets a conflict.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { ClaimEscalationInput } from './inputs.js';
import { resolvePerson } from './people-of-playbook.js';

export async function claimEscalation({
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
  const { person } = parseInput(ClaimEscalationInput, input ?? {});
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    change(row, runtime) {
      const claimant = resolvePerson(ctx.actor, runtime, person, row.team);
      assertNotFinished(runtime, row);
      if (row.claimed_at !== null) {
        if (row.assignee === claimant) {
          return null;
        }
        throw new HandoffError(
          'conflict',
          `escalation ${id} was already claimed by ${row.assignee ?? 'someone'}`,
          { path: 'assignee' },
        );
      }
      const now = ctx.clock();
      const status =
        row.status !== 'pending_approval' && runtime.workflow.allowedFrom(row.status).includes('in_progress')
          ? 'in_progress'
          : row.status;
      const previous = row.assignee;
      return {
        patch: {
          assignee: claimant,
          claimed_at: now,
          assigned_at: previous === claimant ? row.assigned_at : now,
          status,
        },
        events: [
          { type: 'claimed', data: { assignee: claimant, previousAssignee: previous } },
          ...(status === row.status
            ? []
            : [{ type: 'status_changed', data: { from: row.status, to: status } }]),
        ],
        backfill: previous !== null && previous !== claimant ? [row.team] : [],
      };
    },
  });
}
