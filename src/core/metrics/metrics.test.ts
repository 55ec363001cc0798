import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../sla/business-calendar.js';
import type { CaseFacts } from './case-facts.js';
import { isMissed, notEscalatedResolutionMs } from './case-facts.js';
import { type EscalationSnapshot, escalationFactsOf, type FactEvent } from './escalation-facts.js';
import { buildMetricsReport } from './metrics-report.js';
import { percentileOfSorted, summarize } from './stats.js';
import { makeBucketStart } from './time-buckets.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (text: string) => Date.parse(text);
const categoryOf = (status: string) =>
  ['resolved', 'closed', 'handed_back'].includes(status)
    ? ('done' as const)
    : status === 'waiting_on_customer'
      ? ('paused' as const)
      : ('open' as const);
const calendarMs = (a: number, b: number) => Math.max(0, b - a);

const opened = at('2026-02-02T10:00:00Z');
const snapshot = (over: Partial<EscalationSnapshot> = {}): EscalationSnapshot => ({
  id: 'e1',
  caseId: 'c1',
  openedAt: opened,
  team: 'billing',
  tier: 'L1',
  assignee: 'ayse',
  priority: 'high',
  status: 'resolved',
  outcome: 'resolved',
  resolvedAt: opened + 2 * HOUR,
  playbookVersion: 1,
  reroutes: 0,
  tierChanges: 0,
  channel: 'chat',
  locale: 'tr',
  trigger: 'asks-for-human',
  firstMessageAt: opened - 30 * MIN,
  slaClocks: [],
  ...over,
});
const ev = (type: string, minutes: number, data: Record<string, unknown> = {}): FactEvent => ({
  type,
  at: opened + minutes * MIN,
  data,
});
const simpleTimeline = [
  ev('created', 0, { status: 'new', team: 'billing' }),
  ev('assigned', 0, { team: 'billing', assignee: 'ayse' }),
  ev('claimed', 5, { assignee: 'ayse' }),
  ev('status_changed', 5, { from: 'new', to: 'in_progress' }),
  ev('commented', 20, { visibility: 'internal' }),
  ev('commented', 30, { visibility: 'public' }),
  ev('resolved', 120, { outcome: 'resolved', status: 'resolved' }),
];

describe('summaries', () => {
  it('median, p90 and mean by nearest rank', () => {
    expect(summarize([5, 1, 3, 2, 4, 6, 7, 8, 9, 10])).toEqual({ median: 5, p90: 9, mean: 6, count: 10 });
    expect(summarize([])).toEqual({ median: null, p90: null, mean: null, count: 0 });
    expect(percentileOfSorted([7], 90)).toBe(7);
  });
});

describe('escalation facts', () => {
  it('time to first human response runs from the trigger to the first public reply, internal notes aside', () => {
    const facts = escalationFactsOf(snapshot(), simpleTimeline, categoryOf, calendarMs);
    expect(facts.firstResponseMs).toBe(30 * MIN);
    expect(facts.firstResponseBusinessMs).toBe(30 * MIN);
  });

  it('business time counts only the SLA calendar working hours', () => {
    // Opened Friday 16:00 Istanbul (13:00Z), answered Monday 10:00 Istanbul: 1 h Friday + 1 h Monday.
    const office = compileCalendar({
      id: 'office',
      timezone: 'Europe/Istanbul',
      hours: {
        mon: ['09:00-17:00'],
        tue: ['09:00-17:00'],
        wed: ['09:00-17:00'],
        thu: ['09:00-17:00'],
        fri: ['09:00-17:00'],
      },
    });
    const friday = at('2026-02-06T13:00:00Z');
    const monday = at('2026-02-09T07:00:00Z');
    const facts = escalationFactsOf(
      snapshot({ openedAt: friday, firstMessageAt: friday, resolvedAt: monday }),
      [
        { type: 'created', at: friday, data: { status: 'new', team: 'billing' } },
        { type: 'commented', at: monday, data: { visibility: 'public' } },
      ],
      categoryOf,
      (a, b) => office.businessTimeBetween(a, b),
    );
    expect(facts.firstResponseMs).toBe(monday - friday);
    expect(facts.firstResponseBusinessMs).toBe(2 * HOUR);
  });

  it('resolution time runs from the first customer message, and the first taker resolving it is first contact', () => {
    const facts = escalationFactsOf(snapshot(), simpleTimeline, categoryOf, calendarMs);
    expect(facts.resolutionMs).toBe(150 * MIN);
    expect(facts.firstTaker).toBe('ayse');
    expect(facts.firstContactResolution).toBe(true);
  });

  it('a reroute, a tier change or a reassignment is not first-contact resolution', () => {
    expect(
      escalationFactsOf(snapshot({ reroutes: 1 }), simpleTimeline, categoryOf, calendarMs)
        .firstContactResolution,
    ).toBe(false);
    expect(
      escalationFactsOf(snapshot({ tierChanges: 1 }), simpleTimeline, categoryOf, calendarMs)
        .firstContactResolution,
    ).toBe(false);
    const reassigned = [
      ...simpleTimeline.slice(0, 4),
      ev('assigned', 10, { team: 'billing', assignee: 'mehmet' }),
    ];
    const facts = escalationFactsOf(snapshot({ assignee: 'mehmet' }), reassigned, categoryOf, calendarMs);
    expect(facts.reassignments).toBe(1);
    expect(facts.firstContactResolution).toBe(false);
  });

  it('a reopened escalation is not first-contact resolution, and resolution counts to its last resolve', () => {
    const timeline = [
      ...simpleTimeline,
      ev('reopened', 180, { from: 'resolved', to: 'in_progress' }),
      ev('resolved', 240, { outcome: 'resolved', status: 'resolved' }),
    ];
    const facts = escalationFactsOf(
      snapshot({ resolvedAt: opened + 240 * MIN }),
      timeline,
      categoryOf,
      calendarMs,
    );
    expect(facts.reopens).toBe(1);
    expect(facts.firstContactResolution).toBe(false);
    expect(facts.resolutionMs).toBe(270 * MIN);
    // Reopened and now open: no resolution, and the done time between counts as dwell in resolved.
    const reopened = escalationFactsOf(
      snapshot({ status: 'in_progress', outcome: null, resolvedAt: null }),
      timeline.slice(0, -1),
      categoryOf,
      calendarMs,
    );
    expect(reopened.resolutionMs).toBeNull();
    expect(reopened.firstContactResolution).toBeNull();
    expect(reopened.statusDwell.resolved).toBe(60 * MIN);
  });

  it('dwell per status and per team follow the timeline, a reroute moving the team', () => {
    const timeline = [
      ev('created', 0, { status: 'new', team: 'support' }),
      ev('queued_for_team', 0, { team: 'support', assignee: null }),
      ev('rerouted', 40, { reason: 'billing question' }),
      ev('assigned', 40, { team: 'billing', assignee: 'ayse' }),
      ev('status_changed', 40, { from: 'new', to: 'in_progress' }),
      ev('resolved', 100, { outcome: 'resolved', status: 'resolved' }),
    ];
    const facts = escalationFactsOf(
      snapshot({ reroutes: 1, resolvedAt: opened + 100 * MIN }),
      timeline,
      categoryOf,
      calendarMs,
    );
    expect(facts.statusDwell).toEqual({ new: 40 * MIN, in_progress: 60 * MIN });
    expect(facts.teamDwell).toEqual({ support: 40 * MIN });
    expect(facts.teamSince).toBe(opened + 40 * MIN);
    expect(facts.firstContactResolution).toBe(false);
  });

  it('a handback counts as handed back; an open escalation has no outcome yet', () => {
    const handed = escalationFactsOf(
      snapshot({ status: 'handed_back', outcome: 'handed_back' }),
      [...simpleTimeline.slice(0, 4), ev('handed_back', 50, { to: 'handed_back' })],
      categoryOf,
      calendarMs,
    );
    expect(handed.handedBack).toBe(true);
    expect(handed.firstContactResolution).toBeNull();
    const open = escalationFactsOf(
      snapshot({
        status: 'in_progress',
        outcome: null,
        resolvedAt: null,
        slaClocks: [{ metric: 'resolution', state: 'running', dueAt: opened + 5 * HOUR }],
      }),
      simpleTimeline.slice(0, 4),
      categoryOf,
      calendarMs,
    );
    expect(open.outcome).toBeNull();
    expect(open.firstResponseMs).toBeNull();
    expect(open.nextDueAt).toBe(opened + 5 * HOUR);
  });
});

describe('cases the AI kept', () => {
  const kept = (over: Partial<CaseFacts>): CaseFacts => ({
    caseId: 'k',
    firstSeenAt: opened,
    escalatedByDecision: false,
    hasEscalation: false,
    outcome: null,
    outcomeAt: null,
    ...over,
  });
  it('a kept conversation that later needed a person is a missed escalation', () => {
    expect(isMissed(kept({ outcome: 'escalated_later' }))).toBe(true);
    expect(isMissed(kept({ outcome: 'customer_complained' }))).toBe(true);
    expect(isMissed(kept({ outcome: 'reopened' }))).toBe(true);
    expect(isMissed(kept({ hasEscalation: true }))).toBe(true);
    expect(isMissed(kept({ outcome: 'resolved_by_ai' }))).toBe(false);
    expect(isMissed(kept({ escalatedByDecision: true, hasEscalation: true }))).toBe(false);
  });
  it('not-escalated resolution runs from the first message to the AI resolving it', () => {
    expect(notEscalatedResolutionMs(kept({ outcome: 'resolved_by_ai', outcomeAt: opened + 7 * MIN }))).toBe(
      7 * MIN,
    );
    expect(
      notEscalatedResolutionMs(kept({ outcome: 'escalated_later', outcomeAt: opened + 7 * MIN })),
    ).toBeNull();
  });
});

describe('series buckets', () => {
  it('days start at local midnight in the chosen zone', () => {
    const day = makeBucketStart('day', 'Europe/Istanbul');
    expect(new Date(day(at('2026-02-02T22:30:00Z'))).toISOString()).toBe('2026-02-02T21:00:00.000Z');
    expect(new Date(day(at('2026-02-02T20:30:00Z'))).toISOString()).toBe('2026-02-01T21:00:00.000Z');
  });
  it('a day after a DST change starts at its own midnight', () => {
    const day = makeBucketStart('day', 'America/New_York');
    // 2026-03-08 is the spring-forward day: the 9th starts at 04:00Z, the 8th at 05:00Z.
    expect(new Date(day(at('2026-03-09T12:00:00Z'))).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(new Date(day(at('2026-03-08T12:00:00Z'))).toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });
  it('hours in a half-hour zone start at the local hour', () => {
    const hour = makeBucketStart('hour', 'Asia/Kolkata');
    expect(new Date(hour(at('2026-02-02T10:45:00Z'))).toISOString()).toBe('2026-02-02T10:30:00.000Z');
  });
});

describe('the report', () => {
  const facts = (id: string, over: Partial<EscalationSnapshot>, timeline = simpleTimeline) =>
    escalationFactsOf(snapshot({ id, ...over }), timeline, categoryOf, calendarMs);
  const report = (groupBy: 'team' | null = 'team') =>
    buildMetricsReport({
      from: opened - HOUR,
      to: opened + 24 * HOUR,
      tz: 'UTC',
      interval: 'day',
      groupBy,
      now: opened + 3 * HOUR,
      escalations: [
        facts('a', {}),
        facts('b', { team: 'tech', reroutes: 1, outcome: 'false_escalation' }),
        facts(
          'c',
          { status: 'new', outcome: null, resolvedAt: null, assignee: null },
          simpleTimeline.slice(0, 1),
        ),
      ],
      cases: [
        {
          caseId: 'c1',
          firstSeenAt: opened,
          escalatedByDecision: true,
          hasEscalation: true,
          outcome: null,
          outcomeAt: null,
        },
        {
          caseId: 'k1',
          firstSeenAt: opened,
          escalatedByDecision: false,
          hasEscalation: false,
          outcome: 'resolved_by_ai',
          outcomeAt: opened + 10 * MIN,
        },
        {
          caseId: 'k2',
          firstSeenAt: opened,
          escalatedByDecision: false,
          hasEscalation: false,
          outcome: 'customer_complained',
          outcomeAt: opened + HOUR,
        },
      ],
      open: [],
    });

  it('the headline metrics over every escalation of the range', () => {
    const { headline } = report();
    expect(headline.timeToFirstHumanResponse).toMatchObject({ median: 30 * MIN, count: 2 });
    expect(headline.resolutionTime.escalated.count).toBe(2);
    expect(headline.resolutionTime.notEscalated).toMatchObject({ median: 10 * MIN, count: 1 });
    expect(headline.firstContactResolution).toEqual({ rate: 1, count: 1 });
  });

  it('rates: escalation, false, missed, reroute', () => {
    const { rates } = report();
    expect(rates.escalationRate).toBe(0.3333);
    expect(rates.falseEscalationRate).toBe(0.5);
    expect(rates.missedEscalations).toBe(1);
    expect(rates.missedEscalationRate).toBe(0.5);
    expect(rates.rerouteRate).toBe(0.3333);
    expect(rates.escalationRateByTrigger['asks-for-human']).toBe(1);
  });

  it('groups by team, series by day, bottlenecks count the open one up to now', () => {
    const result = report();
    expect(result.groups.map((group) => [group.key, group.escalations])).toEqual([
      ['billing', 2],
      ['tech', 1],
    ]);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.at).toBe('2026-02-02T00:00:00.000Z');
    const fresh = result.bottlenecks.byStatus.find((row) => row.status === 'new');
    expect(fresh?.total).toBe(5 * MIN * 2 + 3 * HOUR);
    expect(result.bottlenecks.waitsLongest.status).toBe('in_progress');
  });
});
