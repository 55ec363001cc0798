// What an approval-deadline timer does when nobody decided in time: the playbook's `on_deadline` (reject and hand to
// a person, escalate to the next approvers, or assign a named person), with its event and notification.
import type { Transaction } from 'kysely';
import { systemActor } from '../../context.js';
import type { ApprovalRequest, EscalationContext } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { rejectedStatus } from '../../services/escalations/decide-approval.js';
import { scheduleApprovalDeadline } from '../../services/lifecycle/approval-deadline.js';
import { applyChange, type EscalationChange } from '../../services/lifecycle/change-escalation.js';
import { pickAssignee } from '../../services/lifecycle/pick-assignee.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';
import type { TimerEffect } from './timers-worker.js';

/**
 * Fires once per deadline. Does nothing when the approval was decided meanwhile, or when its deadline moved (an
 * escalation to the next approvers planned a timer of its own).
 */
export const approvalDeadline: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await selectEscalationRow(trx, timer.escalation_id);
  const context = decodeJson(row.context) as EscalationContext;
  const approval = context.approval;
  const { deadlineAt } = decodeJson(timer.data) as { deadlineAt: string };
  if (
    row.status !== 'pending_approval' ||
    approval === null ||
    approval.settled !== undefined ||
    approval.deadlineAt !== deadlineAt
  ) {
    return [];
  }
  const change = await expire(trx, runtime, row, context, approval, now);
  const applied = await applyChange(trx, runtime, systemActor, row, change, now);
  const next = (decodeJson(applied.row.context) as EscalationContext).approval;
  if (next !== null && next.deadlineAt !== deadlineAt) {
    await scheduleApprovalDeadline(trx, row.id, next);
  }
  return applied.events;
};

async function expire(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  context: EscalationContext,
  approval: ApprovalRequest,
  now: number,
): Promise<EscalationChange> {
  const plan = approval.onDeadline ?? { action: 'reject' };
  const at = new Date(now).toISOString();
  const withApproval = (next: ApprovalRequest) => encodeJson({ ...context, approval: next });
  if (plan.action === 'escalate') {
    const nextDeadline = new Date(now + plan.deadlineMs).toISOString();
    return {
      patch: {
        context: withApproval({
          ...approval,
          approvers: plan.approvers,
          deadlineAt: nextDeadline,
          onDeadline: { action: 'reject' },
        }),
      },
      events: [
        {
          type: 'approval_expired',
          data: {
            deadlineAt: approval.deadlineAt,
            effect: 'escalate',
            from: approval.approvers,
            approvers: plan.approvers,
            nextDeadlineAt: nextDeadline,
          },
        },
      ],
    };
  }
  const status = rejectedStatus(runtime, row);
  // A person takes the case over: the named one, else whoever the routed team's strategy picks now (when nobody
  // can, the team owns it and backfill or the owner fallback finds someone).
  const named = plan.action === 'assign' && runtime.people.has(plan.person) ? plan.person : null;
  const choice =
    named !== null
      ? { personId: named, why: 'named by the approval rule for an expired deadline' }
      : row.assignee !== null
        ? null
        : await pickAssignee(trx, runtime, { team: row.team, tier: row.tier, skills: [] }, now);
  const assignee = choice?.personId ?? row.assignee;
  const state = named !== null ? 'expired' : 'rejected';
  return {
    patch: {
      status,
      context: withApproval({ ...approval, settled: { state, by: 'deadline', at, override: false } }),
      ...(assignee === row.assignee ? {} : { assignee, assigned_at: now, claimed_at: null }),
    },
    events: [
      {
        type: 'approval_expired',
        data: {
          deadlineAt: approval.deadlineAt,
          effect: named !== null ? 'assign' : 'reject',
          ...(named === null ? {} : { person: named }),
        },
      },
      ...(state === 'rejected'
        ? [
            {
              type: 'approval_decided',
              data: { verdict: 'rejected', by: 'deadline', note: null, to: status },
            },
          ]
        : []),
      ...(choice !== null && choice.personId !== null && assignee !== row.assignee
        ? [
            {
              type: 'assigned',
              data: { team: row.team, assignee, previousAssignee: row.assignee, why: choice.why },
            },
          ]
        : []),
    ],
  };
}
