// The metrics report over a range: facts read from the store, arithmetic in src/core/metrics.
import type { Context } from '../../context.js';
import type { CaseFacts } from '../../core/metrics/case-facts.js';
import type { EscalationFacts } from '../../core/metrics/escalation-facts.js';
import { buildMetricsReport, type MetricsReport } from '../../core/metrics/metrics-report.js';
import { decodeJson, type JsonText } from '../../store/json.js';
import { selectCaseFacts } from '../../store/queries/select-case-facts.js';
import {
  selectFactsOpenedBetween,
  selectUnfinishedFacts,
} from '../../store/queries/select-escalation-facts-rows.js';
import { backfillEscalationFacts } from './backfill-escalation-facts.js';
import { type CheckedQuery, checkMetricsQuery } from './metrics-query.js';

const decodeFacts = (rows: readonly JsonText[]): EscalationFacts[] =>
  rows.map((text) => decodeJson(text) as EscalationFacts);

/** The escalation facts of a checked query's range (for the report and the CSV export). */
export async function readEscalationFacts(ctx: Context, query: CheckedQuery): Promise<EscalationFacts[]> {
  await backfillEscalationFacts(ctx);
  return decodeFacts(
    await selectFactsOpenedBetween(ctx.store.db, query.from, query.to, { teams: query.teams }),
  );
}

export async function getMetrics({ ctx, input }: { ctx: Context; input: unknown }): Promise<MetricsReport> {
  const query = await checkMetricsQuery(ctx, input);
  const [escalations, open, caseRows] = await Promise.all([
    readEscalationFacts(ctx, query),
    selectUnfinishedFacts(ctx.store.db, { teams: query.teams }),
    selectCaseFacts(ctx.store.db, query.from, query.to),
  ]);
  const cases: CaseFacts[] = caseRows.map((row) => ({
    caseId: row.case_id,
    firstSeenAt: row.first_seen,
    escalatedByDecision: row.escalated === 1,
    hasEscalation: row.has_escalation === 1,
    outcome: row.outcome,
    outcomeAt: row.outcome_at,
  }));
  return buildMetricsReport({
    from: query.from,
    to: query.to,
    tz: query.tz,
    interval: query.interval,
    groupBy: query.groupBy,
    now: ctx.clock(),
    escalations,
    cases,
    open: decodeFacts(open),
  });
}
