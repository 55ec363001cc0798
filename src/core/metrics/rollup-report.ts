// The metrics report from rollup cells plus the escalations the cells do not hold (the range's partial hours, the
// unresolved ones): the same figures as buildMetricsReport, with medians and p90s read from merged histograms
// (within RELATIVE_ERROR) and everything else exact. Pure: `now` is passed in.
import { type CaseFacts, isKept, isMissed, notEscalatedResolutionMs } from './case-facts.js';
import type { EscalationFacts } from './escalation-facts.js';
import {
  type DwellSummary,
  type GroupKey,
  type Headline,
  type MetricsReport,
  backlogOf,
  groupValueOf,
} from './metrics-report.js';
import { type Dist, DistAccumulator } from './quantile-sketch.js';
import {
  type ExtraPart,
  type HeadlinePart,
  type StoredHeadline,
  extraOfFacts,
  headlineOfFacts,
} from './rollup-cells.js';
import { rateOf, summarize } from './stats.js';
import { type Interval, makeBucketStart } from './time-buckets.js';

export interface RollupReportInput {
  from: number;
  to: number;
  tz: string;
  interval: Interval;
  groupBy: GroupKey | null;
  now: number;
  /**
   * Cells of every team's headline: hour cells none of which straddles a series bucket, or cells added (sign 1,
   * the default) and taken away (-1) in a series bucket given (default: the bucket of the cell's start).
   */
  hours: ReadonlyArray<{
    start: number;
    team: string;
    /** As summed, or as stored (its histograms then read straight from the packed text). */
    headline: HeadlinePart | StoredHeadline;
    sign?: 1 | -1;
    bucket?: number;
  }>;
  /** The rest of the report, summed over the range's cells. */
  extras: readonly ExtraPart[];
  /** The headline per value of `groupBy` (unless it is team, which `hours` carry). */
  groups: ReadonlyArray<{ value: string; headline: HeadlinePart | StoredHeadline }>;
  /** Escalations opened in the range that no cell holds. */
  escalations: readonly EscalationFacts[];
  cases: readonly CaseFacts[];
  open: readonly EscalationFacts[];
}

class HeadlineAccumulator {
  n = 0;
  byPerson = 0;
  fcr = 0;
  readonly fr = new DistAccumulator();
  readonly frb = new DistAccumulator();
  readonly res = new DistAccumulator();

  add(part: HeadlinePart | StoredHeadline, sign: 1 | -1 = 1): void {
    this.n += sign * part.n;
    this.byPerson += sign * part.byPerson;
    this.fcr += sign * part.fcr;
    this.fr.add(part.fr, sign);
    this.frb.add(part.frb, sign);
    this.res.add(part.res, sign);
  }

  headline(cases: readonly CaseFacts[]): Headline {
    const notEscalated: number[] = [];
    for (const facts of cases) {
      const ms = notEscalatedResolutionMs(facts);
      if (ms !== null) {
        notEscalated.push(ms);
      }
    }
    const calendar = this.fr.summary();
    const working = this.frb.summary();
    return {
      timeToFirstHumanResponse: {
        ...calendar,
        businessMedian: working.median,
        businessP90: working.p90,
        businessMean: working.mean,
      },
      resolutionTime: { escalated: this.res.summary(), notEscalated: summarize(notEscalated) },
      firstContactResolution: { rate: rateOf(this.fcr, this.byPerson), count: this.byPerson },
    };
  }
}

function accumulate(
  map: Map<string, HeadlineAccumulator>,
  key: string,
  part: HeadlinePart | StoredHeadline,
  sign: 1 | -1 = 1,
): void {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = new HeadlineAccumulator();
    map.set(key, acc);
  }
  acc.add(part, sign);
}

function addDistTo(map: Map<string, DistAccumulator>, key: string, dist: Dist): void {
  let acc = map.get(key);
  if (acc === undefined) {
    acc = new DistAccumulator();
    map.set(key, acc);
  }
  acc.add(dist);
}

function bottlenecksOf(statuses: Map<string, DistAccumulator>, teams: Map<string, DistAccumulator>) {
  const summarized = <K extends string>(map: Map<string, DistAccumulator>, name: K) =>
    [...map.entries()]
      .filter(([, acc]) => acc.n > 0)
      .map(([key, acc]) => {
        const { median, p90 } = acc.summary();
        return { [name]: key, median, p90, total: acc.sum, count: acc.n } as {
          [P in K]: string;
        } & DwellSummary;
      })
      .sort((a, b) => b.total - a.total);
  const byStatus = summarized(statuses, 'status');
  const byTeam = summarized(teams, 'team');
  const longest = <T extends DwellSummary>(list: readonly T[], nameOf: (item: T) => string) => {
    const best = [...list].sort((a, b) => (b.median ?? 0) - (a.median ?? 0))[0];
    return best === undefined ? null : nameOf(best);
  };
  return {
    byStatus,
    byTeam,
    waitsLongest: {
      status: longest(byStatus, (item) => item.status),
      team: longest(byTeam, (item) => item.team),
    },
  };
}

/** Builds the report from cells and loose escalations; equal to buildMetricsReport but for percentiles. */
export function buildRollupReport(input: RollupReportInput): MetricsReport {
  const { groupBy, now, cases } = input;
  const total = new HeadlineAccumulator();
  const bucketOf = makeBucketStart(input.interval, input.tz);
  const series = new Map<string, HeadlineAccumulator>();
  const groups = new Map<string, HeadlineAccumulator>();
  for (const cell of input.hours) {
    const sign = cell.sign ?? 1;
    total.add(cell.headline, sign);
    accumulate(series, String(cell.bucket ?? bucketOf(cell.start)), cell.headline, sign);
    if (groupBy === 'team') {
      accumulate(groups, cell.team, cell.headline, sign);
    }
  }
  if (groupBy !== null && groupBy !== 'team') {
    for (const cell of input.groups) {
      accumulate(groups, cell.value, cell.headline);
    }
  }
  const extras = [...input.extras];
  for (const facts of input.escalations) {
    const headline = headlineOfFacts(facts);
    total.add(headline);
    accumulate(series, String(bucketOf(facts.openedAt)), headline);
    if (groupBy !== null) {
      accumulate(groups, groupValueOf(facts, groupBy), headline);
    }
    extras.push(extraOfFacts(facts, now));
  }
  const counts = { finished: 0, falseOnes: 0, rerouted: 0, reopened: 0, handedBack: 0 };
  const triggers: Record<string, number> = {};
  const sla: MetricsReport['sla'] = {};
  const approvals = new DistAccumulator();
  const statuses = new Map<string, DistAccumulator>();
  const teams = new Map<string, DistAccumulator>();
  for (const extra of extras) {
    counts.finished += extra.finished;
    counts.falseOnes += extra.falseOnes;
    counts.rerouted += extra.rerouted;
    counts.reopened += extra.reopened;
    counts.handedBack += extra.handedBack;
    for (const [trigger, count] of Object.entries(extra.triggers)) {
      triggers[trigger] = (triggers[trigger] ?? 0) + count;
    }
    for (const [metric, [met, breached, seen]] of Object.entries(extra.sla)) {
      if (seen > 0) {
        const clock = (sla[metric] ??= { met: 0, breached: 0, rate: null });
        clock.met += met;
        clock.breached += breached;
      }
    }
    approvals.add(extra.approvals);
    for (const [status, dist] of Object.entries(extra.statusDwell)) {
      addDistTo(statuses, status, dist);
    }
    for (const [team, dist] of Object.entries(extra.teamDwell)) {
      addDistTo(teams, team, dist);
    }
  }
  for (const clock of Object.values(sla)) {
    clock.rate = rateOf(clock.met, clock.met + clock.breached);
  }
  const caseBuckets = new Map<string, CaseFacts[]>();
  for (const facts of cases) {
    const key = String(bucketOf(facts.firstSeenAt));
    const list = caseBuckets.get(key);
    if (list === undefined) {
      caseBuckets.set(key, [facts]);
    } else {
      list.push(facts);
    }
  }
  const starts = [
    ...new Set([
      ...[...series.entries()].filter(([, acc]) => acc.n > 0).map(([key]) => key),
      ...caseBuckets.keys(),
    ]),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  const kept = cases.filter(isKept);
  const missed = kept.filter(isMissed).length;
  const evaluated = cases.length;
  return {
    from: new Date(input.from).toISOString(),
    to: new Date(input.to).toISOString(),
    tz: input.tz,
    interval: input.interval,
    groupBy,
    headline: total.headline(cases),
    rates: {
      evaluatedCases: evaluated,
      escalations: total.n,
      escalationRate: rateOf(cases.filter((facts) => facts.escalatedByDecision).length, evaluated),
      escalationRateByTrigger: Object.fromEntries(
        Object.entries(triggers)
          .filter(([, count]) => count > 0)
          .map(([trigger, count]) => [trigger, rateOf(count, evaluated)]),
      ),
      falseEscalationRate: rateOf(counts.falseOnes, counts.finished),
      missedEscalationRate: rateOf(missed, kept.length),
      missedEscalations: missed,
      rerouteRate: rateOf(counts.rerouted, total.n),
      reopenRate: rateOf(counts.reopened, total.n),
      handBackRate: rateOf(counts.handedBack, total.n),
    },
    sla,
    approvalTurnaround: approvals.summary(),
    backlog: backlogOf(input.open, now),
    bottlenecks: bottlenecksOf(statuses, teams),
    groups: [...groups.entries()]
      .filter(([, acc]) => acc.n > 0)
      .map(([key, acc]) => ({ key, escalations: acc.n, ...acc.headline([]) }))
      .sort((a, b) => b.escalations - a.escalations || a.key.localeCompare(b.key)),
    series: starts.map((start) => {
      const acc = series.get(String(start)) ?? new HeadlineAccumulator();
      return {
        at: new Date(start).toISOString(),
        escalations: acc.n,
        ...acc.headline(caseBuckets.get(String(start)) ?? []),
      };
    }),
  };
}
