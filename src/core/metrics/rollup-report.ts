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
  reportRangeOf,
} from './metrics-report.js';
import { type Dist, DistAccumulator, type PackedDist } from './quantile-sketch.js';
import {
  type ExtraPart,
  type HeadlinePart,
  type StoredExtra,
  type StoredHeadline,
  extraOfFacts,
  headlineOfFacts,
  unpackHeadline,
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
  /** The rest of the report, summed over the range's cells (as summed, or as stored). */
  extras: ReadonlyArray<ExtraPart | StoredExtra>;
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

  /** Adds what another accumulator summed (the same as adding its parts again, without decoding them twice). */
  addAccumulator(other: HeadlineAccumulator): void {
    this.n += other.n;
    this.byPerson += other.byPerson;
    this.fcr += other.fcr;
    this.fr.addAccumulator(other.fr);
    this.frb.addAccumulator(other.frb);
    this.res.addAccumulator(other.res);
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

function addDistTo(map: Map<string, DistAccumulator>, key: string, dist: Dist | PackedDist): void {
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

type HeadlineCell = RollupReportInput['hours'][number];

/**
 * The report built a piece at a time, so a caller can add cells as it reads them and keep none (a million
 * escalations' cells are read in chunks that die young). Add headline cells, group cells, extras, then loose
 * escalations, in that order; `build` once.
 */
export class RollupReportBuilder {
  private readonly bucketOf: (at: number) => number;
  // Every headline part counts in one series bucket; the total is the sum of the buckets, so each packed
  // histogram is decoded once (twice only when it counts in a team's group too, from its unpacked form, unless
  // the team groups come from group cells).
  private readonly series = new Map<string, HeadlineAccumulator>();
  private readonly groups = new Map<string, HeadlineAccumulator>();
  private readonly counts = { finished: 0, falseOnes: 0, rerouted: 0, reopened: 0, handedBack: 0 };
  private readonly triggers: Record<string, number> = {};
  private readonly sla: MetricsReport['sla'] = {};
  private readonly approvals = new DistAccumulator();
  private readonly statuses = new Map<string, DistAccumulator>();
  private readonly teams = new Map<string, DistAccumulator>();

  /**
   * `teamGroupCells`: the groups of `groupBy` team come from group cells (each team's day and hour headline cells,
   * added with addGroupCell like any grouping's) rather than from the headline cells, whose histograms would
   * otherwise be decoded for the series and again for the team.
   */
  constructor(
    private readonly options: Omit<
      RollupReportInput,
      'hours' | 'extras' | 'groups' | 'escalations' | 'cases' | 'open'
    > & { teamGroupCells?: boolean },
  ) {
    this.bucketOf = makeBucketStart(options.interval, options.tz);
  }

  /** Whether a group's headline comes from group cells (addGroupCell). */
  private get groupsFromCells(): boolean {
    const { groupBy, teamGroupCells } = this.options;
    return groupBy !== null && (groupBy !== 'team' || teamGroupCells === true);
  }

  /** A cell of every team's headline (see RollupReportInput.hours). */
  addHeadlineCell(cell: HeadlineCell): void {
    const sign = cell.sign ?? 1;
    const bucket = String(cell.bucket ?? this.bucketOf(cell.start));
    if (this.options.groupBy === 'team' && !this.groupsFromCells) {
      const headline =
        'c' in cell.headline.fr ? unpackHeadline(cell.headline as StoredHeadline) : cell.headline;
      accumulate(this.series, bucket, headline, sign);
      accumulate(this.groups, cell.team, headline, sign);
    } else {
      accumulate(this.series, bucket, cell.headline, sign);
    }
  }

  /** The headline of one value of `groupBy` (unless it is team and the headline cells carry it). */
  addGroupCell(value: string, headline: HeadlinePart | StoredHeadline): void {
    if (this.groupsFromCells) {
      accumulate(this.groups, value, headline);
    }
  }

  /** The rest of the report of some cells (as summed, or as stored). */
  addExtra(extra: ExtraPart | StoredExtra): void {
    const { counts, triggers, sla } = this;
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
    this.approvals.add(extra.approvals);
    for (const [status, dist] of Object.entries(extra.statusDwell)) {
      addDistTo(this.statuses, status, dist);
    }
    for (const [team, dist] of Object.entries(extra.teamDwell)) {
      addDistTo(this.teams, team, dist);
    }
  }

  /** An escalation opened in the range that no cell holds. */
  addEscalation(facts: EscalationFacts): void {
    const { groupBy, now } = this.options;
    const headline = headlineOfFacts(facts);
    accumulate(this.series, String(this.bucketOf(facts.openedAt)), headline);
    if (groupBy !== null) {
      accumulate(this.groups, groupValueOf(facts, groupBy), headline);
    }
    this.addExtra(extraOfFacts(facts, now));
  }

  build(cases: readonly CaseFacts[], open: readonly EscalationFacts[]): MetricsReport {
    const { groupBy, now } = this.options;
    const { bucketOf, series, groups, counts, triggers, sla, approvals, statuses, teams } = this;
    const input = { ...this.options, open };
    const total = new HeadlineAccumulator();
    for (const acc of series.values()) {
      total.addAccumulator(acc);
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
      ...reportRangeOf(input, groupBy),
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
}

/** Builds the report from cells and loose escalations; equal to buildMetricsReport but for percentiles. */
export function buildRollupReport(input: RollupReportInput): MetricsReport {
  const { hours, extras, groups, escalations, cases, open, ...options } = input;
  const builder = new RollupReportBuilder(options);
  for (const cell of hours) {
    builder.addHeadlineCell(cell);
  }
  for (const cell of groups) {
    builder.addGroupCell(cell.value, cell.headline);
  }
  for (const extra of extras) {
    builder.addExtra(extra);
  }
  for (const facts of escalations) {
    builder.addEscalation(facts);
  }
  return builder.build(cases, open);
}
