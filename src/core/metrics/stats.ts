// Summaries of a list of durations: median, 90th percentile, mean, count (nearest-rank percentiles, no interpolation).

export interface DurationSummary {
  /** ms; null when there is nothing to summarise. */
  median: number | null;
  p90: number | null;
  mean: number | null;
  count: number;
}

/** The nearest-rank percentile (`p` in 0..100) of values already sorted ascending; null for none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) {
    return null;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** Median, p90 and mean (rounded to the ms) of some durations; the input is not changed. */
export function summarize(values: readonly number[]): DurationSummary {
  if (values.length === 0) {
    return { median: null, p90: null, mean: null, count: 0 };
  }
  // A typed array sorts numerically in native code, without boxing: what keeps a million values fast.
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return {
    median: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
    mean: Math.round(total / sorted.length),
    count: sorted.length,
  };
}

/** A share in 0..1 rounded to 4 places; null when the denominator is 0. */
export const rateOf = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000;
