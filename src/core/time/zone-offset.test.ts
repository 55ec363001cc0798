// offsetOf remembers offsets per hour; whatever order it is asked in, it answers what the zone database says.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, test } from 'vitest';
import { offsetOf } from './zone-offset.js';

const zones = [
  'America/New_York',
  'Europe/Berlin',
  'Europe/Istanbul',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kathmandu',
  'UTC',
];
const exact = (zone: string, t: number): number => IANAZone.create(zone).offset(t) * 60_000;

describe('offsetOf', () => {
  test('equals the zone database at any instant, asked in any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }), {
          minLength: 1,
          maxLength: 50,
        }),
        (zone, instants) => {
          for (const t of instants) {
            expect(offsetOf(zone)(t)).toBe(exact(zone, t));
          }
        },
      ),
    );
  });

  test('every minute of an hour with a change, after the hours around it were remembered', () => {
    // New York springs forward at 2026-03-08 07:00 UTC; Lord Howe moves by half an hour at 2026-04-04 15:00 UTC.
    for (const [zone, change] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const) {
      const offset = offsetOf(zone);
      for (let t = change - 2 * 3_600_000; t < change + 2 * 3_600_000; t += 60_000) {
        expect(offset(t)).toBe(exact(zone, t));
      }
      expect(offset(change - 1)).not.toBe(offset(change));
    }
  });

  test('a name that is not a zone is a RangeError', () => {
    expect(() => offsetOf('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
