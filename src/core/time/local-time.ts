// Wall-clock time in one IANA zone as plain numbers: local day numbers, and local day + minute to an instant.
import { offsetOf } from './zone-offset.js';
import { DAY_MS, weekdayOf } from './zone-time.js';

export { DAY_MS, weekdayOf };
const MINUTE_MS = 60_000;

/** Local calendar days count from 1970-01-01 whatever the zone; minutes count from local midnight. */
export interface LocalTime {
  /** The local day that contains the instant `t` (ms). */
  dayOf(t: number): number;
  /** The instant at which the zone's wall clock shows `minute` of local `day`. */
  instantAt(day: number, minute: number): number;
}

/**
 * Makes wall-clock conversions for one zone. A wall time shown twice (clocks going back) is its earlier
 * instant; one never shown (clocks going forward) moves on by the gap, so 02:30 on a spring-forward night in
 * New York is 03:30 EDT. Unlike luxon's `fromObject`, the answer does not depend on today's date.
 */
export function makeLocalTime(timezone: string): LocalTime {
  const offsetMs = offsetOf(timezone);
  return {
    dayOf: (t) => Math.floor((t + offsetMs(t)) / DAY_MS),
    instantAt(day, minute) {
      const local = day * DAY_MS + minute * MINUTE_MS;
      // No zone changes its offset twice within two days, so the offsets a day either side are the candidates.
      const before = offsetMs(local - DAY_MS);
      const after = offsetMs(local + DAY_MS);
      const early = local - before;
      const late = local - after;
      const isEarlyReal = offsetMs(early) === before;
      const isLateReal = offsetMs(late) === after;
      if (isEarlyReal && isLateReal) {
        return Math.min(early, late);
      }
      if (isLateReal && !isEarlyReal) {
        return late;
      }
      // Real with the earlier offset only, or in the gap: read with the earlier offset, which lands after the gap.
      return early;
    },
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** Days since 1970-01-01 of a valid "YYYY-MM-DD", or NaN (2026-02-30 is not a date). */
export function epochDayOf(date: string): number {
  const match = DATE.exec(date);
  return match === null ? Number.NaN : dayFromParts(match[1], match[2], match[3]);
}

function dayFromParts(y = '', m = '', d = ''): number {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a rolled date is not the date that was written.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return Number.NaN;
  }
  return ms / DAY_MS;
}

/** Minutes from midnight of a valid "HH:MM" (00:00‥23:59), or NaN. */
export function minuteOfDay(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant of "2026-12-24T18:00:00Z" / "…+03:00" (its own offset) or of the wall time "2026-12-24T18:00"
 * in `local`'s zone; NaN when the text is not one of these. Fractions of a second are dropped.
 */
export function instantOf(text: string, local: LocalTime): number {
  const match = DATE_TIME.exec(text);
  if (match === null) {
    return Number.NaN;
  }
  const day = dayFromParts(match[1], match[2], match[3]);
  if (Number.isNaN(day)) {
    return Number.NaN;
  }
  const seconds = Number(match[6] ?? 0) * 1_000;
  const minute = Number(match[4]) * 60 + Number(match[5]);
  const offset = match[7];
  if (offset === undefined) {
    return local.instantAt(day, minute) + seconds;
  }
  const offsetMinutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return day * DAY_MS + (minute - offsetMinutes) * MINUTE_MS + seconds;
}
