// The start of the local day or hour that holds an instant, in an IANA zone: the buckets of a metrics series. Pure.
import { offsetOf } from '../time/zone-offset.js';

export type Interval = 'day' | 'hour';
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A function giving the bucket start (UTC ms) of an instant; throws RangeError for an unknown zone. */
export function makeBucketStart(interval: Interval, timezone: string): (t: number) => number {
  const offset = offsetOf(timezone);
  const size = interval === 'day' ? DAY_MS : HOUR_MS;
  return (t) => {
    const local = t + offset(t);
    const startLocal = Math.floor(local / size) * size;
    // The offset at the bucket's start may differ from the instant's (a DST change inside the day): read it there.
    const guess = startLocal - offset(t);
    return startLocal - offset(guess);
  };
}
