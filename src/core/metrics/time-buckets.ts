// The start of the local day or hour that holds an instant, in an IANA zone: the buckets of a metrics series. Pure.
import { offsetOf } from '../time/zone-offset.js';

export type Interval = 'day' | 'hour';
const HOUR_MS = 3_600_000;
// Every zone's offset, and every instant its offset changes, is a whole number of quarter hours: all instants of
// one UTC quarter hour share a bucket, so the answer is remembered per quarter hour.
const QUARTER_MS = 900_000;
const DAY_MS = 86_400_000;

/** A function giving the bucket start (UTC ms) of an instant; throws RangeError for an unknown zone. */
export function makeBucketStart(interval: Interval, timezone: string): (t: number) => number {
  const offset = offsetOf(timezone);
  const size = interval === 'day' ? DAY_MS : HOUR_MS;
  const known = new Map<number, number>();
  return (t) => {
    const quarter = Math.floor(t / QUARTER_MS);
    let start = known.get(quarter);
    if (start === undefined) {
      const local = t + offset(t);
      const startLocal = Math.floor(local / size) * size;
      // The offset at the bucket's start may differ from the instant's (a DST change inside the day): read it there.
      start = startLocal - offset(startLocal - offset(t));
      known.set(quarter, start);
    }
    return start;
  };
}
