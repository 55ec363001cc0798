// A person approves or rejects what the AI proposed. One rejection rejects; N approvals (N of M) approve.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { insertApproval, selectApprovalVerdicts } from '../../store/queries/approvals.js';
import { parseInput } from '../parse-input.js';
import { maySee, noEscalation, teamsOf } from '../authorize.js';
import { changeEscalation, type EscalationChange } from '../lifecycle/change-escalation.js';
import type { ApprovalRequest, EscalationContext } from '../../core/escalation/escalation.js';
import { DecideApprovalInput } from './inputs.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

/** Whether the person is one of the approvers (`team:ID`, `person:ID`, `role:team` = the routed team, `role:assignee`). */
function mayApprove(
  parties: readonly string[],
  personId: string,
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
      return personId === row.assignee;
    }
    return teams.includes(row.team);
  });
}

/**
 * Approvals are people's decisions: only a key tied to a listed approver gives a vote, whatever its scope. An admin
 * may instead settle it with `override: true`, recorded as an override and never counted as a vote.
 */
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
  const { verdict, note, override } = parseInput(DecideApprovalInput, input);
  if (ctx.actor.kind !== 'human' && ctx.actor.kind !== 'admin') {
    throw new HandoffError('forbidden', 'approvals are given by people (scope human or admin)');
  }
  if (override === true && ctx.actor.kind !== 'admin') {
    throw new HandoffError('forbidden', 'only an admin key may override an approval', { path: 'override' });
  }
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    access: 'checked-by-change',
    async change(row, runtime, trx) {
      const context = decodeJson(row.context) as EscalationContext;
      const approval = context.approval;
      // A person who may neither see it nor approve it learns nothing from the answer, not even its status.
      if (
        ctx.actor.kind === 'human' &&
        !maySee(ctx.actor, runtime, row) &&
        (approval === null ||
          ctx.actor.personId === null ||
          !mayApprove(approval.approvers, ctx.actor.personId, teamsOf(ctx.actor, runtime), row))
      ) {
        throw noEscalation(id);
      }
      if (approval === null || row.status !== 'pending_approval') {
        throw new HandoffError(
          'conflict',
          `escalation ${id} is not waiting for an approval (status ${row.status})`,
          { path: 'status' },
        );
      }
      const now = ctx.clock();
      if (override === true) {
        return overrideApproval(runtime, row, context, approval, {
          verdict,
          note: note ?? null,
          by: ctx.actor.personId ?? ctx.actor.name,
          now,
        });
      }
      if (approval.deadlineAt !== null && now > Date.parse(approval.deadlineAt)) {
        throw new HandoffError('conflict', `the approval deadline passed at ${approval.deadlineAt}`, {
          path: 'deadline',
        });
      }
      const approver = ctx.actor.personId;
      if (approver === null || !mayApprove(approval.approvers, approver, teamsOf(ctx.actor, runtime), row)) {
        throw new HandoffError(
          'forbidden',
          `only ${approval.approvers.join(', ')} may approve this` +
            (ctx.actor.kind === 'admin' ? ' (an admin may settle it with "override": true)' : ''),
        );
      }
      const isRecorded = await insertApproval(trx, {
        escalationId: id,
        approver,
        verdict,
        note: note ?? null,
        at: now,
      });
      if (!isRecorded) {
        throw new HandoffError('conflict', `${approver} already gave a verdict on escalation ${id}`, {
          path: 'verdict',
        });
      }
      const votes = await selectApprovalVerdicts(trx, id);
      const approvals = votes.filter((vote) => vote === 'approved').length;
      const recorded = {
        type: 'approval_recorded',
        data: { approver, verdict, note: note ?? null, approvals, required: approval.required },
      };
      if (verdict === 'rejected') {
        const status = rejectedStatus(runtime, row);
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
      const status = approvedStatus(runtime, row);
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

/** Where a rejected approval goes: a person takes the case over. */
export function rejectedStatus(runtime: PlaybookRuntime, row: EscalationRow): string {
  return runtime.workflow.allowedFrom(row.status).includes('in_progress') ? 'in_progress' : row.status;
}

function approvedStatus(runtime: PlaybookRuntime, row: EscalationRow): string {
  return runtime.workflow.firstReachable(row.status, ['handed_back', 'resolved', 'closed']) ?? row.status;
}

/** An admin settles the approval outright; the votes so far are kept as they were, and the override is its own event. */
function overrideApproval(
  runtime: PlaybookRuntime,
  row: EscalationRow,
  context: EscalationContext,
  approval: ApprovalRequest,
  {
    verdict,
    note,
    by,
    now,
  }: { verdict: 'approved' | 'rejected'; note: string | null; by: string; now: number },
): EscalationChange {
  const status = verdict === 'approved' ? approvedStatus(runtime, row) : rejectedStatus(runtime, row);
  const settled = { state: verdict, by, at: new Date(now).toISOString(), override: true };
  return {
    patch: {
      status,
      context: encodeJson({ ...context, approval: { ...approval, settled } }),
      ...(verdict === 'approved' ? { outcome: 'handed_back', resolved_at: now } : {}),
    },
    events: [
      { type: 'approval_overridden', data: { by, verdict, note } },
      { type: 'approval_decided', data: { verdict, by, note, override: true, to: status } },
    ],
  };
}
