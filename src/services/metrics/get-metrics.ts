// The metrics report over a range: facts read from the store, arithmetic in src/core/metrics. A range of few
// escalations is computed from their facts rows (exact); a larger one merges the rollup cells of its whole hours
// and days with the rows of the rest (medians and p90s within 1 %, everything else exact).
import type { Context } from '../../context.js';
import type { CaseFacts } from '../../core/metrics/case-facts.js';
import type { EscalationFacts } from '../../core/metrics/escalation-facts.js';
import { buildMetricsReport, type MetricsReport } from '../../core/metrics/metrics-report.js';
import type { ExtraPart, HeadlinePart } from '../../core/metrics/rollup-cells.js';
import { planRollupRead, type RollupPlan } from '../../core/metrics/rollup-plan.js';
import { buildRollupReport } from '../../core/metrics/rollup-report.js';
import { decodeJson, type JsonText } from '../../store/json.js';
import { selectCaseFacts } from '../../store/queries/select-case-facts.js';
import {
  selectFactsOpenedBetween,
  selectFactsOpenedIn,
  selectUnfinishedFacts,
  selectUnsettledFactsBetween,
} from '../../store/queries/select-escalation-facts-rows.js';
import { selectRollupCells } from '../../store/queries/select-metric-rollups.js';
import { backfillEscalationFacts } from './backfill-escalation-facts.js';
import { type CheckedQuery, checkMetricsQuery } from './metrics-query.js';

/** Below this many escalations in the range the report reads their rows and is exact. */
export const EXACT_BELOW = 5_000;

/** How a report is computed: from rows, from rollups, or (auto) by the size of the range. */
export type MetricsPath = 'auto' | 'rows' | 'rollups';

const decodeFacts = (rows: readonly JsonText[]): EscalationFacts[] =>
  rows.map((text) => decodeJson(text) as EscalationFacts);

/** The escalation facts of a checked query's range (for the report and the CSV export). */
export async function readEscalationFacts(ctx: Context, query: CheckedQuery): Promise<EscalationFacts[]> {
  await backfillEscalationFacts(ctx);
  return decodeFacts(
    await selectFactsOpenedBetween(ctx.store.db, query.from, query.to, { teams: query.teams }),
  );
}

async function readCases(ctx: Context, query: CheckedQuery): Promise<CaseFacts[]> {
  const rows = await selectCaseFacts(ctx.store.db, query.from, query.to);
  return rows.map((row) => ({
    caseId: row.case_id,
    firstSeenAt: row.first_seen,
    escalatedByDecision: row.escalated === 1,
    hasEscalation: row.has_escalation === 1,
    outcome: row.outcome,
    outcomeAt: row.outcome_at,
  }));
}

async function reportFromRows(ctx: Context, query: CheckedQuery): Promise<MetricsReport> {
  const [escalations, open, cases] = await Promise.all([
    readEscalationFacts(ctx, query),
    selectUnfinishedFacts(ctx.store.db, { teams: query.teams }),
    readCases(ctx, query),
  ]);
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

const HOUR_MS = 3_600_000;

async function reportFromRollups(
  ctx: Context,
  query: CheckedQuery,
  plan: RollupPlan,
  hourRows: Awaited<ReturnType<typeof selectRollupCells>>,
): Promise<MetricsReport> {
  const { db } = ctx.store;
  const { teams } = query;
  const cellsOf = async (dim: string) => [
    ...(await selectRollupCells(db, { dim, grain: 'd', spans: plan.daySpans, teams })),
    ...(await selectRollupCells(db, { dim, grain: 'h', spans: plan.hourSpans, teams })),
  ];
  const groupDim = query.groupBy === null || query.groupBy === 'team' ? null : query.groupBy;
  const [extraRows, groupRows, rows, unsettled, open, cases] = await Promise.all([
    cellsOf('extra'),
    groupDim === null ? [] : cellsOf(groupDim),
    selectFactsOpenedIn(db, plan.rowSpans, { teams }),
    selectUnsettledFactsBetween(db, plan.cellsFrom, plan.cellsTo, { teams }),
    selectUnfinishedFacts(db, { teams }),
    readCases(ctx, query),
  ]);
  const loose = decodeFacts(rows);
  for (const facts of decodeFacts(unsettled)) {
    if (!plan.rowHours.has(Math.floor(facts.openedAt / HOUR_MS) * HOUR_MS)) {
      loose.push(facts);
    }
  }
  return buildRollupReport({
    from: query.from,
    to: query.to,
    tz: query.tz,
    interval: query.interval,
    groupBy: query.groupBy,
    now: ctx.clock(),
    hours: hourRows.map((row) => ({
      start: row.start,
      team: row.team,
      headline: decodeJson(row.data) as HeadlinePart,
    })),
    extras: extraRows.map((row) => decodeJson(row.data) as ExtraPart),
    groups: groupRows.map((row) => ({ value: row.value, headline: decodeJson(row.data) as HeadlinePart })),
    escalations: loose,
    cases,
    open: decodeFacts(open),
  });
}

/** The report of a checked query, by the path asked for (tests compare the two). */
export async function reportMetrics(
  ctx: Context,
  query: CheckedQuery,
  path: MetricsPath,
): Promise<MetricsReport> {
  const plan = path === 'rows' ? null : planRollupRead(query.from, query.to, query.interval, query.tz);
  if (plan === null) {
    return reportFromRows(ctx, query);
  }
  await backfillEscalationFacts(ctx);
  const hourRows = (
    await selectRollupCells(ctx.store.db, {
      dim: 'all',
      grain: 'h',
      spans: [[plan.cellsFrom, plan.cellsTo]],
      teams: query.teams,
    })
  ).filter((row) => row.n !== 0 && !plan.rowHours.has(row.start));
  if (path === 'auto' && hourRows.reduce((sum, row) => sum + row.n, 0) < EXACT_BELOW) {
    return reportFromRows(ctx, query);
  }
  return reportFromRollups(ctx, query, plan, hourRows);
}

export async function getMetrics({ ctx, input }: { ctx: Context; input: unknown }): Promise<MetricsReport> {
  return reportMetrics(ctx, await checkMetricsQuery(ctx, input), 'auto');
}
