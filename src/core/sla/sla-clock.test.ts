import { describe, expect, it } from 'vitest';
import { SlaSection } from '../playbook/sla-schema.js';
import { compileSla } from './compile-sla.js';
import { computeSlaClocks, type SlaClock, slaMoments } from './sla-clock.js';
import type { SlaFact } from './sla-timeline.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (time: string) => Date.parse(time.includes('T') ? time : `2026-02-02T${time}:00Z`);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

const newYorkOffice = {
  id: 'ny-office',
  timezone: 'America/New_York',
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ['09:00-17:00']])),
};

/** A compiled policy from playbook text, as the engine will build it. */
function policy(fields: Record<string, unknown>, holidays: string[] = []) {
  const sla = compileSla(
    SlaSection.parse({ calendars: [{ ...newYorkOffice, holidays }], policies: [{ id: 'p', ...fields }] }),
  );
  const [compiled] = sla.policies;
  if (compiled === undefined) {
    throw new Error('no policy');
  }
  return compiled;
}

const opened = (time: string): SlaFact => ({ kind: 'opened', at: at(time) });
const status = (time: string, name: string, category: 'open' | 'paused' | 'done' = 'open'): SlaFact => ({
  kind: 'status',
  at: at(time),
  status: name,
  category,
});
const humanReply = (time: string): SlaFact => ({ kind: 'human_reply', at: at(time) });
const customerReply = (time: string): SlaFact => ({ kind: 'customer_reply', at: at(time) });

function clock(clocks: SlaClock[], metric: SlaClock['metric']): SlaClock {
  const found = clocks.find((candidate) => candidate.metric === metric);
  if (found === undefined) {
    throw new Error(`no ${metric} clock`);
  }
  return found;
}

describe('first response', () => {
  const firstResponse = policy({ first_response: '1h' });

  it('runs from opening, with warnings at 50, 75 and 90 % and the breach scheduled', () => {
    const reading = clock(computeSlaClocks(firstResponse, [opened('10:00')], at('10:20')), 'first_response');
    expect(reading).toMatchObject({ state: 'running', isPaused: false, elapsedMs: 20 * MINUTE });
    expect(reading.remainingMs).toBe(40 * MINUTE);
    expect(iso(reading.dueAt)).toBe(iso(at('11:00')));
    expect(reading.warnings.map((warning) => [warning.percent, iso(warning.at)])).toEqual([
      [50, iso(at('10:30'))],
      [75, iso(at('10:45'))],
      [90, iso(at('10:54'))],
    ]);
  });

  it('a public human reply before the due time meets it and stops the clock', () => {
    const facts = [opened('10:00'), humanReply('10:40')];
    const reading = clock(computeSlaClocks(firstResponse, facts, at('12:00')), 'first_response');
    expect(reading).toMatchObject({
      state: 'met',
      elapsedMs: 40 * MINUTE,
      dueAt: null,
      stoppedAt: at('10:40'),
    });
    expect(reading.warnings.map((warning) => iso(warning.at))).toEqual([iso(at('10:30')), null, null]);
  });

  it('a reply at the very instant the target runs out is on time', () => {
    const facts = [opened('10:00'), humanReply('11:00')];
    expect(clock(computeSlaClocks(firstResponse, facts, at('12:00')), 'first_response').state).toBe('met');
  });

  it('a reply after the due time leaves the clock breached at its due instant', () => {
    const facts = [opened('10:00'), humanReply('11:10')];
    const reading = clock(computeSlaClocks(firstResponse, facts, at('12:00')), 'first_response');
    expect(reading).toMatchObject({ state: 'breached', dueAt: at('11:00'), elapsedMs: 70 * MINUTE });
  });

  it('nobody replying past the due time is a breach while the clock still runs', () => {
    const reading = clock(computeSlaClocks(firstResponse, [opened('10:00')], at('11:30')), 'first_response');
    expect(reading).toMatchObject({ state: 'breached', isPaused: false, remainingMs: -30 * MINUTE });
  });

  it('facts after now are ignored, so a past moment replays as it was', () => {
    const facts = [opened('10:00'), humanReply('10:40')];
    expect(clock(computeSlaClocks(firstResponse, facts, at('10:30')), 'first_response').state).toBe(
      'running',
    );
  });
});

describe('pauses', () => {
  const both = policy({ first_response: '1h', resolution: '8h' });
  const facts = [
    opened('10:00'),
    status('10:20', 'waiting_on_customer', 'paused'),
    status('12:00', 'in_progress'),
  ];

  it('a pausing status stops every clock and leaves no due instant', () => {
    const clocks = computeSlaClocks(both, facts, at('11:00'));
    for (const reading of clocks) {
      expect(reading).toMatchObject({ state: 'paused', isPaused: true, elapsedMs: 20 * MINUTE, dueAt: null });
      expect(reading.warnings.every((warning) => warning.at === null)).toBe(true);
    }
  });

  it('the clock resumes where it was when the status moves on', () => {
    const reading = clock(computeSlaClocks(both, facts, at('12:10')), 'first_response');
    expect(reading).toMatchObject({ state: 'running', elapsedMs: 30 * MINUTE });
    expect(iso(reading.dueAt)).toBe(iso(at('12:40')));
    expect(iso(reading.warnings[0]?.at ?? null)).toBe(iso(at('12:10')));
  });

  it('a clock resumed at this very instant runs on from now', () => {
    const paused = [
      opened('10:00'),
      status('10:00', 'input_required', 'paused'),
      status('11:00', 'assigned'),
    ];
    const reading = clock(computeSlaClocks(both, paused, at('11:00')), 'first_response');
    expect(reading).toMatchObject({ state: 'running', elapsedMs: 0 });
    expect(iso(reading.dueAt)).toBe(iso(at('12:00')));
  });

  it('a status the policy lists among its pause statuses pauses, whatever its category', () => {
    const approvals = policy({ resolution: '8h', pause_statuses: ['pending_approval'] });
    const timeline = [opened('10:00'), status('11:00', 'pending_approval')];
    expect(clock(computeSlaClocks(approvals, timeline, at('13:00')), 'resolution').elapsedMs).toBe(HOUR);
  });

  it('a status of the workflow category "paused" pauses even when the policy does not list it', () => {
    const timeline = [opened('10:00'), status('11:00', 'on_hold', 'paused')];
    expect(clock(computeSlaClocks(both, timeline, at('13:00')), 'resolution').isPaused).toBe(true);
  });

  it('a breach before the pause stays a breach while paused', () => {
    const timeline = [opened('10:00'), status('11:30', 'waiting_on_customer', 'paused')];
    const reading = clock(computeSlaClocks(both, timeline, at('12:00')), 'first_response');
    expect(reading).toMatchObject({ state: 'breached', isPaused: true, dueAt: at('11:00') });
  });

  it('a reply during a pause still meets the first response', () => {
    const timeline = [...facts, humanReply('11:00')];
    expect(clock(computeSlaClocks(both, timeline, at('13:00')), 'first_response')).toMatchObject({
      state: 'met',
      elapsedMs: 20 * MINUTE,
    });
  });
});

describe('resolution', () => {
  const resolution = policy({ resolution: '8h' });

  it('a done status stops the clock: met within the target', () => {
    const facts = [opened('10:00'), status('14:00', 'resolved', 'done')];
    expect(clock(computeSlaClocks(resolution, facts, at('15:00')), 'resolution')).toMatchObject({
      state: 'met',
      stoppedAt: at('14:00'),
      elapsedMs: 4 * HOUR,
    });
  });

  it('moving from one done status to another keeps the first stop', () => {
    const facts = [opened('10:00'), status('14:00', 'resolved', 'done'), status('15:00', 'closed', 'done')];
    expect(clock(computeSlaClocks(resolution, facts, at('16:00')), 'resolution').stoppedAt).toBe(at('14:00'));
  });

  it('reopening resumes the clock where it stopped', () => {
    const facts = [opened('10:00'), status('14:00', 'resolved', 'done'), status('16:00', 'in_progress')];
    const reading = clock(computeSlaClocks(resolution, facts, at('17:00')), 'resolution');
    expect(reading).toMatchObject({ state: 'running', elapsedMs: 5 * HOUR, stoppedAt: null });
    expect(iso(reading.dueAt)).toBe(iso(at('20:00')));
  });
});

describe('next response and periodic update', () => {
  const replies = policy({ next_response: '30m', periodic_update: '2h' });

  it('before the first human reply there is no next-response clock: the first response covers it', () => {
    const clocks = computeSlaClocks(replies, [opened('10:00'), customerReply('10:05')], at('10:10'));
    expect(clocks.map((reading) => reading.metric)).toEqual(['periodic_update']);
  });

  it('runs from the first customer message still waiting for a reply', () => {
    const facts = [opened('10:00'), humanReply('10:10'), customerReply('10:30'), customerReply('10:40')];
    const reading = clock(computeSlaClocks(replies, facts, at('10:50')), 'next_response');
    expect(reading).toMatchObject({ state: 'running', startedAt: at('10:30'), elapsedMs: 20 * MINUTE });
    expect(iso(reading.dueAt)).toBe(iso(at('11:00')));
  });

  it('a human reply meets it, and the next customer message starts a new one', () => {
    const answered = [opened('10:00'), humanReply('10:10'), customerReply('10:30'), humanReply('10:55')];
    expect(clock(computeSlaClocks(replies, answered, at('11:20')), 'next_response').state).toBe('met');
    const again = [...answered, customerReply('11:30')];
    const reading = clock(computeSlaClocks(replies, again, at('12:10')), 'next_response');
    expect(reading).toMatchObject({ state: 'breached', startedAt: at('11:30'), dueAt: at('12:00') });
  });

  it('the update cadence restarts at every public human reply', () => {
    const facts = [opened('10:00'), humanReply('11:00')];
    const reading = clock(computeSlaClocks(replies, facts, at('12:30')), 'periodic_update');
    expect(reading).toMatchObject({ state: 'running', startedAt: at('11:00') });
    expect(iso(reading.dueAt)).toBe(iso(at('13:00')));
  });
});

describe('business hours', () => {
  it('a first response opened on Friday evening falls due on Monday, across the clock change', () => {
    const office = policy({ calendar: 'ny-office', first_response: '4h' });
    const facts = [opened('2026-03-06T18:00:00-05:00')];
    const reading = clock(computeSlaClocks(office, facts, at('2026-03-07T12:00:00-05:00')), 'first_response');
    // Running, not paused: the calendar is closed, so no working time elapses over the weekend.
    expect(reading).toMatchObject({ state: 'running', isPaused: false, elapsedMs: 0 });
    expect(iso(reading.dueAt)).toBe(iso(at('2026-03-09T13:00:00-04:00')));
    expect(iso(reading.warnings[0]?.at ?? null)).toBe(iso(at('2026-03-09T11:00:00-04:00')));
  });

  it('a pause over a closed night costs nothing either way', () => {
    const office = policy({ calendar: 'ny-office', resolution: '8h' });
    const facts = [
      opened('2026-02-02T15:00:00-05:00'),
      status('2026-02-02T20:00:00-05:00', 'waiting_on_customer', 'paused'),
      status('2026-02-03T08:00:00-05:00', 'in_progress'),
    ];
    const reading = clock(computeSlaClocks(office, facts, at('2026-02-03T10:00:00-05:00')), 'resolution');
    expect(reading.elapsedMs).toBe(3 * HOUR);
    expect(iso(reading.dueAt)).toBe(iso(at('2026-02-03T15:00:00-05:00')));
  });
});

describe('recomputation', () => {
  const facts = [opened('2026-02-06T15:00:00-05:00'), customerReply('2026-02-06T15:05:00-05:00')];
  const now = at('2026-02-06T16:00:00-05:00');

  it('a changed policy gives the clocks under the new rule, from the same timeline', () => {
    const before = clock(computeSlaClocks(policy({ first_response: '4h' }), facts, now), 'first_response');
    const after = clock(
      computeSlaClocks(policy({ calendar: 'ny-office', first_response: '4h' }), facts, now),
      'first_response',
    );
    expect(iso(before.dueAt)).toBe(iso(at('2026-02-06T19:00:00-05:00')));
    expect(iso(after.dueAt)).toBe(iso(at('2026-02-09T11:00:00-05:00')));
  });

  it('a holiday added to the calendar moves the due instant past it', () => {
    const rule = { calendar: 'ny-office', first_response: '4h' };
    const withHoliday = computeSlaClocks(policy(rule, ['2026-02-09']), facts, now);
    expect(iso(clock(withHoliday, 'first_response').dueAt)).toBe(iso(at('2026-02-10T11:00:00-05:00')));
  });

  it('a shorter target turns a running clock into a breach', () => {
    const tighter = computeSlaClocks(policy({ first_response: '30m' }), facts, now);
    expect(clock(tighter, 'first_response').state).toBe('breached');
  });
});

describe('timeline and moments', () => {
  it('only the metrics a policy sets have clocks', () => {
    const clocks = computeSlaClocks(policy({ resolution: '1d' }), [opened('10:00')], at('10:00'));
    expect(clocks.map((reading) => reading.metric)).toEqual(['resolution']);
  });

  it('a timeline without an opening is refused', () => {
    expect(() => computeSlaClocks(policy({ resolution: '1d' }), [humanReply('10:00')], at('11:00'))).toThrow(
      /opened/,
    );
  });

  it('facts given out of order are read in time order', () => {
    const facts = [humanReply('10:40'), opened('10:00')];
    expect(
      clock(computeSlaClocks(policy({ first_response: '1h' }), facts, at('12:00')), 'first_response'),
    ).toMatchObject({
      state: 'met',
      elapsedMs: 40 * MINUTE,
    });
  });

  it('lists every known warning and breach in time order, for the timers to schedule', () => {
    const clocks = computeSlaClocks(
      policy({ first_response: '1h', resolution: '2h', warnings: [50] }),
      [opened('10:00')],
      at('10:10'),
    );
    expect(slaMoments(clocks).map((moment) => [moment.metric, moment.kind, iso(moment.at)])).toEqual([
      ['first_response', 'warning', iso(at('10:30'))],
      ['first_response', 'breach', iso(at('11:00'))],
      ['resolution', 'warning', iso(at('11:00'))],
      ['resolution', 'breach', iso(at('12:00'))],
    ]);
  });
});

describe('business days', () => {
  // 2026-02-02 is a Monday; the New York office works 09:00-17:00 Monday to Friday (14:00-22:00 UTC in winter).
  const threeDays = policy({ calendar: 'ny-office', resolution: '3 business days' }, ['2026-02-04']);
  const threeDaysOfHours = policy({ calendar: 'ny-office', resolution: '3d' });

  it('"3 business days" is due at the same point of the third working day on, skipping holidays', () => {
    const clocks = computeSlaClocks(threeDays, [opened('2026-02-02T16:00:00Z')], at('2026-02-02T16:00:00Z'));
    // Monday 11:00 local → Tuesday, (Wednesday a holiday,) Thursday, Friday 11:00 local.
    expect(iso(clock(clocks, 'resolution').dueAt)).toBe('2026-02-06T16:00:00.000Z');
    expect(clock(clocks, 'resolution').targetMs).toBe(3 * 8 * HOUR);
  });

  it('opened outside working hours, the days count from the next opening', () => {
    const clocks = computeSlaClocks(threeDays, [opened('2026-02-07T12:00:00Z')], at('2026-02-07T12:00:00Z'));
    // Saturday → three whole working days from Monday 09:00 local: due when Wednesday closes, 17:00 local.
    expect(iso(clock(clocks, 'resolution').dueAt)).toBe('2026-02-11T22:00:00.000Z');
  });

  it('"3d" on a calendar is 72 working hours: nine working days of this office', () => {
    const clocks = computeSlaClocks(
      threeDaysOfHours,
      [opened('2026-02-02T14:00:00Z')],
      at('2026-02-02T14:00:00Z'),
    );
    expect(clock(clocks, 'resolution').targetMs).toBe(72 * HOUR);
    expect(iso(clock(clocks, 'resolution').dueAt)).toBe('2026-02-12T22:00:00.000Z');
  });

  it('business days need a calendar', () => {
    const parsed = SlaSection.safeParse({ policies: [{ id: 'p', resolution: '3 business days' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('counted on a calendar');
  });
});
