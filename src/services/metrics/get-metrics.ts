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
} from '../../core/metrics/rollup-cells.js';
import {
  type HeadlinePiece,
  planHeadlineCells,
  planRollupRead,
  type RollupPlan,
} from '../../core/metrics/rollup-plan.js';
import { RollupReportBuilder } from '../../core/metrics/rollup-report.js';
import { decodeJson, type JsonText } from '../../store/json.js';
import { selectCaseFacts } from '../../store/queries/select-case-facts.js';
import {
  selectFactsOpenedBetween,
  selectFactsOpenedIn,
  selectUnfinishedFacts,
  selectUnsettledFactsBetween,
} from '../../store/queries/select-escalation-facts-rows.js';
import { type RollupCellRow, selectRollupCells } from '../../store/queries/select-metric-rollups.js';
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

/** What every report of a query shares, whichever reader (rows or rollups) builds it. */
function reportFrame(ctx: Context, query: CheckedQuery) {
  return {
    from: query.from,
    to: query.to,
    tz: query.tz,
    interval: query.interval,
    groupBy: query.groupBy,
    now: ctx.clock(),
  };
}

async function reportFromRows(ctx: Context, query: CheckedQuery): Promise<MetricsReport> {
  const [escalations, open, cases] = await Promise.all([
    readEscalationFacts(ctx, query),
    selectUnfinishedFacts(ctx.store.db, { teams: query.teams }),
    readCases(ctx, query),
  ]);
  return buildMetricsReport({
    ...reportFrame(ctx, query),
    escalations,
    cases,
    open: decodeFacts(open),
  });
}

const HOUR_MS = 3_600_000;

type Span = readonly [number, number];

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

/**
 * At most how long a stretch of cell starts one query reads: a month's cells are read a day (hour cells) or a
 * week (day cells) at a time and added to the report as they come, so no chunk's rows outlive the next one
 * (holding all of them made the garbage collector copy every cell's text once or twice).
 */
const CHUNK_MS = { h: DAY_MS, d: 7 * DAY_MS } as const;

/** The spans in queries of at most `length` ms from the first start to the last end. */
function chunksOf(spans: readonly Span[], length: number): Span[][] {
  const chunks: Span[][] = [];
  let chunk: Span[] = [];
  for (const [from, to] of spans) {
    for (let at = from; at < to; at += length) {
      const piece: Span = [at, Math.min(to, at + length)];
      if (chunk.length > 0 && piece[1] - (chunk[0]?.[0] ?? 0) > length) {
        chunks.push(chunk);
        chunk = [];
      }
      chunk.push(piece);
    }
  }
  if (chunk.length > 0) {
    chunks.push(chunk);
  }
  return chunks;
}

/**
 * Reads the cells of one kind and grain over some spans a chunk at a time, handing each chunk's rows on before the
 * next is kept (the next query is already sent, so PostgreSQL's round trips overlap the decoding).
 */
async function forEachCellChunk(
  ctx: Context,
  query: CheckedQuery,
  { dim, grain, spans }: { dim: string; grain: 'h' | 'd'; spans: readonly Span[] },
  handle: (rows: RollupCellRow[]) => void,
): Promise<void> {
  const read = (chunk: Span[]) =>
    selectRollupCells(ctx.store.db, { dim, grain, spans: chunk, teams: query.teams });
  const chunks = chunksOf(spans, CHUNK_MS[grain]);
  let next = chunks.length === 0 ? null : read(chunks[0] ?? []);
  for (let i = 0; next !== null; i += 1) {
    const rows = await next;
    const following = chunks[i + 1];
    next = following === undefined ? null : read(following);
    // A failure of the query sent ahead is seen by its await; until then it must not count as unhandled.
    next?.catch(() => undefined);
    handle(rows);
  }
}

/**
 * Adds the headline cells of the plan's whole hours to the report, each with the sign and series bucket it counts
 * in; returns how many escalations they count.
 */
async function readHeadlineCells(
  ctx: Context,
  query: CheckedQuery,
  plan: RollupPlan,
  builder: RollupReportBuilder,
): Promise<number> {
  const pieces = planHeadlineCells(plan, query.interval, query.tz);
  const uses = new Map<string, HeadlinePiece[]>();
  for (const piece of pieces) {
    const key = `${piece.grain}|${piece.start}`;
    uses.set(key, [...(uses.get(key) ?? []), piece]);
  }
  const startsOf = (grain: 'h' | 'd') => pieces.filter((piece) => piece.grain === grain).map((p) => p.start);
  let counted = 0;
  for (const grain of ['d', 'h'] as const) {
    const spans = spansOf(startsOf(grain), grain === 'd' ? DAY_MS : HOUR_MS);
    await forEachCellChunk(ctx, query, { dim: headlineDimOf(grain), grain, spans }, (rows) => {
      for (const row of rows) {
        const used = row.n === 0 ? undefined : uses.get(`${grain}|${row.start}`);
        if (used !== undefined) {
          const headline = decodeJson(row.data) as StoredHeadline;
          for (const { sign, bucket } of used) {
            builder.addHeadlineCell({ start: row.start, team: row.team, headline, sign, bucket });
            counted += sign * row.n;
          }
        }
      }
    });
  }
  return counted;
}

async function reportFromRollups(
  ctx: Context,
  query: CheckedQuery,
  plan: RollupPlan,
  builder: RollupReportBuilder,
): Promise<MetricsReport> {
  const { db } = ctx.store;
  const { teams } = query;
  const rest = Promise.all([selectUnfinishedFacts(db, { teams }), readCases(ctx, query)]);
  rest.catch(() => undefined);
  /** Every cell of a kind (by grain) over the range's whole UTC days and its other whole hours. */
  const eachCell = async (dimOf: (grain: 'h' | 'd') => string, handle: (row: RollupCellRow) => void) => {
    for (const [grain, spans] of [
      ['d', plan.daySpans],
      ['h', plan.hourSpans],
    ] as const) {
      await forEachCellChunk(ctx, query, { dim: dimOf(grain), grain, spans }, (rows) => rows.forEach(handle));
    }
  };
  const { groupBy } = query;
  if (groupBy === 'team') {
    // A team's group is its headline cells, a cell a UTC day where it can, rather than every hour cell again.
    await eachCell(headlineDimOf, (row) =>
      builder.addGroupCell(row.team, decodeJson(row.data) as StoredHeadline),
    );
  } else if (groupBy !== null) {
    await eachCell(
      () => groupBy,
      (row) => builder.addGroupCell(row.value, decodeJson(row.data) as StoredHeadline),
    );
  }
  await eachCell(
    () => 'extra',
    (row) => builder.addExtra(decodeJson(row.data) as StoredExtra),
  );
  for (const text of await selectFactsOpenedIn(db, plan.rowSpans, { teams })) {
    builder.addEscalation(decodeJson(text) as EscalationFacts);
  }
  for (const text of await selectUnsettledFactsBetween(db, plan.cellsFrom, plan.cellsTo, { teams })) {
    const facts = decodeJson(text) as EscalationFacts;
    if (!plan.rowHours.has(Math.floor(facts.openedAt / HOUR_MS) * HOUR_MS)) {
      builder.addEscalation(facts);
    }
  }
  const [open, cases] = await rest;
  return builder.build(cases, decodeFacts(open));
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
  const builder = new RollupReportBuilder({
    ...reportFrame(ctx, query),
    teamGroupCells: true,
  });
  const counted = await readHeadlineCells(ctx, query, plan, builder);
  if (path === 'auto' && counted < EXACT_BELOW) {
    return reportFromRows(ctx, query);
  }
  return reportFromRollups(ctx, query, plan, builder);
}

export async function getMetrics({ ctx, input }: { ctx: Context; input: unknown }): Promise<MetricsReport> {
  return reportMetrics(ctx, await checkMetricsQuery(ctx, input), 'auto');
}
