import { describe, expect, it } from 'vitest';
import type { Calendar } from '../playbook/sla-schema.js';
import { calendarTime, compileCalendar } from './business-calendar.js';

const HOUR = 3_600_000;
const at = (text: string) => Date.parse(text);
const iso = (t: number) => new Date(t).toISOString();

const weekdays = (ranges: string[]): Calendar['hours'] => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
});

const calendar = (timezone: string, hours: Calendar['hours'], holidays?: string[]) =>
  compileCalendar({ id: 'test', timezone, hours, ...(holidays ? { holidays } : {}) });

describe('business calendar: ordinary weeks', () => {
  const office = calendar('America/New_York', weekdays(['09:00-17:00']));

  it('counts only working hours between two instants', () => {
    expect(office.businessTimeBetween(at('2026-02-02T08:00:00-05:00'), at('2026-02-02T18:00:00-05:00'))).toBe(
      8 * HOUR,
    );
  });

  it('work left at Friday close carries over to Monday morning', () => {
    const due = office.addBusinessTime(at('2026-02-06T16:00:00-05:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-02-09T10:00:00-05:00')));
  });

  it('time added outside hours starts counting at the next opening', () => {
    const due = office.addBusinessTime(at('2026-02-07T12:00:00-05:00'), 30 * 60_000);
    expect(iso(due)).toBe(iso(at('2026-02-09T09:30:00-05:00')));
  });

  it('a due instant at closing time is the closing instant, not the next morning', () => {
    const due = office.addBusinessTime(at('2026-02-02T09:00:00-05:00'), 8 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-02-02T17:00:00-05:00')));
  });

  it('adding nothing returns the start, even when closed', () => {
    const sunday = at('2026-02-08T03:00:00-05:00');
    expect(office.addBusinessTime(sunday, 0)).toBe(sunday);
  });

  it('opening is inclusive and closing exclusive', () => {
    expect(office.isOpenAt(at('2026-02-02T09:00:00-05:00'))).toBe(true);
    expect(office.isOpenAt(at('2026-02-02T16:59:59.999-05:00'))).toBe(true);
    expect(office.isOpenAt(at('2026-02-02T17:00:00-05:00'))).toBe(false);
    expect(office.isOpenAt(at('2026-02-02T08:59:59.999-05:00'))).toBe(false);
  });

  it('nothing elapses between an instant and an earlier one', () => {
    expect(office.businessTimeBetween(at('2026-02-03T12:00:00Z'), at('2026-02-02T12:00:00Z'))).toBe(0);
  });

  it('two weeks of business time land forty-two working days on, stepping by spans', () => {
    const due = office.addBusinessTime(at('2026-01-05T09:00:00-05:00'), 14 * 24 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-03-03T17:00:00-05:00')));
  });

  it('refuses negative or endless durations', () => {
    expect(() => office.addBusinessTime(0, -1)).toThrow(RangeError);
    expect(() => office.addBusinessTime(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('business calendar: split and overnight shifts', () => {
  it('a lunch break does not count', () => {
    const split = calendar('Europe/Istanbul', { mon: ['09:00-12:00', '13:00-17:00'] });
    const start = at('2026-02-02T11:00:00+03:00');
    expect(split.isOpenAt(at('2026-02-02T12:30:00+03:00'))).toBe(false);
    expect(iso(split.addBusinessTime(start, 2 * HOUR))).toBe(iso(at('2026-02-02T14:00:00+03:00')));
    expect(split.businessTimeBetween(start, at('2026-02-02T14:00:00+03:00'))).toBe(2 * HOUR);
  });

  it('an overnight shift runs past midnight into the next day', () => {
    const night = calendar('Europe/Istanbul', { mon: ['22:00-06:00'] });
    expect(night.isOpenAt(at('2026-02-03T05:59:00+03:00'))).toBe(true);
    expect(night.isOpenAt(at('2026-02-03T06:00:00+03:00'))).toBe(false);
    expect(night.isOpenAt(at('2026-02-03T22:30:00+03:00'))).toBe(false);
    const due = night.addBusinessTime(at('2026-02-02T23:00:00+03:00'), 6 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-02-03T05:00:00+03:00')));
  });

  it('an overnight shift ending at midnight is the same as one ending at 24:00', () => {
    const a = calendar('UTC', { fri: ['20:00-00:00'] });
    const b = calendar('UTC', { fri: ['20:00-24:00'] });
    const from = at('2026-02-06T00:00:00Z');
    const to = at('2026-02-08T00:00:00Z');
    expect(a.businessTimeBetween(from, to)).toBe(4 * HOUR);
    expect(b.businessTimeBetween(from, to)).toBe(4 * HOUR);
  });

  it('overlapping shifts count their common time once', () => {
    const overlapping = calendar('UTC', { mon: ['09:00-13:00', '12:00-15:00'], sun: ['20:00-10:00'] });
    expect(overlapping.businessTimeBetween(at('2026-02-02T00:00:00Z'), at('2026-02-03T00:00:00Z'))).toBe(
      15 * HOUR,
    );
  });
});

describe('business calendar: holidays', () => {
  it('a holiday date is closed all day', () => {
    const office = calendar('America/New_York', weekdays(['09:00-17:00']), ['2026-12-25']);
    expect(office.isOpenAt(at('2026-12-25T10:00:00-05:00'))).toBe(false);
    const due = office.addBusinessTime(at('2026-12-24T16:00:00-05:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-12-28T10:00:00-05:00')));
  });

  it('a holiday range closes every day in it, both ends included', () => {
    const office = calendar('America/New_York', weekdays(['09:00-17:00']), ['2026-12-24..2026-12-26']);
    const due = office.addBusinessTime(at('2026-12-23T16:00:00-05:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-12-28T10:00:00-05:00')));
  });

  it('a holiday cuts the overnight tail of the evening before', () => {
    const night = calendar('America/New_York', { thu: ['22:00-06:00'] }, ['2026-12-25']);
    const from = at('2026-12-24T20:00:00-05:00');
    expect(night.businessTimeBetween(from, at('2026-12-25T12:00:00-05:00'))).toBe(2 * HOUR);
  });

  it('holidays are local dates in the calendar’s zone', () => {
    // 2026-05-01 00:30 in Istanbul is still 30 April in UTC.
    const istanbul = calendar('Europe/Istanbul', { fri: ['00:00-24:00'], thu: ['00:00-24:00'] }, [
      '2026-05-01',
    ]);
    expect(istanbul.isOpenAt(at('2026-04-30T21:30:00Z'))).toBe(false);
    expect(istanbul.isOpenAt(at('2026-04-30T20:30:00Z'))).toBe(true);
  });

  it('Kurban Bayramı in Istanbul pushes a deadline past the whole holiday week', () => {
    const office = calendar('Europe/Istanbul', weekdays(['09:00-18:00']), ['2026-05-26..2026-05-30']);
    const due = office.addBusinessTime(at('2026-05-25T17:00:00+03:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-06-01T10:00:00+03:00')));
  });

  it('a year of holidays is jumped over, not walked', () => {
    const office = calendar('America/New_York', weekdays(['09:00-17:00']), ['2027-01-01..2027-12-31']);
    const due = office.addBusinessTime(at('2026-12-31T16:00:00-05:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2028-01-03T10:00:00-05:00')));
  });
});

describe('business calendar: daylight saving', () => {
  it('America/New_York spring forward: a night shift across the change is an hour shorter', () => {
    const night = calendar('America/New_York', { sat: ['22:00-06:00'] });
    const start = at('2026-03-07T22:00:00-05:00');
    expect(night.businessTimeBetween(at('2026-03-07T12:00:00-05:00'), at('2026-03-08T12:00:00-04:00'))).toBe(
      7 * HOUR,
    );
    expect(iso(night.addBusinessTime(start, 7 * HOUR))).toBe(iso(at('2026-03-08T06:00:00-04:00')));
  });

  it('America/New_York fall back: the repeated hour is worked twice', () => {
    const night = calendar('America/New_York', { sat: ['22:00-06:00'] });
    expect(night.businessTimeBetween(at('2026-10-31T12:00:00-04:00'), at('2026-11-01T12:00:00-05:00'))).toBe(
      9 * HOUR,
    );
    expect(iso(night.addBusinessTime(at('2026-10-31T22:00:00-04:00'), 9 * HOUR))).toBe(
      iso(at('2026-11-01T06:00:00-05:00')),
    );
  });

  it('America/New_York: a shift starting inside the skipped hour opens when the clocks jump', () => {
    const early = calendar('America/New_York', { sun: ['02:30-05:00'] });
    expect(early.isOpenAt(at('2026-03-08T01:59:00-05:00'))).toBe(false);
    expect(early.isOpenAt(at('2026-03-08T03:00:00-04:00'))).toBe(true);
    expect(early.businessTimeBetween(at('2026-03-08T00:00:00-05:00'), at('2026-03-08T12:00:00-04:00'))).toBe(
      2 * HOUR,
    );
  });

  it('America/New_York: office hours keep their wall-clock times on both sides of a change', () => {
    const office = calendar('America/New_York', weekdays(['09:00-17:00']));
    expect(iso(office.addBusinessTime(at('2026-03-06T16:00:00-05:00'), 2 * HOUR))).toBe(
      iso(at('2026-03-09T10:00:00-04:00')),
    );
    expect(iso(office.addBusinessTime(at('2026-10-30T16:00:00-04:00'), 2 * HOUR))).toBe(
      iso(at('2026-11-02T10:00:00-05:00')),
    );
  });

  it('Europe/Berlin spring forward: an early Sunday shift loses the hour from 02:00', () => {
    const early = calendar('Europe/Berlin', { sun: ['00:00-06:00'] });
    expect(early.businessTimeBetween(at('2026-03-28T12:00:00+01:00'), at('2026-03-29T12:00:00+02:00'))).toBe(
      5 * HOUR,
    );
    expect(iso(early.addBusinessTime(at('2026-03-29T00:00:00+01:00'), 2 * HOUR + 30 * 60_000))).toBe(
      iso(at('2026-03-29T03:30:00+02:00')),
    );
  });

  it('Europe/Berlin fall back: an early Sunday shift gains the repeated hour from 02:00', () => {
    const early = calendar('Europe/Berlin', { sun: ['00:00-06:00'] });
    expect(early.businessTimeBetween(at('2026-10-24T12:00:00+02:00'), at('2026-10-25T12:00:00+01:00'))).toBe(
      7 * HOUR,
    );
    expect(early.isOpenAt(at('2026-10-25T02:30:00+01:00'))).toBe(true);
    expect(early.isOpenAt(at('2026-10-25T02:30:00+02:00'))).toBe(true);
  });

  it('Europe/Berlin: Friday afternoon to Monday across the change is two working hours', () => {
    const office = calendar('Europe/Berlin', weekdays(['09:00-17:00']));
    const due = office.addBusinessTime(at('2026-03-27T16:00:00+01:00'), 2 * HOUR);
    expect(iso(due)).toBe(iso(at('2026-03-30T10:00:00+02:00')));
  });

  it('Europe/Istanbul has no daylight saving: opening stays at 06:00 UTC all year', () => {
    const office = calendar('Europe/Istanbul', weekdays(['09:00-18:00']));
    for (const day of ['2026-03-23', '2026-03-30', '2026-10-26', '2026-11-02', '2026-07-06', '2026-01-05']) {
      expect(office.isOpenAt(at(`${day}T06:00:00Z`))).toBe(true);
      expect(office.isOpenAt(at(`${day}T05:59:59.999Z`))).toBe(false);
    }
    const sundayNight = calendar('Europe/Istanbul', { sun: ['00:00-06:00'] });
    expect(sundayNight.businessTimeBetween(at('2026-03-28T12:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(
      6 * HOUR,
    );
    expect(sundayNight.businessTimeBetween(at('2026-10-24T12:00:00Z'), at('2026-10-26T00:00:00Z'))).toBe(
      6 * HOUR,
    );
  });
});

describe('business calendar: compiling', () => {
  it('a calendar with no working hours is refused at compile time', () => {
    expect(() => calendar('UTC', {})).toThrow(/no working hours/);
    expect(() => calendar('UTC', { mon: [], sat: [] })).toThrow(/no working hours/);
  });

  it('an unknown time zone is refused at compile time', () => {
    expect(() => calendar('Mars/Olympus_Mons', { mon: ['09:00-17:00'] })).toThrow(/time zone/);
  });

  it('a tiny cache gives the same answers as a large one', () => {
    const hours = weekdays(['08:00-12:00', '13:00-17:30']);
    const big = compileCalendar({ id: 'big', timezone: 'Europe/Berlin', hours });
    const tiny = compileCalendar({ id: 'tiny', timezone: 'Europe/Berlin', hours }, { cacheDays: 1 });
    const start = at('2026-03-20T10:00:00Z');
    for (const hours of [1, 9, 40, 300]) {
      expect(tiny.addBusinessTime(start, hours * HOUR)).toBe(big.addBusinessTime(start, hours * HOUR));
    }
  });

  it('calendar time is always open and counts every millisecond', () => {
    expect(calendarTime.isOpenAt(at('2026-12-25T03:00:00Z'))).toBe(true);
    expect(calendarTime.addBusinessTime(1_000, 2 * HOUR)).toBe(1_000 + 2 * HOUR);
    expect(calendarTime.businessTimeBetween(1_000, 5_000)).toBe(4_000);
    expect(calendarTime.businessTimeBetween(5_000, 1_000)).toBe(0);
  });
});
