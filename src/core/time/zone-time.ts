// Wall-clock time in an IANA zone as plain numbers: the local day of an instant, and the instants at which
// the zone's wall clock shows a given stretch of a local day.
import { offsetOf } from './zone-offset.js';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
// Every zone's offset lies within −12 h … +14 h, so the instants of one local day lie within this much of it.
const REACH_MS = 15 * 3_600_000;

/** Local days count calendar days since 1970-01-01 as the zone's wall clock shows them. */
export interface ZoneTime {
  /** The local day that contains the instant `t`. */
  dayOf(t: number): number;
  /**
   * The instants at which the wall clock shows a time of local `day` inside one of `minuteSpans` ([from, to)
   * minutes since local midnight, 0‥1440), as sorted, disjoint [start, end) pairs. On a spring-forward day the
   * skipped wall times simply have no instants; on a fall-back day the repeated hour has two.
   */
  instantsOf(day: number, minuteSpans: ReadonlyArray<readonly [number, number]>): Array<[number, number]>;
}

/** 0 = Monday … 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

interface OffsetPiece {
  from: number;
  to: number;
  offsetMs: number;
}

/** Makes wall-clock conversions for one zone; the offsets come from the zone database (see zone-offset.ts). */
export function makeZoneTime(timezone: string): ZoneTime {
  const offsetMs = offsetOf(timezone);

  /**
   * Splits [from, to) into stretches of constant offset. A change is found by bisection to the millisecond; a
   * window is taken as constant when both its ends agree, which holds for every zone that does not change its
   * offset twice, back and forth, within two days.
   */
  function offsetPieces(from: number, to: number): OffsetPiece[] {
    const pieces: OffsetPiece[] = [];
    let start = from;
    let offset = offsetMs(start);
    while (offsetMs(to - 1) !== offset) {
      let same = start;
      let changed = to - 1;
      while (changed - same > 1) {
        const middle = Math.floor((same + changed) / 2);
        if (offsetMs(middle) === offset) {
          same = middle;
        } else {
          changed = middle;
        }
      }
      pieces.push({ from: start, to: changed, offsetMs: offset });
      start = changed;
      offset = offsetMs(start);
    }
    pieces.push({ from: start, to, offsetMs: offset });
    return pieces;
  }

  return {
    dayOf(t) {
      return Math.floor((t + offsetMs(t)) / DAY_MS);
    },
    instantsOf(day, minuteSpans) {
      const midnight = day * DAY_MS;
      const pieces = offsetPieces(midnight - REACH_MS, midnight + DAY_MS + REACH_MS);
      const instants: Array<[number, number]> = [];
      for (const [fromMinute, toMinute] of minuteSpans) {
        const localFrom = midnight + fromMinute * MINUTE_MS;
        const localTo = midnight + toMinute * MINUTE_MS;
        // Within a piece the wall clock reads t + offset, so it shows [localFrom, localTo) over this stretch.
        for (const piece of pieces) {
          const start = Math.max(piece.from, localFrom - piece.offsetMs);
          const end = Math.min(piece.to, localTo - piece.offsetMs);
          if (end > start) {
            instants.push([start, end]);
          }
        }
      }
      return mergeSpans(instants);
    },
  };
}

/** Sorts [start, end) pairs and merges those that overlap or touch. */
export function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
