// Mergeable distributions of durations for rollups: count, sum and a histogram over fixed log-spaced buckets, so
// a median or p90 read from merged histograms is within 1 % of the exact one (a relative-error sketch). Pure.
import type { DurationSummary } from './stats.js';

/** The largest relative error of a percentile read from a histogram (before rounding to the ms). */
export const RELATIVE_ERROR = 0.01;
const GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/** Buckets on each side of zero: |values| up to about 10^11 ms (three years); larger ones share the last. */
const SIDE = 1_300;

/**
 * A distribution: how many values, their sum, and `h` = [first key, count at first key, at the next, …] (empty
 * when there are none). Counts may be negative in a delta (what one change subtracts).
 */
export interface Dist {
  n: number;
  sum: number;
  h: number[];
}

export const emptyDist = (): Dist => ({ n: 0, sum: 0, h: [] });

/**
 * The bucket key of a value: 0 for |v| < 1, k ≥ 1 when γ^(k-2) < v ≤ γ^(k-1), mirrored below zero. Monotone, so
 * the nearest-rank value lies in the bucket the cumulative counts reach.
 */
export function keyOf(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < 1) {
    return 0;
  }
  const key = Math.min(SIDE, Math.ceil(Math.log(magnitude) / LOG_GAMMA) + 1);
  return value < 0 ? -key : key;
}

/** The value a bucket stands for: within RELATIVE_ERROR of every value in it. */
export function valueOfKey(key: number): number {
  if (key === 0) {
    return 0;
  }
  const magnitude = (2 * GAMMA ** (Math.abs(key) - 1)) / (GAMMA + 1);
  return key < 0 ? -magnitude : magnitude;
}

/** The distribution of one value. */
export const distOf = (value: number): Dist => ({ n: 1, sum: value, h: [keyOf(value), 1] });

/** a + sign × b, trimmed of zero counts at both ends (a and b are not changed). */
export function addDist(a: Dist, b: Dist, sign: 1 | -1 = 1): Dist {
  if (b.h.length === 0) {
    return { n: a.n + sign * b.n, sum: a.sum + sign * b.sum, h: a.h };
  }
  const aMin = a.h.length === 0 ? Infinity : (a.h[0] ?? 0);
  const aMax = a.h.length === 0 ? -Infinity : aMin + a.h.length - 2;
  const bMin = b.h[0] ?? 0;
  const bMax = bMin + b.h.length - 2;
  const min = Math.min(aMin, bMin);
  const counts = new Array<number>(Math.max(aMax, bMax) - min + 1).fill(0);
  for (let i = 1; i < a.h.length; i += 1) {
    const at = aMin - min + i - 1;
    counts[at] = (counts[at] ?? 0) + (a.h[i] ?? 0);
  }
  for (let i = 1; i < b.h.length; i += 1) {
    const at = bMin - min + i - 1;
    counts[at] = (counts[at] ?? 0) + sign * (b.h[i] ?? 0);
  }
  let first = 0;
  while (first < counts.length && counts[first] === 0) {
    first += 1;
  }
  let last = counts.length - 1;
  while (last >= first && counts[last] === 0) {
    last -= 1;
  }
  const h = first > last ? [] : [min + first, ...counts.slice(first, last + 1)];
  return { n: a.n + sign * b.n, sum: a.sum + sign * b.sum, h };
}

/** Whether a delta changes nothing. */
export const isZeroDist = (dist: Dist): boolean => dist.n === 0 && dist.sum === 0 && dist.h.length === 0;

/** Merges many distributions into counts over the keys seen so far (grown as needed); reads percentiles. */
export class DistAccumulator {
  n = 0;
  sum = 0;
  /** The key of counts[0]. */
  private low = 0;
  private counts: number[] = [];

  private cover(first: number, last: number): void {
    if (this.counts.length === 0) {
      this.low = first;
      this.counts = new Array<number>(last - first + 1).fill(0);
      return;
    }
    const high = this.low + this.counts.length - 1;
    if (first < this.low) {
      this.counts = [...new Array<number>(this.low - first).fill(0), ...this.counts];
      this.low = first;
    }
    if (last > high) {
      for (let key = high; key < last; key += 1) {
        this.counts.push(0);
      }
    }
  }

  add(dist: Dist): void {
    this.n += dist.n;
    this.sum += dist.sum;
    const { h } = dist;
    if (h.length < 2) {
      return;
    }
    const first = h[0] ?? 0;
    this.cover(first, first + h.length - 2);
    const { counts } = this;
    const offset = first - this.low - 1;
    for (let i = 1; i < h.length; i += 1) {
      counts[offset + i] = (counts[offset + i] ?? 0) + (h[i] ?? 0);
    }
  }

  addValue(value: number): void {
    this.add(distOf(value));
  }

  /** The nearest-rank percentile (`p` in 0..100), as the value of the bucket holding it, rounded to the ms. */
  percentile(p: number): number | null {
    if (this.n <= 0) {
      return null;
    }
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i < this.counts.length; i += 1) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) {
        return Math.round(valueOfKey(this.low + i));
      }
    }
    return null;
  }

  /** Median, p90 and mean like `summarize` (the mean is exact: sums are kept whole). */
  summary(): DurationSummary {
    if (this.n <= 0) {
      return { median: null, p90: null, mean: null, count: 0 };
    }
    return {
      median: this.percentile(50),
      p90: this.percentile(90),
      mean: Math.round(this.sum / this.n),
      count: this.n,
    };
  }
}
