// A person approves or rejects what the AI proposed. One rejection rejects; N approvals (N of M) approve.
import type { Context } from '../context.js';
import { HandoffError } from '../errors.js';
import { decodeJson } from '../store/json.js';
import { parseInput } from '../parse-input.js';
import { teamsOf } from './authorize.js';
import { changeEscalation } from './change-escalation.js';
import type { EscalationContext } from './escalation.js';
import { DecideApprovalInput } from './inputs.js';

/** Whether the actor is one of the approvers (`team:ID`, `person:ID`, `role:team` = the routed team, `role:assignee`). */
function mayApprove(
  parties: readonly string[],
  personId: string | null,
  teams: readonly string[],
  row: { team: string; assignee: string | null },
): boolean {
  return parties.some((party) => {
    const [kind, value] = party.split(':');
    if (kind === 'person') {
      return value === personId;
    }
    if (kind === 'team') {
      return value !== undefined && teams.includes(value);
    }
    if (value === 'assignee') {
      return personId !== null && personId === row.assignee;
    }
    return teams.includes(row.team);
  });
}

export async function decideApproval({
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
  const { verdict, note } = parseInput(DecideApprovalInput, input);
  if (ctx.actor.kind !== 'human' && ctx.actor.kind !== 'admin') {
    throw new HandoffError('forbidden', 'approvals are given by people (scope human or admin)');
  }
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    access: 'checked-by-change',
    async change(row, runtime, trx) {
      const request = decodeJson(row.context) as EscalationContext;
      const approval = request.approval;
      if (approval === null || row.status !== 'pending_approval') {
        throw new HandoffError(
          'conflict',
          `escalation ${id} is not waiting for an approval (status ${row.status})`,
          { path: 'status' },
        );
      }
      const now = ctx.clock();
      if (approval.deadlineAt !== null && now > Date.parse(approval.deadlineAt)) {
        throw new HandoffError('conflict', `the approval deadline passed at ${approval.deadlineAt}`, {
          path: 'deadline',
        });
      }
      const approver = ctx.actor.personId ?? ctx.actor.name;
      if (
        ctx.actor.kind === 'human' &&
        !mayApprove(approval.approvers, ctx.actor.personId, teamsOf(ctx.actor, runtime), row)
      ) {
        throw new HandoffError('forbidden', `only ${approval.approvers.join(', ')} may approve this`);
      }
      const inserted = await trx
        .insertInto('approvals')
        .values({ escalation_id: id, approver, verdict, note: note ?? null, at: now })
        .onConflict((oc) => oc.columns(['escalation_id', 'approver']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) {
        throw new HandoffError('conflict', `${approver} already gave a verdict on escalation ${id}`, {
          path: 'verdict',
        });
      }
      const votes = await trx
        .selectFrom('approvals')
        .select('verdict')
        .where('escalation_id', '=', id)
        .execute();
      const approvals = votes.filter((vote) => vote.verdict === 'approved').length;
      const recorded = {
        type: 'approval_recorded',
        data: { approver, verdict, note: note ?? null, approvals, required: approval.required },
      };
      if (verdict === 'rejected') {
        const status = runtime.workflow.allowedFrom(row.status).includes('in_progress')
          ? 'in_progress'
          : row.status;
        return {
          patch: { status },
          events: [
            recorded,
            {
              type: 'approval_decided',
              data: { verdict: 'rejected', by: approver, note: note ?? null, to: status },
            },
          ],
        };
      }
      if (approvals < approval.required) {
        return { patch: {}, events: [recorded] };
      }
      const status =
        runtime.workflow.firstReachable(row.status, ['handed_back', 'resolved', 'closed']) ?? row.status;
      return {
        patch: { status, outcome: 'handed_back', resolved_at: now },
        events: [
          recorded,
          {
            type: 'approval_decided',
            data: { verdict: 'approved', approvals, required: approval.required, to: status },
          },
        ],
      };
    },
  });
}
