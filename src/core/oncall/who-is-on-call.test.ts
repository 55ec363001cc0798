import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rotation } from '../playbook/oncall-schema.js';
import { compileRotation } from './who-is-on-call.js';

const at = (iso: string): number => Date.parse(iso);
const HOUR = 3_600_000;

const rotation = (extra: Partial<Rotation> & Pick<Rotation, 'period' | 'timezone' | 'start'>) =>
  compileRotation(Rotation.parse({ id: 'primary', team: 'support', people: ['a', 'b', 'c'], ...extra }));

const iso = (shifts: Array<{ person: string; from: number; to: number; source: string }>) =>
  shifts.map((shift) => ({
    ...shift,
    from: new Date(shift.from).toISOString(),
    to: new Date(shift.to).toISOString(),
  }));

describe('compileRotation: turns', () => {
  it('a daily rotation hands over at the local hand-over time, people in order, wrapping around', () => {
    const daily = rotation({
      period: 'daily',
      timezone: 'Europe/Istanbul',
      start: '2026-01-05',
      handover: '09:00',
    });
    // Istanbul is UTC+3 all year: 09:00 local is 06:00Z.
    expect(daily.onCallAt(at('2026-01-05T06:00:00Z'))).toBe('a');
    expect(daily.onCallAt(at('2026-01-06T05:59:59Z'))).toBe('a');
    expect(daily.onCallAt(at('2026-01-06T06:00:00Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-01-07T12:00:00Z'))).toBe('c');
    expect(daily.onCallAt(at('2026-01-08T12:00:00Z'))).toBe('a');
  });

  it('before the start the order runs backwards, so every instant has someone on call', () => {
    const daily = rotation({
      period: 'daily',
      timezone: 'Europe/Istanbul',
      start: '2026-01-05',
      handover: '09:00',
    });
    expect(daily.onCallAt(at('2026-01-05T05:59:59Z'))).toBe('c');
    expect(daily.onCallAt(at('2026-01-03T12:00:00Z'))).toBe('b');
  });

  it('a weekly rotation hands over on its hand-over day and defaults that day to the weekday of start', () => {
    const weekly = rotation({ period: 'weekly', timezone: 'UTC', start: '2026-01-05', handover: '10:00' });
    expect(weekly.onCallAt(at('2026-01-11T23:00:00Z'))).toBe('a');
    expect(weekly.onCallAt(at('2026-01-12T09:59:59Z'))).toBe('a');
    expect(weekly.onCallAt(at('2026-01-12T10:00:00Z'))).toBe('b');
    expect(weekly.onCallAt(at('2026-01-26T10:00:00Z'))).toBe('a');
  });

  it('a weekly rotation with an explicit hand-over day hands over on that day', () => {
    const weekly = rotation({
      period: 'weekly',
      timezone: 'UTC',
      start: '2026-01-09',
      handover_day: 'fri',
      handover: '17:00',
    });
    expect(weekly.onCallAt(at('2026-01-16T16:59:00Z'))).toBe('a');
    expect(weekly.onCallAt(at('2026-01-16T17:00:00Z'))).toBe('b');
  });
});

describe('compileRotation: daylight saving', () => {
  it('Europe/Berlin spring forward: the hand-over stays at 09:00 local, so the short night makes a 23-hour shift', () => {
    const daily = rotation({
      period: 'daily',
      timezone: 'Europe/Berlin',
      start: '2026-03-27',
      handover: '09:00',
    });
    // 09:00 CET is 08:00Z; from Sunday 29 March 09:00 CEST is 07:00Z.
    expect(daily.onCallAt(at('2026-03-29T06:59:59Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-03-29T07:00:00Z'))).toBe('c');
    expect(iso(daily.shiftsBetween(at('2026-03-28T08:00:00Z'), at('2026-03-30T07:00:00Z')))).toEqual([
      { person: 'b', from: '2026-03-28T08:00:00.000Z', to: '2026-03-29T07:00:00.000Z', source: 'rotation' },
      { person: 'c', from: '2026-03-29T07:00:00.000Z', to: '2026-03-30T07:00:00.000Z', source: 'rotation' },
    ]);
  });

  it('Europe/Berlin fall back: a weekly shift over the change lasts 169 hours', () => {
    const weekly = rotation({
      period: 'weekly',
      timezone: 'Europe/Berlin',
      start: '2026-10-19',
      handover_day: 'mon',
      handover: '09:00',
    });
    const [shift] = weekly.shiftsBetween(at('2026-10-19T07:00:00Z'), at('2026-10-30T00:00:00Z'));
    expect(shift).toEqual({
      person: 'a',
      from: at('2026-10-19T07:00:00Z'),
      to: at('2026-10-26T08:00:00Z'),
      source: 'rotation',
    });
    expect((shift?.to ?? 0) - (shift?.from ?? 0)).toBe(169 * HOUR);
    expect(weekly.onCallAt(at('2026-10-26T07:30:00Z'))).toBe('a');
    expect(weekly.onCallAt(at('2026-10-26T08:00:00Z'))).toBe('b');
  });

  it('America/New_York: a hand-over inside the skipped hour happens when the clock reads 03:30', () => {
    const weekly = rotation({
      period: 'weekly',
      timezone: 'America/New_York',
      start: '2026-03-01',
      handover: '02:30',
    });
    // 1 March 02:30 EST = 07:30Z; 8 March 02:30 does not exist, 03:30 EDT = 07:30Z; 15 March 02:30 EDT = 06:30Z.
    expect(weekly.onCallAt(at('2026-03-08T07:29:59Z'))).toBe('a');
    expect(weekly.onCallAt(at('2026-03-08T07:30:00Z'))).toBe('b');
    expect(weekly.shiftsBetween(at('2026-03-08T07:30:00Z'), at('2026-03-20T00:00:00Z'))[0]).toEqual({
      person: 'b',
      from: at('2026-03-08T07:30:00Z'),
      to: at('2026-03-15T06:30:00Z'),
      source: 'rotation',
    });
  });

  it('America/New_York: a hand-over in the repeated hour happens at its first occurrence', () => {
    const daily = rotation({
      period: 'daily',
      timezone: 'America/New_York',
      start: '2026-10-31',
      handover: '01:30',
    });
    // 1 November 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST); the turn changes at the first.
    expect(daily.onCallAt(at('2026-11-01T05:29:59Z'))).toBe('a');
    expect(daily.onCallAt(at('2026-11-01T05:30:00Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-11-01T06:30:00Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-11-02T06:29:59Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-11-02T06:30:00Z'))).toBe('c');
  });
});

describe('compileRotation: overrides', () => {
  const holidays = () =>
    rotation({
      period: 'daily',
      timezone: 'Europe/Berlin',
      start: '2026-12-21',
      handover: '09:00',
      people: ['a', 'b'],
      overrides: [{ person: 'x', from: '2026-12-24T18:00', to: '2026-12-26T09:00' }],
    });

  it("an override spanning a hand-over wins over both turns, read in the rotation's zone", () => {
    const daily = holidays();
    expect(daily.onCallAt(at('2026-12-24T16:59:59Z'))).toBe('b');
    expect(daily.onCallAt(at('2026-12-24T17:00:00Z'))).toBe('x');
    expect(daily.onCallAt(at('2026-12-25T08:30:00Z'))).toBe('x');
    expect(daily.onCallAt(at('2026-12-26T07:59:59Z'))).toBe('x');
    expect(daily.onCallAt(at('2026-12-26T08:00:00Z'))).toBe('b');
  });

  it('lists an override as one shift across the hand-over, cutting the turns around it', () => {
    expect(iso(holidays().shiftsBetween(at('2026-12-24T08:00:00Z'), at('2026-12-27T08:00:00Z')))).toEqual([
      { person: 'b', from: '2026-12-24T08:00:00.000Z', to: '2026-12-24T17:00:00.000Z', source: 'rotation' },
      { person: 'x', from: '2026-12-24T17:00:00.000Z', to: '2026-12-26T08:00:00.000Z', source: 'override' },
      { person: 'b', from: '2026-12-26T08:00:00.000Z', to: '2026-12-27T08:00:00.000Z', source: 'rotation' },
    ]);
  });

  it('the later of two overlapping overrides wins, and the earlier resumes after it', () => {
    const daily = rotation({
      period: 'daily',
      timezone: 'UTC',
      start: '2026-01-05',
      overrides: [
        { person: 'x', from: '2026-01-05T10:00:00Z', to: '2026-01-05T20:00:00Z' },
        { person: 'y', from: '2026-01-05T12:00:00+02:00', to: '2026-01-05T12:00:00Z' },
      ],
    });
    expect(iso(daily.shiftsBetween(at('2026-01-05T09:00:00Z'), at('2026-01-05T21:00:00Z')))).toEqual([
      { person: 'a', from: '2026-01-05T09:00:00.000Z', to: '2026-01-05T10:00:00.000Z', source: 'rotation' },
      { person: 'y', from: '2026-01-05T10:00:00.000Z', to: '2026-01-05T12:00:00.000Z', source: 'override' },
      { person: 'x', from: '2026-01-05T12:00:00.000Z', to: '2026-01-05T20:00:00.000Z', source: 'override' },
      { person: 'a', from: '2026-01-05T20:00:00.000Z', to: '2026-01-05T21:00:00.000Z', source: 'rotation' },
    ]);
  });

  it('the shift at an instant is whole: from its start to its end, not a moment around the instant', () => {
    const shiftAt = (t: string) => iso([holidays().shiftAt(at(t))])[0];
    expect(shiftAt('2026-12-25T08:30:00Z')).toEqual({
      person: 'x',
      from: '2026-12-24T17:00:00.000Z',
      to: '2026-12-26T08:00:00.000Z',
      source: 'override',
    });
    expect(shiftAt('2026-12-24T10:00:00Z')).toEqual({
      person: 'b',
      from: '2026-12-24T08:00:00.000Z',
      to: '2026-12-24T17:00:00.000Z',
      source: 'rotation',
    });
  });

  it('pages shifts: at most `limit`, the next page starting where the last one ended', () => {
    const daily = rotation({ period: 'daily', timezone: 'UTC', start: '2026-01-05' });
    const first = daily.shiftsBetween(at('2026-01-05T09:00:00Z'), at('2026-02-05T09:00:00Z'), 3);
    expect(first.map((shift) => shift.person)).toEqual(['a', 'b', 'c']);
    const next = daily.shiftsBetween(first.at(-1)?.to ?? 0, at('2026-02-05T09:00:00Z'), 2);
    expect(next.map((shift) => shift.person)).toEqual(['a', 'b']);
  });
});

const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Europe/Istanbul',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
const pool = ['a', 'b', 'c', 'd', 'e'];
const YEAR_2026 = at('2026-01-01T00:00:00Z');
const DAY = 24 * HOUR;

const arbitraryRotation = (options: { overrides: boolean; period?: 'daily' | 'weekly' }) =>
  fc
    .record({
      people: fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }),
      period:
        options.period === undefined
          ? fc.constantFrom('daily' as const, 'weekly' as const)
          : fc.constant(options.period),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 59),
      timezone: fc.constantFrom(...zones),
      startDay: fc.integer({ min: 0, max: 364 }),
      overrides: fc.array(
        fc.record({
          person: fc.constantFrom('x', 'y'),
          from: fc.integer({ min: 0, max: 400 * 24 }),
          hours: fc.integer({ min: 1, max: 24 * 9 }),
        }),
        { maxLength: options.overrides ? 4 : 0 },
      ),
    })
    .map((r) =>
      compileRotation(
        Rotation.parse({
          id: 'r',
          team: 't',
          people: r.people,
          period: r.period,
          handover: `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`,
          timezone: r.timezone,
          start: new Date(YEAR_2026 + r.startDay * DAY).toISOString().slice(0, 10),
          overrides: r.overrides.map((o) => ({
            person: o.person,
            from: new Date(YEAR_2026 + o.from * HOUR).toISOString(),
            to: new Date(YEAR_2026 + (o.from + o.hours) * HOUR).toISOString(),
          })),
        }),
      ),
    );

describe('compileRotation: properties', () => {
  it("the person on call is always one of the rotation's people or an override", () => {
    fc.assert(
      fc.property(
        arbitraryRotation({ overrides: true }),
        fc.integer({ min: -30 * 24 * 60, max: 430 * 24 * 60 }),
        (compiled, minutes) => {
          expect([...pool, 'x', 'y']).toContain(compiled.onCallAt(YEAR_2026 + minutes * 60_000));
        },
      ),
    );
  });

  it('shifts are contiguous, cover the period, and agree with onCallAt at both ends', () => {
    fc.assert(
      fc.property(
        arbitraryRotation({ overrides: true }),
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.integer({ min: 1, max: 30 * 24 }),
        (compiled, fromHour, hours) => {
          const from = YEAR_2026 + fromHour * HOUR;
          const to = from + hours * HOUR;
          const shifts = compiled.shiftsBetween(from, to, 10_000);
          expect(shifts[0]?.from).toBe(from);
          expect(shifts.at(-1)?.to).toBe(to);
          shifts.forEach((shift, index) => {
            expect(shift.to).toBeGreaterThan(shift.from);
            expect(compiled.onCallAt(shift.from)).toBe(shift.person);
            expect(compiled.onCallAt(shift.to - 1)).toBe(shift.person);
            if (index > 0) {
              expect(shift.from).toBe(shifts[index - 1]?.to);
            }
          });
        },
      ),
    );
  });

  it('the shift at an instant is the one the shift list shows around it', () => {
    fc.assert(
      fc.property(
        arbitraryRotation({ overrides: true }),
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        (compiled, minutes) => {
          const t = YEAR_2026 + minutes * 60_000;
          const listed = compiled
            .shiftsBetween(t - 20 * DAY, t + 20 * DAY, 10_000)
            .find((shift) => shift.from <= t && t < shift.to);
          expect(compiled.shiftAt(t)).toEqual(listed);
        },
      ),
    );
  });

  it("a whole daily turn lasts a day give or take the zone's daylight-saving change", () => {
    fc.assert(
      fc.property(
        arbitraryRotation({ overrides: false, period: 'daily' }),
        fc.integer({ min: 0, max: 360 * 24 }),
        (compiled, fromHour) => {
          const from = YEAR_2026 + fromHour * HOUR;
          const whole = compiled.shiftsBetween(from, from + 10 * DAY, 100).slice(1, -1);
          expect(whole.length).toBeGreaterThanOrEqual(8);
          for (const shift of whole) {
            expect(shift.to - shift.from).toBeGreaterThanOrEqual(23 * HOUR);
            expect(shift.to - shift.from).toBeLessThanOrEqual(25 * HOUR);
          }
        },
      ),
    );
  });
});
