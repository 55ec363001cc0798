// A later turn of a conversation that already has an open escalation joins it: never a second escalation for one case.
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import type { Decision } from '../../core/decide/decision.js';
import { readCase } from '../../core/decide/read-case.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { applyChange } from '../lifecycle/change-escalation.js';
import { customerReplied } from './comment-on-escalation.js';
import { selectOpenSystemEscalation } from '../../store/queries/select-open-system-escalation.js';
import { selectLatestEscalations } from '../../store/queries/hot-queries.js';
import type { Tables } from '../../store/tables.js';
import type { EscalationContext, TimelineEvent } from '../../core/escalation/escalation.js';
import { type PreparedEscalation, prepareEscalation } from '../lifecycle/insert-escalation.js';
import { openStatuses } from '../lifecycle/pick-assignee.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

/** The open escalation this caller opened for the case, if any (the newest). */
export async function findOpenEscalation(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  caseId: string,
): Promise<EscalationRow | null> {
  if (actor.keyId === null) {
    return selectOpenSystemEscalation(trx, caseId, openStatuses(runtime));
  }
  // One open escalation per conversation and caller is kept, so it is among the newest few.
  const latest = await selectLatestEscalations(trx, { caseId, openedBy: actor.keyId });
  return latest.find((row) => runtime.workflow.categoryOf(row.status) !== 'done') ?? null;
}

/**
 * Brings the open escalation up to date with the new turn: the latest case as its context, a fresh brief,
 * the priority raised (never lowered) when this turn's decision is more urgent, a `case_updated` event, and a
 * `customer_replied` event when the customer wrote since (which restarts a paused "waiting on customer").
 */
export async function appendCaseTurn(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  row: EscalationRow,
  caseValue: Record<string, unknown>,
  decision: Decision,
  now: number,
  prepared: PreparedEscalation | null,
): Promise<{ row: EscalationRow; events: TimelineEvent[] }> {
  // What evaluate already built for a new escalation serves here too: the same case, decision and brief. The
  // approval stays the open escalation's own (pending, decided or expired): a later turn never drops it, or the
  // escalation would wait in pending_approval for a verdict nobody can give.
  const built =
    prepared ??
    prepareEscalation(runtime, {
      caseValue,
      decision,
      origin: 'evaluate',
      route: { team: row.team, tier: row.tier },
      priority: row.priority,
      mode: null,
      explicitReason: null,
      approval: null,
    });
  const levels = runtime.playbook.priorities.levels;
  const priority =
    decision.priority !== null && levels.indexOf(decision.priority) > levels.indexOf(row.priority)
      ? decision.priority
      : row.priority;
  const latest = readCase(caseValue).messages.at(-1);
  const reply =
    latest?.role === 'customer'
      ? customerReplied(row, runtime, { body: latest.text, via: 'evaluate' })
      : { patch: {}, events: [] };
  return applyChange(
    trx,
    runtime,
    actor,
    row,
    {
      patch: {
        context: encodeJson({
          ...built.context,
          approval: (decodeJson(row.context) as EscalationContext).approval,
        }),
        brief: built.encoded.brief,
        decision: built.encoded.decision ?? encodeJson(decision),
        priority,
        case_turn: typeof caseValue.turn === 'number' ? caseValue.turn : row.case_turn,
        ...reply.patch,
      },
      events: [
        {
          type: 'case_updated',
          data: {
            turn: caseValue.turn ?? null,
            action: decision.action,
            reasons: decision.reasons.map((reason) => reason.trigger),
            priority,
          },
        },
        ...(priority === row.priority
          ? []
          : [{ type: 'priority_changed', data: { from: row.priority, to: priority } }]),
        ...reply.events,
      ],
    },
    now,
  );
}
