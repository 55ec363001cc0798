// One escalation with its context, brief, approvals and whole timeline.
import type { HandoffBrief } from '../../core/brief/handoff-brief.js';
import type { Context } from '../../context.js';
import { decodeJson } from '../../store/json.js';
import { selectApprovals } from '../../store/queries/approvals.js';
import { selectEventsOf } from '../../store/queries/select-events.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { assertMayWork } from '../authorize.js';
import type { EscalationContext, EscalationDetail } from '../../core/escalation/escalation.js';
import { toEscalation, toTimelineEvent } from '../lifecycle/escalation-view.js';
import { measureSla, type StoredSla } from '../lifecycle/sync-sla-clocks.js';

export type ApprovalState = 'pending' | 'approved' | 'rejected' | 'expired' | null;

export async function getEscalation({
  ctx,
  id,
}: {
  ctx: Context;
  id: string;
}): Promise<EscalationDetail & { approvalState: ApprovalState; sla: SlaView | null }> {
  const runtime = await ctx.playbook();
  const row = await selectEscalationRow(ctx.store.db, id);
  assertMayWork(ctx.actor, runtime, row, 'read');
  const [events, approvals] = await Promise.all([
    selectEventsOf(ctx.store.db, id),
    selectApprovals(ctx.store.db, id),
  ]);
  const context = decodeJson(row.context) as EscalationContext;
  const now = ctx.clock();
  const stored = events.map((event) => ({
    type: event.type,
    at: Number(event.at),
    data: decodeJson(event.data) as Record<string, unknown>,
  }));
  const sla = runtime.sla === null ? null : measureSla(runtime, { ...row, context }, stored, now);
  const votes = approvals.map((vote) => ({
    approver: vote.approver,
    verdict: vote.verdict as 'approved' | 'rejected',
    note: vote.note,
    at: new Date(Number(vote.at)).toISOString(),
  }));
  return {
    ...toEscalation(row),
    context,
    brief: decodeJson(row.brief) as HandoffBrief,
    timeline: events.map(toTimelineEvent),
    approvals: votes,
    approvalState: approvalState(context, votes, now),
    sla: sla === null ? null : describeSla(sla),
  };
}

function approvalState(
  context: EscalationContext,
  votes: Array<{ verdict: string }>,
  now: number,
): ApprovalState {
  const request = context.approval;
  if (request === null) {
    return null;
  }
  if (request.settled !== undefined) {
    return request.settled.state;
  }
  if (votes.some((vote) => vote.verdict === 'rejected')) {
    return 'rejected';
  }
  if (votes.filter((vote) => vote.verdict === 'approved').length >= request.required) {
    return 'approved';
  }
  return request.deadlineAt !== null && now > Date.parse(request.deadlineAt) ? 'expired' : 'pending';
}

/** An SLA as the API shows it: each clock's target, due time, elapsed, remaining, paused or not, and state. */
export interface SlaView {
  policy: string;
  clocks: Array<{
    metric: string;
    targetMs: number;
    startedAt: string;
    dueAt: string | null;
    elapsedMs: number;
    remainingMs: number;
    isPaused: boolean;
    state: string;
    warnings: Array<{ percent: number; at: string | null }>;
  }>;
}

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function describeSla(sla: StoredSla): SlaView {
  return {
    policy: sla.policy,
    clocks: sla.clocks.map((clock) => ({
      metric: clock.metric,
      targetMs: clock.targetMs,
      startedAt: new Date(clock.startedAt).toISOString(),
      dueAt: isoOrNull(clock.dueAt),
      elapsedMs: clock.elapsedMs,
      remainingMs: clock.remainingMs,
      isPaused: clock.isPaused,
      state: clock.state,
      warnings: clock.warnings.map((warning) => ({ percent: warning.percent, at: isoOrNull(warning.at) })),
    })),
  };
}
