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

/**
 * target += sign × b, in place: `target.h` is grown as needed and not trimmed (see {@link trimDist}), so adding many
 * single values to one distribution costs O(1) each instead of copying its histogram every time.
 */
export function addDistInto(target: Dist, b: Dist, sign: 1 | -1 = 1): void {
  target.n += sign * b.n;
  target.sum += sign * b.sum;
  const bh = b.h;
  if (bh.length < 2) {
    return;
  }
  const bMin = bh[0] ?? 0;
  const bMax = bMin + bh.length - 2;
  let h = target.h;
  if (h.length < 2) {
    h = [bMin, ...new Array<number>(bh.length - 1).fill(0)];
  } else {
    const min = h[0] ?? 0;
    const max = min + h.length - 2;
    if (bMin < min || bMax > max) {
      // Grown with room to spare on the side that grew, so a histogram filled one value at a time is copied
      // O(log) times rather than once per new key.
      const room = Math.max(16, h.length >> 1);
      const low = bMin < min ? Math.max(-SIDE, Math.min(bMin, min - room)) : min;
      const high = bMax > max ? Math.min(SIDE, Math.max(bMax, max + room)) : max;
      const grown = new Array<number>(high - low + 2).fill(0);
      grown[0] = low;
      for (let i = 1; i < h.length; i += 1) {
        grown[min - low + i] = h[i] ?? 0;
      }
      h = grown;
    }
  }
  const offset = bMin - (h[0] ?? 0);
  for (let i = 1; i < bh.length; i += 1) {
    h[offset + i] = (h[offset + i] ?? 0) + sign * (bh[i] ?? 0);
  }
  target.h = h;
}

/** Drops zero counts at both ends of a histogram built by {@link addDistInto}, in place. */
export function trimDist(dist: Dist): Dist {
  const { h } = dist;
  let first = 1;
  while (first < h.length && h[first] === 0) {
    first += 1;
  }
  let last = h.length - 1;
  while (last >= first && h[last] === 0) {
    last -= 1;
  }
  dist.h = first > last ? [] : [(h[0] ?? 0) + first - 1, ...h.slice(first, last + 1)];
  return dist;
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
      const grown = new Array<number>(high - first + 1).fill(0);
      const shift = this.low - first;
      const { counts } = this;
      for (let i = 0; i < counts.length; i += 1) {
        grown[shift + i] = counts[i] ?? 0;
      }
      this.counts = grown;
      this.low = first;
    }
    if (last > high) {
      for (let key = high; key < last; key += 1) {
        this.counts.push(0);
      }
    }
  }

  /** Adds another accumulator's distributions (merging partial sums, e.g. a report's series into its total). */
  addAccumulator(other: DistAccumulator): void {
    this.n += other.n;
    this.sum += other.sum;
    const source = other.counts;
    if (source.length === 0) {
      return;
    }
    this.cover(other.low, other.low + source.length - 1);
    const { counts } = this;
    const offset = other.low - this.low;
    for (let i = 0; i < source.length; i += 1) {
      counts[offset + i] = (counts[offset + i] ?? 0) + (source[i] ?? 0);
    }
  }

  /** Adds (or with sign -1 takes away) a distribution, packed ones read straight from their text. */
  add(dist: Dist | PackedDist, sign: 1 | -1 = 1): void {
    if ('c' in dist) {
      this.addPacked(dist, sign);
      return;
    }
    this.n += sign * dist.n;
    this.sum += sign * dist.sum;
    const { h } = dist;
    if (h.length < 2) {
      return;
    }
    const first = h[0] ?? 0;
    this.cover(first, first + h.length - 2);
    const { counts } = this;
    const offset = first - this.low - 1;
    for (let i = 1; i < h.length; i += 1) {
      counts[offset + i] = (counts[offset + i] ?? 0) + sign * (h[i] ?? 0);
    }
  }

  private addPacked(packed: PackedDist, sign: 1 | -1): void {
    this.n += sign * packed.n;
    this.sum += sign * packed.sum;
    const { c } = packed;
    if (c.length === 0) {
      return;
    }
    // Each count takes at least one character: the keys lie within k .. k + c.length - 1 (zeros past the end do
    // not move a percentile).
    this.cover(packed.k, packed.k + c.length - 1);
    const { counts } = this;
    let at = packed.k - this.low;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < c.length; i += 1) {
      const code = c.charCodeAt(i);
      if (code < LAST) {
        value += (code - MORE) * scale;
        scale *= 32;
      } else {
        value += (code - LAST) * scale;
        counts[at] = (counts[at] ?? 0) + sign * (value % 2 === 1 ? -(value + 1) / 2 : value / 2);
        at += 1;
        value = 0;
        scale = 1;
      }
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

/**
 * A distribution as stored in a rollup cell: `k` the first key, `c` the counts from there packed in a string,
 * each a zigzag varint of 5-bit digits (low digits first; '#'..'B' for a digit with more to come, ']'..'|' for the
 * last one: no character JSON escapes). Half the size of a JSON array of numbers, decoded several times faster, and cheap for
 * PostgreSQL's jsonb to hand back (a string, not hundreds of numerics).
 */
export interface PackedDist {
  n: number;
  sum: number;
  k: number;
  c: string;
}

const MORE = 35;
const LAST = 93;

export function packDist(dist: Dist): PackedDist {
  const { h } = dist;
  let text = '';
  for (let i = 1; i < h.length; i += 1) {
    const count = h[i] ?? 0;
    let zigzag = count < 0 ? -count * 2 - 1 : count * 2;
    while (zigzag >= 32) {
      text += String.fromCharCode(MORE + (zigzag % 32));
      zigzag = Math.floor(zigzag / 32);
    }
    text += String.fromCharCode(LAST + zigzag);
  }
  return { n: dist.n, sum: dist.sum, k: h.length === 0 ? 0 : (h[0] ?? 0), c: text };
}

export function unpackDist(packed: PackedDist): Dist {
  const { c } = packed;
  if (c.length === 0) {
    return { n: packed.n, sum: packed.sum, h: [] };
  }
  const h = [packed.k];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < c.length; i += 1) {
    const code = c.charCodeAt(i);
    if (code < LAST) {
      value += (code - MORE) * scale;
      scale *= 32;
    } else {
      value += (code - LAST) * scale;
      h.push(value % 2 === 1 ? -(value + 1) / 2 : value / 2);
      value = 0;
      scale = 1;
    }
  }
  return { n: packed.n, sum: packed.sum, h };
}
