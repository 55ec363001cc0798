// The metrics report over a range: facts read from the store, arithmetic in src/core/metrics. A range of few
// escalations is computed from their facts rows (exact); a larger one merges the rollup cells of its whole hours
// and days with the rows of the rest (medians and p90s within 1 %, everything else exact).
import type { Context } from '../../context.js';
import type { CaseFacts } from '../../core/metrics/case-facts.js';
import type { EscalationFacts } from '../../core/metrics/escalation-facts.js';
import { buildMetricsReport, type MetricsReport } from '../../core/metrics/metrics-report.js';
import {
  DAY_MS,
  headlineDimOf,
  type StoredExtra,
  type StoredHeadline,
  unpackExtra,
} from '../../core/metrics/rollup-cells.js';
import {
  type HeadlinePiece,
  planHeadlineCells,
  planRollupRead,
  type RollupPlan,
} from '../../core/metrics/rollup-plan.js';
import { buildRollupReport, type RollupReportInput } from '../../core/metrics/rollup-report.js';
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

type HeadlineCell = RollupReportInput['hours'][number];

/** Contiguous spans of some cell starts `size` apart. */
function spansOf(starts: readonly number[], size: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] === start) {
      last[1] = start + size;
    } else {
      spans.push([start, start + size]);
    }
  }
  return spans;
}

/** The headline cells of the plan's whole hours, each with the sign and series bucket it counts in. */
async function readHeadlineCells(
  ctx: Context,
  query: CheckedQuery,
  plan: RollupPlan,
): Promise<HeadlineCell[]> {
  const pieces = planHeadlineCells(plan, query.interval, query.tz);
  const uses = new Map<string, HeadlinePiece[]>();
  for (const piece of pieces) {
    const key = `${piece.grain}|${piece.start}`;
    uses.set(key, [...(uses.get(key) ?? []), piece]);
  }
  const startsOf = (grain: 'h' | 'd') => pieces.filter((piece) => piece.grain === grain).map((p) => p.start);
  const read = (grain: 'h' | 'd') =>
    selectRollupCells(ctx.store.db, {
      dim: headlineDimOf(grain),
      grain,
      spans: spansOf(startsOf(grain), grain === 'd' ? DAY_MS : HOUR_MS),
      teams: query.teams,
    });
  const [days, hours] = await Promise.all([read('d'), read('h')]);
  const cells: HeadlineCell[] = [];
  for (const [grain, rows] of [
    ['d', days],
    ['h', hours],
  ] as const) {
    for (const row of rows) {
      const used = row.n === 0 ? undefined : uses.get(`${grain}|${row.start}`);
      if (used !== undefined) {
        const headline = decodeJson(row.data) as StoredHeadline;
        for (const { sign, bucket } of used) {
          cells.push({ start: row.start, team: row.team, headline, sign, bucket });
        }
      }
    }
  }
  return cells;
}

async function reportFromRollups(
  ctx: Context,
  query: CheckedQuery,
  plan: RollupPlan,
  hours: HeadlineCell[],
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
    hours,
    extras: extraRows.map((row) => unpackExtra(decodeJson(row.data) as StoredExtra)),
    groups: groupRows.map((row) => ({
      value: row.value,
      headline: decodeJson(row.data) as StoredHeadline,
    })),
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
  const hours = await readHeadlineCells(ctx, query, plan);
  if (
    path === 'auto' &&
    hours.reduce((sum, cell) => sum + (cell.sign ?? 1) * cell.headline.n, 0) < EXACT_BELOW
  ) {
    return reportFromRows(ctx, query);
  }
  return reportFromRollups(ctx, query, plan, hours);
}

export async function getMetrics({ ctx, input }: { ctx: Context; input: unknown }): Promise<MetricsReport> {
  return reportMetrics(ctx, await checkMetricsQuery(ctx, input), 'auto');
}
