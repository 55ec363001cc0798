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
