// Writes a new escalation with its context, brief, owner and opening events, inside the caller's transaction.
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import type { Decision } from '../../core/decide/decision.js';
import { newId } from '../../store/ids.js';
import { encodeJson, type JsonText } from '../../store/json.js';
import { insertEscalationRow } from '../../store/queries/hot-queries.js';
import { scheduleTimers } from '../../store/queries/timers.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';
import type {
  ApprovalRequest,
  EscalationContext,
  ReasonCategory,
  TimelineEvent,
} from '../../core/escalation/escalation.js';
import { scheduleApprovalDeadline } from './approval-deadline.js';
import { makeEscalationContext } from '../../core/escalation/escalation-context.js';
import { planOwnerFallback } from './owner-fallback.js';
import { pickAssignee } from './pick-assignee.js';
import { reactToEvents } from './react-to-events.js';
import { recordEvents } from './record-event.js';
import { measureSla, planSlaTimers, syncSlaClocks } from './sync-sla-clocks.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

export interface NewEscalation {
  caseValue: Record<string, unknown>;
  decision: Decision | null;
  origin: 'evaluate' | 'explicit';
  route: { team: string; tier: string | null; skills?: readonly string[] | undefined };
  priority: string;
  mode: 'reactive' | 'proactive' | null;
  explicitReason: { category: ReasonCategory; detail: string } | null;
  approval: ApprovalRequest | null;
}

/** A new escalation with its context and brief built and encoded: pure work, done before the transaction. */
export interface PreparedEscalation extends NewEscalation {
  context: EscalationContext;
  encoded: { context: JsonText; brief: JsonText; decision: JsonText | null };
}

/**
 * Builds the context and brief and encodes what is stored as JSON. Kept out of the transaction, so the
 * transaction holds only reads and writes (on SQLite a group-commit batch runs its statements back to back).
 */
export function prepareEscalation(runtime: PlaybookRuntime, input: NewEscalation): PreparedEscalation {
  const { context, brief } = makeEscalationContext({
    caseValue: input.caseValue,
    decision: input.decision,
    explicitReason: input.explicitReason,
    approval: input.approval,
    redact: runtime.playbook.pii?.redact ?? [],
  });
  return {
    ...input,
    context,
    encoded: {
      context: encodeJson(context),
      brief: encodeJson(brief),
      decision: input.decision === null ? null : encodeJson(input.decision),
    },
  };
}

/** Inserts the escalation; with an approval it waits in `pending_approval`, otherwise it is assigned when someone can take it. */
export async function insertEscalation(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  now: number,
  input: PreparedEscalation,
): Promise<{ row: EscalationRow; events: TimelineEvent[] }> {
  const id = newId(now);
  const { context } = input;
  const choice = await pickAssignee(
    trx,
    runtime,
    { team: input.route.team, tier: input.route.tier, skills: input.route.skills ?? [] },
    now,
  );
  const waitsForApproval = input.approval !== null && runtime.workflow.statuses.includes('pending_approval');
  const status = waitsForApproval
    ? 'pending_approval'
    : choice.personId !== null && runtime.workflow.statuses.includes('assigned')
      ? 'assigned'
      : runtime.workflow.initial;
  const row: EscalationRow = {
    id,
    case_id: String(input.caseValue.id),
    case_turn: typeof input.caseValue.turn === 'number' ? input.caseValue.turn : null,
    status,
    priority: input.priority,
    team: input.route.team,
    tier: input.route.tier,
    assignee: choice.personId,
    mode: input.mode,
    origin: input.origin,
    reason_category: input.explicitReason?.category ?? null,
    playbook_version: runtime.version,
    version: 1,
    context: input.encoded.context,
    brief: input.encoded.brief,
    decision: input.encoded.decision,
    tags: encodeJson([]),
    fields: encodeJson({}),
    reroute_count: 0,
    tier_changes: 0,
    opened_at: now,
    assigned_at: choice.personId === null ? null : now,
    claimed_at: null,
    first_response_at: null,
    resolved_at: null,
    outcome: null,
    updated_at: now,
    opened_by: actor.keyId,
    sla: null,
  };
  const drafts: Array<{ type: string; data: Record<string, unknown> }> = [
    {
      type: 'created',
      data: {
        origin: input.origin,
        team: row.team,
        tier: row.tier,
        priority: row.priority,
        mode: row.mode,
        status,
        caseId: row.case_id,
        turn: row.case_turn,
        playbookVersion: runtime.version,
        reasons: context.reasons.map((reason) => reason.trigger),
        reasonCategory: row.reason_category,
      },
    },
    ...(input.approval === null ? [] : [{ type: 'approval_requested', data: { ...input.approval } }]),
    {
      type: choice.personId === null ? 'queued_for_team' : 'assigned',
      data: { team: row.team, assignee: choice.personId, why: choice.why },
    },
  ];
  // Unless ladders or automations may react, the opening events are the whole timeline: the clocks are measured
  // from them and stored with the row, without reading anything back.
  const mayReact = (runtime.playbook.automations?.length ?? 0) > 0 || runtime.ladders.has(row.team);
  const measured =
    runtime.sla === null || mayReact
      ? null
      : measureSla(
          runtime,
          { ...row, context },
          drafts.map((draft) => ({ ...draft, at: now })),
          now,
        );
  row.sla = measured === null ? null : encodeJson(measured);
  await insertEscalationRow(trx, row);
  const events = await recordEvents(
    trx,
    drafts.map((draft) => ({
      escalationId: id,
      type: draft.type,
      actor: actor.name,
      at: now,
      data: draft.data,
    })),
  );
  await scheduleApprovalDeadline(trx, id, input.approval);
  if (!mayReact) {
    if (measured !== null) {
      await scheduleTimers(trx, planSlaTimers(id, measured, []));
    }
    await planOwnerFallback(trx, runtime, row, null, now);
    return { row, events };
  }
  const reactions = await reactToEvents(trx, runtime, id, events, now);
  events.push(...reactions);
  const latest = await selectEscalationRow(trx, id);
  await planOwnerFallback(trx, runtime, latest, null, now);
  if (runtime.sla !== null) {
    const sla = await syncSlaClocks(trx, runtime, { ...latest, context }, now);
    latest.sla = sla === null ? null : encodeJson(sla);
  }
  return { row: latest, events };
}
