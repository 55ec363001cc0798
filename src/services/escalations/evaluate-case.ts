// POST /v1/evaluate: decide a case, record the evaluation, open an escalation when a person must take over.
import type { Context } from '../../context.js';
import type { Decision } from '../../core/decide/decision.js';
import { validateCase } from '../../core/decide/validate-case.js';
import { HandoffError } from '../../errors.js';
import { newId } from '../../store/ids.js';
import { decodeJson, encodeJson } from '../../store/json.js';
import {
  insertEvaluationRow,
  selectEvaluationByKey,
  selectEvaluationByKeyOrTurn,
  selectEvaluationByTurn,
} from '../../store/queries/hot-queries.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Db } from '../../store/store.js';
import { assertScope } from '../authorize.js';
import type { Escalation, TimelineEvent } from '../../core/escalation/escalation.js';
import type { StreamEvent } from '../../core/stream/stream-event.js';
import { followEvents } from '../lifecycle/follow-events.js';
import { toEscalation } from '../lifecycle/escalation-view.js';
import { appendCaseTurn, findOpenEscalation } from './append-case-turn.js';
import { insertEscalation, prepareEscalation } from '../lifecycle/insert-escalation.js';
import { insertShadowDecision } from '../../store/queries/insert-shadow-decision.js';
import { shadowDecisionRow, shadowRuntime } from '../playbooks/shadow-playbook.js';
import { enrichCase } from './enrich-case.js';

export interface EvaluateCaseInput {
  case: unknown;
  /** The `Idempotency-Key` header, if sent. */
  idempotencyKey?: string | undefined;
}

export interface EvaluationResult {
  decision: Decision;
  escalation: Escalation | null;
  /** True when this is the stored answer to an earlier identical request. */
  replayed: boolean;
  /** True when this request opened the escalation (a later turn joins the one already open). */
  opened: boolean;
}

/**
 * Idempotent on the case `id`+`turn` and on the idempotency key: a retry gets the first answer and
 * opens nothing new. Retries, and races between them, are settled by the unique indexes: the later
 * request's transaction rolls back and it returns the first one's answer.
 */
export async function evaluateCase({
  ctx,
  input,
}: {
  ctx: Context;
  input: EvaluateCaseInput;
}): Promise<EvaluationResult> {
  assertScope(ctx.actor, ['agent']);
  const asSent = validateCase(input.case) as Record<string, unknown> & { id: string; turn?: number };
  const caller = ctx.actor.keyId ?? '';
  const scopedKey =
    input.idempotencyKey === undefined ? null : `${ctx.actor.keyId ?? 'system'}:${input.idempotencyKey}`;
  const runtime = await ctx.playbook();
  const now = ctx.clock();
  // The CRM's fields join customer.* before deciding, so triggers, routes and the context see them.
  const enriched = await enrichCase(ctx, runtime, asSent, now);
  const caseValue = enriched.caseValue as typeof asSent;
  // Deciding is pure (frequency counts count each case id once), so a retry may decide again and
  // throw the result away.
  const decided = runtime.decider.decide(caseValue, now);
  const decision = enriched.outcome === null ? decided : { ...decided, enrichment: enriched.outcome };
  // What a new escalation would carry is built before the transaction, which then holds only reads and writes.
  const prepared =
    decision.action !== 'continue' && decision.route !== null
      ? prepareEscalation(runtime, {
          caseValue,
          decision,
          origin: 'evaluate',
          route: decision.route,
          priority: decision.priority ?? runtime.playbook.priorities.default,
          mode: decision.mode,
          explicitReason: null,
          approval:
            decision.action === 'require_approval' ? runtime.planApproval(caseValue, decision, now) : null,
        })
      : null;
  const decisionJson = prepared?.encoded.decision ?? encodeJson(decision);
  // A shadow version decides too; its decision is only recorded, never acted on.
  const shadow = await shadowRuntime(ctx);
  const shadowed =
    shadow === null || shadow.version === runtime.version
      ? null
      : { shadow, decision: shadow.decider.decide(caseValue, now) };
  const evaluationId = newId(now);
  let events: TimelineEvent[] = [];
  let published: StreamEvent[] = [];
  try {
    // A retry is found by the unique indexes on the evaluation (caller + Idempotency-Key, caller + case id +
    // turn), not by a look-up first: new requests are the rule, so they pay for no read. A retry's writes roll
    // back with its transaction, and it returns the first answer below.
    const result = await ctx.store.transaction(async (trx): Promise<EvaluationResult> => {
      let opened: Escalation | null = null;
      let isNew = false;
      const ongoing = await findOpenEscalation(trx, runtime, ctx.actor, caseValue.id);
      if (ongoing !== null) {
        if (decision.action === 'continue') {
          opened = toEscalation(ongoing);
        } else {
          const joined = await appendCaseTurn(
            trx,
            runtime,
            ctx.actor,
            ongoing,
            caseValue,
            decision,
            now,
            prepared,
          );
          events = joined.events;
          opened = toEscalation(joined.row);
        }
      } else if (prepared !== null) {
        isNew = true;
        const result = await insertEscalation(trx, runtime, ctx.actor, now, prepared);
        events = result.events;
        opened = toEscalation(result.row);
      }
      published = await followEvents(trx, runtime, events, now);
      await insertEvaluationRow(trx, {
        id: evaluationId,
        case_id: caseValue.id,
        turn: caseValue.turn ?? null,
        idempotency_key: scopedKey,
        playbook_version: runtime.version,
        confidence: decision.signals.confidence,
        task_type:
          typeof (caseValue.task as { type?: unknown } | undefined)?.type === 'string'
            ? (caseValue.task as { type: string }).type
            : null,
        risk: decision.signals.risk,
        action: decision.action,
        triggers: encodeJson(decision.reasons.map((reason) => reason.trigger)),
        decision: decisionJson,
        escalation_id: opened?.id ?? null,
        created_at: now,
        caller,
      });
      if (shadowed !== null) {
        await insertShadowDecision(
          trx,
          shadowDecisionRow(evaluationId, runtime.version, decision, shadowed.shadow, shadowed.decision, now),
        );
      }
      return { decision, escalation: opened, replayed: false, opened: isNew };
    });
    ctx.events.publish(published);
    return result;
  } catch (error) {
    if (ctx.store.isUniqueViolation(error)) {
      const winner = await findEarlier(ctx.store.db, caller, caseValue, scopedKey);
      if (winner !== null) {
        return winner;
      }
    }
    throw error;
  }
}

async function findEarlier(
  db: Db,
  caller: string,
  caseValue: { id: string; turn?: number },
  scopedKey: string | null,
): Promise<EvaluationResult | null> {
  const { id: caseId, turn } = caseValue;
  const rows =
    scopedKey !== null && turn !== undefined
      ? await selectEvaluationByKeyOrTurn(db, { caller, key: scopedKey, caseId, turn })
      : scopedKey !== null
        ? await selectEvaluationByKey(db, { caller, key: scopedKey })
        : turn !== undefined
          ? await selectEvaluationByTurn(db, { caller, caseId, turn })
          : [];
  const row = rows[0];
  if (row === undefined) {
    return null;
  }
  if (row.case_id !== caseValue.id) {
    throw new HandoffError('conflict', `Idempotency-Key was already used for case ${row.case_id}`, {
      path: 'Idempotency-Key',
    });
  }
  const escalation =
    row.escalation_id === null ? null : toEscalation(await selectEscalationRow(db, row.escalation_id));
  return { decision: decodeJson(row.decision) as Decision, escalation, replayed: true, opened: false };
}
