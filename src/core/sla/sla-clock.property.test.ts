import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarTime, compileCalendar } from './business-calendar.js';
import { computeSlaClocks, type SlaClockPolicy } from './sla-clock.js';
import type { SlaFact } from './sla-timeline.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-03-01T00:00:00Z');

const calendars = [
  calendarTime,
  compileCalendar({
    id: 'berlin-office',
    timezone: 'Europe/Berlin',
    hours: { mon: ['08:00-12:00', '13:00-17:00'], tue: ['08:00-17:00'], fri: ['22:00-04:00'] },
    holidays: ['2026-03-10..2026-03-12'],
  }),
  compileCalendar({
    id: 'new-york-nights',
    timezone: 'America/New_York',
    hours: { sat: ['22:00-06:00'], sun: ['20:00-02:00'], wed: ['09:00-17:00'] },
  }),
];

/** A timeline: opened, then statuses that alternate between working and waiting on the customer. */
const scenario = fc.record({
  calendar: fc.constantFrom(...calendars),
  targetMs: fc.integer({ min: 1_000, max: 60 * HOUR }),
  openedAt: fc.integer({ min: START, max: START + 7 * 24 * HOUR }),
  gaps: fc.array(fc.integer({ min: 0, max: 30 * HOUR }), { maxLength: 6 }),
  lateBy: fc.integer({ min: 0, max: 40 * HOUR }),
});

function build(input: {
  calendar: SlaClockPolicy['calendar'];
  targetMs: number;
  openedAt: number;
  gaps: number[];
}) {
  const facts: SlaFact[] = [{ kind: 'opened', at: input.openedAt }];
  let t = input.openedAt;
  input.gaps.forEach((gap, index) => {
    t += gap;
    const isPause = index % 2 === 0;
    facts.push({
      kind: 'status',
      at: t,
      status: isPause ? 'waiting_on_customer' : 'in_progress',
      category: isPause ? 'paused' : 'open',
    });
  });
  const policy: SlaClockPolicy = {
    id: 'p',
    calendar: input.calendar,
    targets: { resolution: input.targetMs },
    warnings: [50, 75, 90],
    pauseStatuses: new Set(),
  };
  return { facts, policy, lastFact: t };
}

const resolution = (policy: SlaClockPolicy, facts: SlaFact[], now: number) => {
  const [clock] = computeSlaClocks(policy, facts, now);
  if (clock === undefined) {
    throw new Error('no clock');
  }
  return clock;
};

describe('SLA clock properties', () => {
  it('elapsed and remaining always add up to the target', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { facts, policy, lastFact } = build(input);
        const clock = resolution(policy, facts, lastFact + input.lateBy);
        expect(clock.elapsedMs + clock.remainingMs).toBe(input.targetMs);
      }),
    );
  });

  it('a running clock measured at its due instant has used exactly its target and is breached', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { facts, policy, lastFact } = build(input);
        const now = lastFact + input.lateBy;
        const clock = resolution(policy, facts, now);
        fc.pre(clock.state === 'running' && clock.dueAt !== null);
        const due = clock.dueAt ?? 0;
        expect(resolution(policy, facts, due)).toMatchObject({
          elapsedMs: input.targetMs,
          state: 'breached',
        });
        expect(resolution(policy, facts, due - 1).state).toBe('running');
      }),
    );
  });

  it('warnings come in order, before the breach', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { facts, policy, lastFact } = build(input);
        const clock = resolution(policy, facts, lastFact + input.lateBy);
        const instants = [...clock.warnings.map((warning) => warning.at), clock.dueAt].filter(
          (instant): instant is number => instant !== null,
        );
        expect(instants).toEqual([...instants].sort((x, y) => x - y));
      }),
    );
  });

  it('a paused clock stands still, and a running one never counts more than the calendar’s working time', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 10 * HOUR }), (input, later) => {
        const { facts, policy, lastFact } = build(input);
        const now = lastFact + input.lateBy;
        const clock = resolution(policy, facts, now);
        expect(clock.elapsedMs).toBeLessThanOrEqual(input.calendar.businessTimeBetween(input.openedAt, now));
        if (clock.isPaused) {
          expect(resolution(policy, facts, now + later).elapsedMs).toBe(clock.elapsedMs);
        }
      }),
    );
  });
});
