// Which parts of a report's range come from rollup cells and which from facts rows: whole hours from hour cells
// (whole UTC days from day cells where they can), the partial hours at both ends from rows, and so are hours a
// series bucket boundary cuts (zones whose offset is not a whole number of hours). Pure.
import { DAY_MS, HOUR_MS } from './rollup-cells.js';
import { type Interval, makeBucketStart } from './time-buckets.js';

type Span = readonly [number, number];

export interface RollupPlan {
  /** [start, end) of the hour cells (headline). */
  cellsFrom: number;
  cellsTo: number;
  /** Hours in [cellsFrom, cellsTo) read from rows instead of cells. */
  rowHours: ReadonlySet<number>;
  /** Every span of opening instants read from rows (the range's ends and `rowHours`). */
  rowSpans: Span[];
  /** Spans of UTC day starts whose day cells count (the whole day is in the range, no hour of it read from rows). */
  daySpans: Span[];
  /** Spans of hour starts whose hour cells count for the parts kept per day too (extra and groupings). */
  hourSpans: Span[];
}

/** At most this many hours cut by bucket boundaries before the rows are read for the whole range instead. */
const MAX_ROW_HOURS = 800;

function toSpans(starts: readonly number[], size: number): Span[] {
  const spans: Array<[number, number]> = [];
  for (const start of starts) {
    const last = spans[spans.length - 1];
    if (last !== undefined && last[1] === start) {
      last[1] = start + size;
    } else {
      spans.push([start, start + size]);
    }
  }
  return spans;
}

/** The plan for [from, to); null when the range holds no whole hour or too many cut ones (read it all from rows). */
export function planRollupRead(from: number, to: number, interval: Interval, tz: string): RollupPlan | null {
  const cellsFrom = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const cellsTo = Math.floor(to / HOUR_MS) * HOUR_MS;
  if (cellsFrom >= cellsTo) {
    return null;
  }
  const bucketOf = makeBucketStart(interval, tz);
  const rowHours = new Set<number>();
  for (let hour = cellsFrom; hour < cellsTo; hour += HOUR_MS) {
    if (bucketOf(hour) !== bucketOf(hour + HOUR_MS - 1)) {
      rowHours.add(hour);
    }
  }
  if (rowHours.size > MAX_ROW_HOURS) {
    return null;
  }
  const rowSpans: Span[] = [];
  if (from < cellsFrom) {
    rowSpans.push([from, cellsFrom]);
  }
  rowSpans.push(...toSpans([...rowHours], HOUR_MS));
  if (cellsTo < to) {
    rowSpans.push([cellsTo, to]);
  }
  const days: number[] = [];
  const hours: number[] = [];
  let hour = cellsFrom;
  while (hour < cellsTo) {
    const isDayStart = hour % DAY_MS === 0 && hour + DAY_MS <= cellsTo;
    let isWholeDay = isDayStart;
    for (let h = hour; isWholeDay && h < hour + DAY_MS; h += HOUR_MS) {
      isWholeDay = !rowHours.has(h);
    }
    if (isWholeDay) {
      days.push(hour);
      hour += DAY_MS;
    } else {
      if (!rowHours.has(hour)) {
        hours.push(hour);
      }
      hour += HOUR_MS;
    }
  }
  return {
    cellsFrom,
    cellsTo,
    rowHours,
    rowSpans,
    daySpans: toSpans(days, DAY_MS),
    hourSpans: toSpans(hours, HOUR_MS),
  };
}

/** One cell a report's headline adds (sign 1) or takes away (-1), and the series bucket it counts in. */
export interface HeadlinePiece {
  grain: 'h' | 'd';
  start: number;
  sign: 1 | -1;
  bucket: number;
}

/**
 * The headline cells of a plan's whole hours (those not read from rows), fewest cells first: the hours of one UTC
 * day that fall in one series bucket are read as their hour cells, or, when they are more than half the day, as
 * the day cell less the hour cells of the rest of the day (counts subtract exactly). A day series in UTC reads one
 * cell a day; in a zone a whole number of hours off UTC, 1 + the offset's hours (or 24 less them) a day.
 */
export function planHeadlineCells(plan: RollupPlan, interval: Interval, tz: string): HeadlinePiece[] {
  const bucketOf = makeBucketStart(interval, tz);
  const groups = new Map<string, { day: number; bucket: number; hours: Set<number> }>();
  for (let hour = plan.cellsFrom; hour < plan.cellsTo; hour += HOUR_MS) {
    if (plan.rowHours.has(hour)) {
      continue;
    }
    const day = Math.floor(hour / DAY_MS) * DAY_MS;
    const bucket = bucketOf(hour);
    const key = `${day}|${bucket}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { day, bucket, hours: new Set() };
      groups.set(key, group);
    }
    group.hours.add(hour);
  }
  const pieces: HeadlinePiece[] = [];
  for (const { day, bucket, hours } of groups.values()) {
    if (hours.size > 12) {
      pieces.push({ grain: 'd', start: day, sign: 1, bucket });
      for (let hour = day; hour < day + DAY_MS; hour += HOUR_MS) {
        if (!hours.has(hour)) {
          pieces.push({ grain: 'h', start: hour, sign: -1, bucket });
        }
      }
    } else {
      for (const hour of hours) {
        pieces.push({ grain: 'h', start: hour, sign: 1, bucket });
      }
    }
  }
  return pieces;
}
