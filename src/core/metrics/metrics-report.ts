// The metrics report: the three headline metrics, rates, SLA, backlog, bottlenecks, groups and series,
// computed from escalation and case facts. Pure: `now` is passed in.
import { type CaseFacts, isKept, isMissed, notEscalatedResolutionMs } from './case-facts.js';
import type { EscalationFacts } from './escalation-facts.js';
import { type DurationSummary, rateOf, summarize } from './stats.js';
import { type Interval, makeBucketStart } from './time-buckets.js';

export const groupKeys = [
  'team',
  'tier',
  'person',
  'trigger',
  'priority',
  'channel',
  'locale',
  'playbook_version',
] as const;
export type GroupKey = (typeof groupKeys)[number];

export interface Headline {
  timeToFirstHumanResponse: DurationSummary & {
    businessMedian: number | null;
    businessP90: number | null;
    businessMean: number | null;
  };
  resolutionTime: { escalated: DurationSummary; notEscalated: DurationSummary };
  firstContactResolution: { rate: number | null; count: number };
}

export interface DwellSummary {
  median: number | null;
  p90: number | null;
  total: number;
  count: number;
}

export interface MetricsReport {
  from: string;
  to: string;
  tz: string;
  interval: Interval;
  groupBy: GroupKey | null;
  headline: Headline;
  rates: {
    evaluatedCases: number;
    escalations: number;
    escalationRate: number | null;
    escalationRateByTrigger: Record<string, number | null>;
    falseEscalationRate: number | null;
    missedEscalationRate: number | null;
    missedEscalations: number;
    rerouteRate: number | null;
    reopenRate: number | null;
    handBackRate: number | null;
  };
  sla: Record<string, { met: number; breached: number; rate: number | null }>;
  approvalTurnaround: DurationSummary;
  backlog: { open: number; unassigned: number; breachingWithinHour: number; breached: number };
  bottlenecks: {
    byStatus: Array<{ status: string } & DwellSummary>;
    byTeam: Array<{ team: string } & DwellSummary>;
    waitsLongest: { status: string | null; team: string | null };
  };
  groups: Array<{ key: string } & Headline & { escalations: number }>;
  series: Array<{ at: string } & Headline & { escalations: number }>;
}

/** The range a report covers, as every report (from rows or from rollups) states it. */
export function reportRangeOf(
  input: { from: number; to: number; tz: string; interval: Interval },
  groupBy: GroupKey | null,
): Pick<MetricsReport, 'from' | 'to' | 'tz' | 'interval' | 'groupBy'> {
  return {
    from: new Date(input.from).toISOString(),
    to: new Date(input.to).toISOString(),
    tz: input.tz,
    interval: input.interval,
    groupBy,
  };
}

export interface ReportInput {
  from: number;
  to: number;
  tz: string;
  interval: Interval;
  groupBy: GroupKey | null;
  now: number;
  /** Escalations opened in [from, to). */
  escalations: readonly EscalationFacts[];
  /** Conversations first seen in [from, to). */
  cases: readonly CaseFacts[];
  /** Every unfinished escalation now, whenever opened (the backlog). */
  open: readonly EscalationFacts[];
}

const HOUR_MS = 3_600_000;

/** The value an escalation has for a grouping; `none` when it has none. */
export function groupValueOf(facts: EscalationFacts, key: GroupKey): string {
  const value =
    key === 'person'
      ? (facts.assignee ?? facts.firstTaker)
      : key === 'playbook_version'
        ? String(facts.playbookVersion)
        : facts[key];
  return value ?? 'none';
}

function headlineOf(escalations: readonly EscalationFacts[], cases: readonly CaseFacts[]): Headline {
  const first: number[] = [];
  const business: number[] = [];
  const resolution: number[] = [];
  let resolvedByPerson = 0;
  let firstContact = 0;
  for (const facts of escalations) {
    if (facts.firstResponseMs !== null) {
      first.push(facts.firstResponseMs);
      business.push(facts.firstResponseBusinessMs ?? facts.firstResponseMs);
    }
    if (facts.resolutionMs !== null) {
      resolution.push(facts.resolutionMs);
    }
    if (facts.firstContactResolution !== null) {
      resolvedByPerson += 1;
      firstContact += facts.firstContactResolution ? 1 : 0;
    }
  }
  const notEscalated: number[] = [];
  for (const facts of cases) {
    const ms = notEscalatedResolutionMs(facts);
    if (ms !== null) {
      notEscalated.push(ms);
    }
  }
  const calendar = summarize(first);
  const working = summarize(business);
  return {
    timeToFirstHumanResponse: {
      ...calendar,
      businessMedian: working.median,
      businessP90: working.p90,
      businessMean: working.mean,
    },
    resolutionTime: { escalated: summarize(resolution), notEscalated: summarize(notEscalated) },
    firstContactResolution: { rate: rateOf(firstContact, resolvedByPerson), count: resolvedByPerson },
  };
}

function dwellSummary(values: readonly number[]): DwellSummary {
  const { median, p90, count } = summarize(values);
  return { median, p90, total: values.reduce((sum, value) => sum + value, 0), count };
}

function bottlenecksOf(escalations: readonly EscalationFacts[], now: number): MetricsReport['bottlenecks'] {
  const byStatus = new Map<string, number[]>();
  const byTeam = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, ms: number) => {
    const list = map.get(key);
    if (list === undefined) {
      map.set(key, [ms]);
    } else {
      list.push(ms);
    }
  };
  for (const facts of escalations) {
    const statusDwell = { ...facts.statusDwell };
    const teamDwell = { ...facts.teamDwell };
    // The current status and team count up to the end: now while it is open, its resolution once done.
    const end = facts.resolvedAt ?? now;
    if (facts.category !== 'done') {
      statusDwell[facts.status] = (statusDwell[facts.status] ?? 0) + Math.max(0, end - facts.statusSince);
    }
    teamDwell[facts.team] = (teamDwell[facts.team] ?? 0) + Math.max(0, end - facts.teamSince);
    for (const [status, ms] of Object.entries(statusDwell)) {
      add(byStatus, status, ms);
    }
    for (const [team, ms] of Object.entries(teamDwell)) {
      add(byTeam, team, ms);
    }
  }
  const summarized = <K extends string>(map: Map<string, number[]>, name: K) =>
    [...map.entries()]
      .map(
        ([key, values]) => ({ [name]: key, ...dwellSummary(values) }) as { [P in K]: string } & DwellSummary,
      )
      .sort((a, b) => b.total - a.total);
  const statuses = summarized(byStatus, 'status');
  const teams = summarized(byTeam, 'team');
  const longest = <T extends DwellSummary>(list: readonly T[], nameOf: (item: T) => string) => {
    const best = [...list].sort((a, b) => (b.median ?? 0) - (a.median ?? 0))[0];
    return best === undefined ? null : nameOf(best);
  };
  return {
    byStatus: statuses,
    byTeam: teams,
    waitsLongest: {
      status: longest(statuses, (item) => item.status),
      team: longest(teams, (item) => item.team),
    },
  };
}

function slaOf(escalations: readonly EscalationFacts[]): MetricsReport['sla'] {
  const clocks: MetricsReport['sla'] = {};
  for (const facts of escalations) {
    for (const [metric, state] of Object.entries(facts.sla)) {
      const clock = (clocks[metric] ??= { met: 0, breached: 0, rate: null });
      if (state === 'met') {
        clock.met += 1;
      } else if (state === 'breached') {
        clock.breached += 1;
      }
    }
  }
  for (const clock of Object.values(clocks)) {
    clock.rate = rateOf(clock.met, clock.met + clock.breached);
  }
  return clocks;
}

function ratesOf(
  escalations: readonly EscalationFacts[],
  cases: readonly CaseFacts[],
): MetricsReport['rates'] {
  const evaluated = cases.length;
  const escalatedCases = cases.filter((facts) => facts.escalatedByDecision).length;
  const byTrigger: Record<string, number> = {};
  let finished = 0;
  let falseOnes = 0;
  let rerouted = 0;
  let reopened = 0;
  let handedBack = 0;
  for (const facts of escalations) {
    byTrigger[facts.trigger] = (byTrigger[facts.trigger] ?? 0) + 1;
    finished += facts.outcome === null ? 0 : 1;
    falseOnes += facts.outcome === 'false_escalation' ? 1 : 0;
    rerouted += facts.reroutes > 0 ? 1 : 0;
    reopened += facts.reopens > 0 ? 1 : 0;
    handedBack += facts.handedBack ? 1 : 0;
  }
  const kept = cases.filter(isKept);
  const missed = kept.filter(isMissed).length;
  const total = escalations.length;
  return {
    evaluatedCases: evaluated,
    escalations: total,
    escalationRate: rateOf(escalatedCases, evaluated),
    escalationRateByTrigger: Object.fromEntries(
      Object.entries(byTrigger).map(([trigger, count]) => [trigger, rateOf(count, evaluated)]),
    ),
    falseEscalationRate: rateOf(falseOnes, finished),
    missedEscalationRate: rateOf(missed, kept.length),
    missedEscalations: missed,
    rerouteRate: rateOf(rerouted, total),
    reopenRate: rateOf(reopened, total),
    handBackRate: rateOf(handedBack, total),
  };
}

export function backlogOf(open: readonly EscalationFacts[], now: number): MetricsReport['backlog'] {
  let unassigned = 0;
  let soon = 0;
  let breached = 0;
  for (const facts of open) {
    unassigned += facts.assignee === null ? 1 : 0;
    if (facts.nextDueAt !== null && facts.nextDueAt > now && facts.nextDueAt <= now + HOUR_MS) {
      soon += 1;
    }
    breached += Object.values(facts.sla).includes('breached') ? 1 : 0;
  }
  return { open: open.length, unassigned, breachingWithinHour: soon, breached };
}

function partition<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const parts = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = parts.get(key);
    if (list === undefined) {
      parts.set(key, [item]);
    } else {
      list.push(item);
    }
  }
  return parts;
}

/** Builds the whole report. Escalations count in the bucket and range of their opening, cases of their first evaluation. */
export function buildMetricsReport(input: ReportInput): MetricsReport {
  const { escalations, cases, groupBy } = input;
  const approvals = escalations.flatMap((facts) =>
    facts.approvalRequestedAt !== null && facts.approvalDecidedAt !== null
      ? [facts.approvalDecidedAt - facts.approvalRequestedAt]
      : [],
  );
  const groups =
    groupBy === null
      ? []
      : [...partition(escalations, (facts) => groupValueOf(facts, groupBy)).entries()]
          .map(([key, members]) => ({ key, escalations: members.length, ...headlineOf(members, []) }))
          .sort((a, b) => b.escalations - a.escalations || a.key.localeCompare(b.key));
  const bucketOf = makeBucketStart(input.interval, input.tz);
  const escalationBuckets = partition(escalations, (facts) => String(bucketOf(facts.openedAt)));
  const caseBuckets = partition(cases, (facts) => String(bucketOf(facts.firstSeenAt)));
  const starts = [...new Set([...escalationBuckets.keys(), ...caseBuckets.keys()])]
    .map(Number)
    .sort((a, b) => a - b);
  const series = starts.map((start) => {
    const members = escalationBuckets.get(String(start)) ?? [];
    return {
      at: new Date(start).toISOString(),
      escalations: members.length,
      ...headlineOf(members, caseBuckets.get(String(start)) ?? []),
    };
  });
  return {
    ...reportRangeOf(input, groupBy),
    headline: headlineOf(escalations, cases),
    rates: ratesOf(escalations, cases),
    sla: slaOf(escalations),
    approvalTurnaround: summarize(approvals),
    backlog: backlogOf(input.open, input.now),
    bottlenecks: bottlenecksOf(escalations, input.now),
    groups,
    series,
  };
}
