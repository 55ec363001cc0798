// Business-time arithmetic on a calendar: open or not, add working time, working time between two instants.
import { HandoffError } from '../../errors.js';
import { type Calendar, holidayDays, rangeMinutes } from '../playbook/sla-schema.js';
import { DAY_MS, makeZoneTime, mergeSpans, weekdayOf } from '../time/zone-time.js';

/** Working-time arithmetic in UTC epoch milliseconds. */
export interface BusinessCalendar {
  /** The calendar's id; null for plain calendar time (24/7). */
  readonly id: string | null;
  /** True when `t` falls inside working hours. */
  isOpenAt(t: number): boolean;
  /** The instant at which `ms` of working time have elapsed after `start`; `start` itself when `ms` is 0. */
  addBusinessTime(start: number, ms: number): number;
  /** Working milliseconds in [a, b); 0 when `b` is not after `a`. */
  businessTimeBetween(a: number, b: number): number;
  /**
   * The same point of the working day `days` working days after `start` (as far into that day's working time as
   * `start` was into its own, or the day's close when it is shorter): what people mean by "3 business days".
   */
  addWorkingDays(start: number, days: number): number;
}

/** Calendar time: always open, so business time is elapsed time. */
export const calendarTime: BusinessCalendar = {
  id: null,
  isOpenAt: () => true,
  addBusinessTime(start, ms) {
    checkDuration(ms);
    return start + ms;
  },
  businessTimeBetween: (a, b) => Math.max(0, b - a),
  addWorkingDays: (start, days) => start + days * DAY_MS,
};

function checkDuration(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`business time must be a finite, non-negative number of ms (got ${ms})`);
  }
}

/** Closed local-day blocks, sorted and merged, so a long holiday range is skipped in one step. */
function holidayBlocks(holidays: readonly string[]): Array<{ first: number; last: number }> {
  const blocks = holidays.map(holidayDays).sort((x, y) => x.first - y.first);
  const merged: Array<{ first: number; last: number }> = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    if (previous !== undefined && block.first <= previous.last + 1) {
      previous.last = Math.max(previous.last, block.last);
    } else {
      merged.push({ ...block });
    }
  }
  return merged;
}

/** The block containing `day`, by bisection. */
function blockAt(blocks: ReadonlyArray<{ first: number; last: number }>, day: number) {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (block === undefined || day < block.first) {
      high = middle - 1;
    } else if (day > block.last) {
      low = middle + 1;
    } else {
      return block;
    }
  }
  return undefined;
}

// A guard, not a limit anyone should meet: targets are far shorter than a century of working time.
const MAX_DAYS = 36_600;
const DEFAULT_CACHE_DAYS = 4_096;

/** A small cache that forgets everything when full: calls cluster around now, so it refills at once. */
function makeDayCache(compute: (day: number) => readonly number[], size: number) {
  const cache = new Map<number, readonly number[]>();
  return (day: number): readonly number[] => {
    let spans = cache.get(day);
    if (spans === undefined) {
      spans = compute(day);
      if (cache.size >= size) {
        cache.clear();
      }
      cache.set(day, spans);
    }
    return spans;
  };
}

/**
 * Compiles a calendar once. An instant is working time when the calendar's wall clock shows a time inside one of
 * that weekday's shifts (or the overnight tail of yesterday's) on a local date that is not a holiday: a holiday
 * closes the whole local date, overnight tails included; on a spring-forward night the skipped wall times do not
 * exist and on a fall-back night the repeated hour is worked twice. Open spans are worked out per day and cached,
 * so arithmetic steps from span to span, never minute by minute. Throws when no weekday has working hours.
 */
export function compileCalendar(calendar: Calendar, options: { cacheDays?: number } = {}): BusinessCalendar {
  const weekly = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) =>
    (calendar.hours[day] ?? []).map(rangeMinutes),
  );
  if (weekly.every((shifts) => shifts.length === 0)) {
    throw new HandoffError('invalid_playbook', `calendar "${calendar.id}" has no working hours on any day`);
  }
  const zone = makeZoneTime(calendar.timezone);
  const blocks = holidayBlocks(calendar.holidays ?? []);
  const cacheDays = options.cacheDays ?? DEFAULT_CACHE_DAYS;

  /** Instants of local `day` on the clock, as [start, end, …]. */
  const localDaySpans = makeDayCache((day) => {
    if (blockAt(blocks, day) !== undefined) {
      return [];
    }
    const minutes: Array<[number, number]> = [];
    for (const { from, to } of weekly[weekdayOf(day)] ?? []) {
      minutes.push([from, to > from ? to : 1_440]);
    }
    for (const { from, to } of weekly[weekdayOf(day - 1)] ?? []) {
      if (to < from && to > 0) {
        minutes.push([0, to]);
      }
    }
    return zone.instantsOf(day, minutes).flat();
  }, cacheDays);

  // Arithmetic walks UTC days, whose instants come in order whatever the zone does at local midnight; the
  // local days that can touch UTC day u are u − 1, u and u + 1.
  const utcDaySpans = makeDayCache((day) => {
    const dayStart = day * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    const clipped: Array<[number, number]> = [];
    for (const local of [day - 1, day, day + 1]) {
      const spans = localDaySpans(local);
      for (let i = 0; i < spans.length; i += 2) {
        const start = Math.max(spans[i] ?? 0, dayStart);
        const end = Math.min(spans[i + 1] ?? 0, dayEnd);
        if (end > start) {
          clipped.push([start, end]);
        }
      }
    }
    return mergeSpans(clipped).flat();
  }, cacheDays);

  /** The next UTC day that may hold working time, jumping over a holiday block in one step. */
  const nextDay = (day: number): number => {
    const block = blockAt(blocks, day);
    // UTC day d sees local days d − 1 … d + 1: all closed while they lie in one block.
    return block !== undefined && block.last >= day + 2 ? block.last : day + 1;
  };

  return {
    id: calendar.id,
    isOpenAt(t) {
      const spans = utcDaySpans(Math.floor(t / DAY_MS));
      for (let i = 0; i < spans.length; i += 2) {
        if (t >= (spans[i] ?? 0) && t < (spans[i + 1] ?? 0)) {
          return true;
        }
      }
      return false;
    },
    addBusinessTime(start, ms) {
      checkDuration(ms);
      if (ms === 0) {
        return start;
      }
      let remaining = ms;
      const firstDay = Math.floor(start / DAY_MS);
      for (let day = firstDay; day - firstDay <= MAX_DAYS; day = nextDay(day)) {
        const spans = utcDaySpans(day);
        for (let i = 0; i < spans.length; i += 2) {
          const from = Math.max(spans[i] ?? 0, start);
          const available = (spans[i + 1] ?? 0) - from;
          if (available <= 0) {
            continue;
          }
          if (remaining <= available) {
            return from + remaining;
          }
          remaining -= available;
        }
      }
      throw new RangeError(`calendar "${calendar.id}" cannot fit ${ms} ms of working time within a century`);
    },
    businessTimeBetween(a, b) {
      if (!(b > a)) {
        return 0;
      }
      let total = 0;
      const lastDay = Math.floor((b - 1) / DAY_MS);
      for (let day = Math.floor(a / DAY_MS); day <= lastDay; day = nextDay(day)) {
        const spans = utcDaySpans(day);
        for (let i = 0; i < spans.length; i += 2) {
          const from = Math.max(spans[i] ?? 0, a);
          const to = Math.min(spans[i + 1] ?? 0, b);
          if (to > from) {
            total += to - from;
          }
        }
      }
      return total;
    },
    addWorkingDays(start, days) {
      // From the first working instant at or after `start`: opened on a Sunday counts from Monday's opening.
      const open = this.isOpenAt(start) ? start : this.addBusinessTime(start, 1) - 1;
      const openDay = zone.dayOf(open);
      const openSpans = localDaySpans(openDay);
      let into = 0;
      for (let i = 0; i < openSpans.length; i += 2) {
        into += Math.max(0, Math.min(openSpans[i + 1] ?? 0, open) - (openSpans[i] ?? 0));
      }
      let day = openDay;
      for (let counted = 0; counted < days;) {
        day += 1;
        if (day - openDay > MAX_DAYS) {
          throw new RangeError(`calendar "${calendar.id}" has no ${days} working days within a century`);
        }
        if (localDaySpans(day).length > 0) {
          counted += 1;
        }
      }
      const spans = localDaySpans(day);
      let left = into;
      for (let i = 0; i < spans.length; i += 2) {
        const length = (spans[i + 1] ?? 0) - (spans[i] ?? 0);
        if (left <= length) {
          return (spans[i] ?? 0) + left;
        }
        left -= length;
      }
      return spans.at(-1) ?? open;
    },
  };
}
