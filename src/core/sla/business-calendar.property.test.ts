import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../playbook/sla-schema.js';
import { Calendar as CalendarSchema, holidayDays } from '../playbook/sla-schema.js';
import { compileCalendar } from './business-calendar.js';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2027-12-31T00:00:00Z');
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Zones with every kind of change: none, an hour at 02:00/03:00, half an hour, odd offsets, and at midnight.
const zones = [
  'America/New_York',
  'Europe/Berlin',
  'Europe/Istanbul',
  'UTC',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
];

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// Quarter hours, so every boundary falls on a whole minute in every zone.
const range = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 }))
  .filter(([from, to]) => from !== to)
  .map(([from, to]) => `${hhmm(from * 15)}-${hhmm(to * 15)}`);

const hours = fc
  .record(
    Object.fromEntries(WEEKDAYS.map((day) => [day, fc.array(range, { maxLength: 3 })])) as Record<
      (typeof WEEKDAYS)[number],
      fc.Arbitrary<string[]>
    >,
  )
  .filter((week) => Object.values(week).some((ranges) => ranges.length > 0));

const isoDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const holiday = fc
  .tuple(fc.integer({ min: FROM / 86_400_000, max: TO / 86_400_000 }), fc.integer({ min: 0, max: 10 }))
  .map(([first, length]) =>
    length === 0 ? isoDate(first) : `${isoDate(first)}..${isoDate(first + length)}`,
  );

const calendarArb = fc
  .record({
    timezone: fc.constantFrom(...zones),
    hours,
    holidays: fc.array(holiday, { maxLength: 4 }),
  })
  .map((fields): Calendar => CalendarSchema.parse({ id: 'generated', ...fields }));

const instant = fc.integer({ min: FROM, max: TO });
const duration = fc.integer({ min: 0, max: 3 * WEEK });

/** Open by definition: the wall clock shows a shift of today (or yesterday's overnight tail), not a holiday. */
function referenceOpen(calendar: Calendar, t: number): boolean {
  const local = DateTime.fromMillis(t, { zone: calendar.timezone });
  const date = local.toISODate() ?? '';
  const closed = (calendar.holidays ?? []).some((text) => {
    const { first, last } = holidayDays(text);
    return date >= isoDate(first) && date <= isoDate(last);
  });
  if (closed) {
    return false;
  }
  const minute = local.hour * 60 + local.minute;
  const today = calendar.hours[WEEKDAYS[local.weekday - 1] ?? 'mon'] ?? [];
  const yesterday = calendar.hours[WEEKDAYS[(local.weekday + 5) % 7] ?? 'sun'] ?? [];
  const bounds = (text: string) => {
    const [from = '', to = ''] = text.split('-');
    const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
    return { from: minutes(from), to: minutes(to) };
  };
  return (
    today.some((text) => {
      const { from, to } = bounds(text);
      return minute >= from && (to > from ? minute < to : true);
    }) ||
    yesterday.some((text) => {
      const { from, to } = bounds(text);
      return to < from && minute < to;
    })
  );
}

describe('business calendar properties', () => {
  it('adding working time and measuring it back gives the same duration', () => {
    fc.assert(
      fc.property(calendarArb, instant, duration, (calendar, start, ms) => {
        const compiled = compileCalendar(calendar);
        expect(compiled.businessTimeBetween(start, compiled.addBusinessTime(start, ms))).toBe(ms);
      }),
    );
  });

  it('a due instant is never inside a closed stretch: the millisecond before it is working time', () => {
    fc.assert(
      fc.property(calendarArb, instant, duration, (calendar, start, ms) => {
        fc.pre(ms > 0);
        const compiled = compileCalendar(calendar);
        expect(compiled.isOpenAt(compiled.addBusinessTime(start, ms) - 1)).toBe(true);
      }),
    );
  });

  it('more working time never gives an earlier due instant', () => {
    fc.assert(
      fc.property(calendarArb, instant, duration, duration, (calendar, start, a, b) => {
        const compiled = compileCalendar(calendar);
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const early = compiled.addBusinessTime(start, shorter);
        const late = compiled.addBusinessTime(start, longer);
        expect(shorter < longer ? early < late : early === late).toBe(true);
      }),
    );
  });

  it('working time adds up over consecutive stretches and never exceeds elapsed time', () => {
    fc.assert(
      fc.property(calendarArb, fc.array(instant, { minLength: 3, maxLength: 3 }), (calendar, points) => {
        const compiled = compileCalendar(calendar);
        const [a = 0, b = 0, c = 0] = points.sort((x, y) => x - y);
        expect(compiled.businessTimeBetween(a, b) + compiled.businessTimeBetween(b, c)).toBe(
          compiled.businessTimeBetween(a, c),
        );
        expect(compiled.businessTimeBetween(a, c)).toBeLessThanOrEqual(c - a);
      }),
    );
  });

  it('agrees minute by minute with the wall clock read through luxon', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instant,
        fc.integer({ min: 1, max: 2 * 24 * 60 }),
        (calendar, start, minutes) => {
          const compiled = compileCalendar(calendar);
          const from = Math.floor(start / MINUTE) * MINUTE;
          let expected = 0;
          for (let t = from; t < from + minutes * MINUTE; t += MINUTE) {
            const isOpen = referenceOpen(calendar, t);
            expect(compiled.isOpenAt(t)).toBe(isOpen);
            expected += isOpen ? MINUTE : 0;
          }
          expect(compiled.businessTimeBetween(from, from + minutes * MINUTE)).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('daylight-saving days are covered: the reference agrees across every change of 2026 in each zone', () => {
    const shifts = { mon: ['09:00-17:00'], sat: ['22:00-03:00'], sun: ['00:30-02:30', '23:00-01:00'] };
    for (const timezone of zones) {
      const calendar = CalendarSchema.parse({ id: 'dst', timezone, hours: shifts });
      const compiled = compileCalendar(calendar);
      let previous = DateTime.fromMillis(FROM, { zone: timezone }).offset;
      for (let t = FROM; t < FROM + 365 * 86_400_000; t += 3_600_000) {
        const offset = DateTime.fromMillis(t, { zone: timezone }).offset;
        if (offset !== previous) {
          for (let m = t - 36 * 3_600_000; m < t + 36 * 3_600_000; m += MINUTE) {
            expect(compiled.isOpenAt(m), `${timezone} ${new Date(m).toISOString()}`).toBe(
              referenceOpen(calendar, m),
            );
          }
          previous = offset;
        }
      }
    }
  });
});
