// The rollup path against the row path on random escalations (pure, no database): cells built by adding every
// resolved escalation (and adding then taking out others), read for random ranges, zones, intervals and
// groupings as the service reads them, give the report the rows give, percentiles within 1 %.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeRandom } from '../scripts/signals/random.js';
import type { CaseFacts } from '../src/core/metrics/case-facts.js';
import type { EscalationFacts } from '../src/core/metrics/escalation-facts.js';
import { buildMetricsReport, type GroupKey, groupKeys } from '../src/core/metrics/metrics-report.js';
import {
  DistAccumulator,
  keyOf,
  packDist,
  RELATIVE_ERROR,
  unpackDist,
  valueOfKey,
} from '../src/core/metrics/quantile-sketch.js';
import {
  type CellDelta,
  type ExtraPart,
  type HeadlinePart,
  HOUR_MS,
  headlineDimOf,
  isSettled,
  makeRollupDeltas,
  packCellData,
  unpackExtra,
  unpackHeadline,
  type StoredExtra,
  type StoredHeadline,
} from '../src/core/metrics/rollup-cells.js';
import { planHeadlineCells, planRollupRead } from '../src/core/metrics/rollup-plan.js';
import { buildRollupReport } from '../src/core/metrics/rollup-report.js';
import { percentileOfSorted } from '../src/core/metrics/stats.js';
import { expectSameReport } from './metrics-compare.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

function randomOf(seed: number) {
  const next = makeRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}

function randomFacts(rnd: ReturnType<typeof randomOf>, n: number, now: number): EscalationFacts {
  const openedAt = T0 + rnd.int(4 * DAY);
  const team = rnd.pick(['desk', 'billing', 'legal']);
  const resolved = rnd.next() < 0.7;
  const firstResponseMs = rnd.next() < 0.8 ? rnd.int(5 * HOUR_MS) : null;
  const resolvedAt = resolved ? Math.min(now, openedAt + rnd.int(2 * DAY)) : null;
  const outcome = resolved ? rnd.pick(['resolved', 'false_escalation', 'handed_back', 'duplicate']) : null;
  const approval = rnd.next() < 0.3 ? openedAt + rnd.int(HOUR_MS) : null;
  const category = resolved ? 'done' : rnd.pick(['open', 'paused'] as const);
  const status = resolved ? 'resolved' : rnd.pick(['new', 'in_progress', 'waiting']);
  return {
    id: `e-${n}`,
    caseId: `c-${n}`,
    openedAt,
    firstMessageAt: openedAt - rnd.int(HOUR_MS),
    team,
    tier: rnd.pick(['L1', 'L2', null]),
    assignee: rnd.pick(['ana', 'ben', null]),
    firstTaker: rnd.pick(['ana', 'bora', null]),
    priority: rnd.pick(['low', 'high']),
    channel: rnd.pick(['chat', 'email', null]),
    locale: rnd.pick(['tr', 'en', null]),
    trigger: rnd.pick(['human', 'invoice', 'explicit:billing']),
    playbookVersion: rnd.pick([1, 2]),
    status,
    category,
    statusSince: openedAt + rnd.int(HOUR_MS),
    firstResponseAt: firstResponseMs === null ? null : openedAt + firstResponseMs,
    firstResponseMs,
    firstResponseBusinessMs:
      firstResponseMs === null ? null : rnd.pick([null, Math.floor(firstResponseMs / 3)]),
    resolvedAt,
    resolutionMs: resolvedAt === null ? null : resolvedAt - openedAt + rnd.int(HOUR_MS),
    outcome,
    reroutes: rnd.int(2),
    tierChanges: rnd.int(2),
    reassignments: 0,
    reopens: rnd.int(2),
    handedBack: outcome === 'handed_back',
    firstContactResolution: outcome === 'resolved' ? rnd.next() < 0.6 : null,
    approvalRequestedAt: approval,
    approvalDecidedAt: approval === null || rnd.next() < 0.3 ? null : approval + rnd.int(3 * HOUR_MS),
    sla: rnd.pick<Record<string, string>>([
      {},
      { first_response: 'met' },
      { first_response: 'breached', resolution: 'running' },
    ]),
    nextDueAt: resolved ? null : rnd.pick([null, now + rnd.int(2 * HOUR_MS)]),
    statusDwell: { new: rnd.int(HOUR_MS), [rnd.pick(['in_progress', 'waiting'])]: rnd.int(DAY) },
    teamDwell: rnd.next() < 0.5 ? {} : { desk: rnd.int(DAY) },
    teamSince: openedAt + rnd.int(HOUR_MS),
  };
}

const inSpans = (t: number, spans: ReadonlyArray<readonly [number, number]>) =>
  spans.some(([a, b]) => t >= a && t < b);

/** Reads cells and rows as get-metrics does. */
function rollupReportOf(
  all: readonly EscalationFacts[],
  cells: readonly CellDelta[],
  query: {
    from: number;
    to: number;
    tz: string;
    interval: 'day' | 'hour';
    groupBy: GroupKey | null;
    now: number;
  },
  cases: readonly CaseFacts[],
) {
  const plan = planRollupRead(query.from, query.to, query.interval, query.tz);
  expect(plan).not.toBeNull();
  if (plan === null) {
    throw new Error('no plan');
  }
  const pick = (dim: string) =>
    cells.filter(
      (cell) =>
        cell.id.dim === dim &&
        ((cell.id.grain === 'd' && inSpans(cell.id.start, plan.daySpans)) ||
          (cell.id.grain === 'h' && inSpans(cell.id.start, plan.hourSpans))),
    );
  const hours = cells.filter(
    (cell) =>
      cell.id.dim === 'all' &&
      cell.id.start >= plan.cellsFrom &&
      cell.id.start < plan.cellsTo &&
      !plan.rowHours.has(cell.id.start) &&
      (cell.headline?.n ?? 0) !== 0,
  );
  const loose = all.filter(
    (facts) =>
      inSpans(facts.openedAt, plan.rowSpans) ||
      (!isSettled(facts) &&
        facts.openedAt >= plan.cellsFrom &&
        facts.openedAt < plan.cellsTo &&
        !plan.rowHours.has(Math.floor(facts.openedAt / HOUR_MS) * HOUR_MS)),
  );
  const groupDim = query.groupBy === null || query.groupBy === 'team' ? null : query.groupBy;
  return buildRollupReport({
    ...query,
    hours: hours.map((cell) => ({
      start: cell.id.start,
      team: cell.id.team,
      headline: cell.headline as HeadlinePart,
    })),
    extras: pick('extra').map((cell) => cell.extra as ExtraPart),
    groups:
      groupDim === null
        ? []
        : pick(groupDim).map((cell) => ({ value: cell.id.value, headline: cell.headline as HeadlinePart })),
    escalations: loose,
    cases,
    open: all.filter((facts) => facts.category !== 'done'),
  });
}

describe('quantile sketch', () => {
  test('every value lies within 1 % of its bucket', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e11, max: 1e11, noNaN: true }), (value) => {
        const got = valueOfKey(keyOf(value));
        expect(Math.abs(got - value)).toBeLessThanOrEqual(
          Math.max(1, Math.abs(value) * RELATIVE_ERROR * 1.0001),
        );
      }),
    );
  });

  test('merged percentiles are within 1 % of the nearest-rank ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3e9 }), { minLength: 1, maxLength: 300 }), (values) => {
        const acc = new DistAccumulator();
        values.forEach((value) => acc.addValue(value));
        const sorted = Float64Array.from(values).sort();
        for (const p of [50, 90]) {
          const exact = percentileOfSorted(sorted, p) ?? 0;
          expect(Math.abs((acc.percentile(p) ?? 0) - exact)).toBeLessThanOrEqual(exact * RELATIVE_ERROR + 1);
        }
      }),
    );
  });
});

describe('rollups against rows', () => {
  test('random escalations, ranges, zones and groupings give the same report', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...groupKeys, null),
        fc.constantFrom('UTC', 'Europe/Istanbul', 'Asia/Kolkata', 'America/New_York'),
        fc.constantFrom('day' as const, 'hour' as const),
        (seed, groupBy, tz, interval) => {
          const rnd = randomOf(seed);
          const now = T0 + 5 * DAY;
          const facts = Array.from({ length: 150 }, (_, n) => randomFacts(rnd, n, now));
          const deltas = makeRollupDeltas();
          for (const item of facts.filter(isSettled)) {
            deltas.add(item, 1);
          }
          // Changes that were undone: added, then taken out again.
          const gone = Array.from({ length: 40 }, (_, n) => randomFacts(rnd, 1000 + n, now)).filter(
            isSettled,
          );
          gone.forEach((item) => deltas.add(item, 1));
          gone.forEach((item) => deltas.add(item, -1));
          const from = T0 + rnd.int(DAY);
          const to = from + HOUR_MS * 3 + rnd.int(3 * DAY);
          const query = { from, to, tz, interval, groupBy, now };
          const cases: CaseFacts[] = Array.from({ length: 30 }, (_, n) => ({
            caseId: `k-${n}`,
            firstSeenAt: from + rnd.int(to - from),
            escalatedByDecision: rnd.next() < 0.5,
            hasEscalation: rnd.next() < 0.3,
            outcome: rnd.pick([null, 'resolved_by_ai', 'escalated_later']),
            outcomeAt: to + rnd.int(HOUR_MS),
          }));
          const exact = buildMetricsReport({
            ...query,
            escalations: facts.filter((item) => item.openedAt >= from && item.openedAt < to),
            cases,
            open: facts.filter((item) => item.category !== 'done'),
          });
          expectSameReport(rollupReportOf(facts, deltas.changed(), query, cases), exact);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Reads cells as get-metrics does now: the headline as day cells less hour cells, every cell packed and unpacked. */
function piecesReportOf(
  all: readonly EscalationFacts[],
  cells: readonly CellDelta[],
  query: Parameters<typeof rollupReportOf>[2],
  cases: readonly CaseFacts[],
) {
  const plan = planRollupRead(query.from, query.to, query.interval, query.tz);
  if (plan === null) {
    throw new Error('no plan');
  }
  const stored = (cell: CellDelta) =>
    JSON.parse(
      JSON.stringify(packCellData(cell.id.dim, (cell.headline ?? cell.extra) as HeadlinePart)),
    ) as unknown;
  const hours = planHeadlineCells(plan, query.interval, query.tz).flatMap((piece) =>
    cells
      .filter(
        (cell) =>
          cell.id.grain === piece.grain &&
          cell.id.start === piece.start &&
          cell.id.dim === headlineDimOf(piece.grain),
      )
      .map((cell) => ({
        start: cell.id.start,
        team: cell.id.team,
        headline: unpackHeadline(stored(cell) as StoredHeadline),
        sign: piece.sign,
        bucket: piece.bucket,
      })),
  );
  const inPlan = (cell: CellDelta) =>
    (cell.id.grain === 'd' && inSpans(cell.id.start, plan.daySpans)) ||
    (cell.id.grain === 'h' && inSpans(cell.id.start, plan.hourSpans));
  const groupDim = query.groupBy === null || query.groupBy === 'team' ? null : query.groupBy;
  const loose = all.filter(
    (facts) =>
      inSpans(facts.openedAt, plan.rowSpans) ||
      (!isSettled(facts) &&
        facts.openedAt >= plan.cellsFrom &&
        facts.openedAt < plan.cellsTo &&
        !plan.rowHours.has(Math.floor(facts.openedAt / HOUR_MS) * HOUR_MS)),
  );
  return {
    plan,
    hours,
    report: buildRollupReport({
      ...query,
      hours,
      extras: cells
        .filter((cell) => cell.id.dim === 'extra' && inPlan(cell))
        .map((cell) => unpackExtra(stored(cell) as StoredExtra)),
      groups:
        groupDim === null
          ? []
          : cells
              .filter((cell) => cell.id.dim === groupDim && inPlan(cell))
              .map((cell) => ({
                value: cell.id.value,
                headline: unpackHeadline(stored(cell) as StoredHeadline),
              })),
      escalations: loose,
      cases,
      open: all.filter((facts) => facts.category !== 'done'),
    }),
  };
}

describe('rollups read as day cells less hour cells', () => {
  test('a packed distribution unpacks to itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1300, max: 1300 }),
        fc.array(fc.integer({ min: -5_000_000, max: 5_000_000 }), { maxLength: 400 }),
        (first, counts) => {
          const dist = { n: counts.length, sum: first * 3, h: counts.length === 0 ? [] : [first, ...counts] };
          const packed = packDist(dist);
          expect(JSON.parse(JSON.stringify(packed))).toEqual(packed);
          expect(packed.c).not.toMatch(/["\\]/);
          expect(unpackDist(packed)).toEqual(dist);
        },
      ),
    );
  });

  test('random escalations over days, zones and groupings give the same report, from fewer cells', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...groupKeys, null),
        fc.constantFrom('UTC', 'Europe/Istanbul', 'Asia/Kolkata', 'America/New_York', 'Pacific/Chatham'),
        fc.constantFrom('day' as const, 'hour' as const),
        (seed, groupBy, tz, interval) => {
          const rnd = randomOf(seed);
          const now = T0 + 5 * DAY;
          const facts = Array.from({ length: 150 }, (_, n) => randomFacts(rnd, n, now));
          const deltas = makeRollupDeltas();
          facts.filter(isSettled).forEach((item) => deltas.add(item, 1));
          const gone = Array.from({ length: 40 }, (_, n) => randomFacts(rnd, 1000 + n, now)).filter(
            isSettled,
          );
          gone.forEach((item) => deltas.add(item, 1));
          gone.forEach((item) => deltas.add(item, -1));
          const from = T0 - DAY + rnd.int(DAY);
          const to = Math.min(from + HOUR_MS * 3 + rnd.int(5 * DAY), T0 + 5 * DAY);
          const query = { from, to, tz, interval, groupBy, now };
          const cases: CaseFacts[] = [];
          const exact = buildMetricsReport({
            ...query,
            escalations: facts.filter((item) => item.openedAt >= from && item.openedAt < to),
            cases,
            open: facts.filter((item) => item.category !== 'done'),
          });
          const { plan, hours, report } = piecesReportOf(facts, deltas.changed(), query, cases);
          expectSameReport(report, exact);
          if (tz === 'UTC' && interval === 'day') {
            // Whole UTC days are one cell each.
            const teamsSeen = new Set(hours.map((cell) => cell.team)).size;
            expect(hours.length).toBeLessThanOrEqual(
              teamsSeen * (2 * 24 + (plan.cellsTo - plan.cellsFrom) / DAY),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
