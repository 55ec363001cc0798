// The AI system reports how a conversation ended (resolved by the AI, escalated later, …): the latest report wins.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { selectCaseEvaluated } from '../../store/queries/select-case-evaluated.js';
import { upsertCaseOutcome } from '../../store/queries/upsert-case-outcome.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { ReportCaseOutcomeInput } from './inputs.js';

export interface CaseOutcomeView {
  caseId: string;
  outcome: string;
  at: string;
  recordedAt: string;
}

export async function reportCaseOutcome({
  ctx,
  caseId,
  input,
}: {
  ctx: Context;
  caseId: string;
  input: unknown;
}): Promise<CaseOutcomeView> {
  assertScope(ctx.actor, ['agent']);
  const { outcome, at } = parseInput(ReportCaseOutcomeInput, input);
  const now = ctx.clock();
  const happenedAt = Date.parse(at);
  await ctx.store.transaction(async (trx) => {
    if (!(await selectCaseEvaluated(trx, caseId))) {
      throw new HandoffError(
        'not_found',
        `no case ${caseId}: outcomes are reported for cases Handoff evaluated (POST /v1/evaluate)`,
        { path: 'id' },
      );
    }
    await upsertCaseOutcome(trx, {
      case_id: caseId,
      outcome,
      at: happenedAt,
      recorded_at: now,
      recorded_by: ctx.actor.keyId,
    });
  });
  return {
    caseId,
    outcome,
    at: new Date(happenedAt).toISOString(),
    recordedAt: new Date(now).toISOString(),
  };
}
