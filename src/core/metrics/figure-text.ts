// How durations and shares read to people in reports (the metrics report, the audit): 45s, 12m, 3.5h, 2.1d; 12.5%.
// Pure.

/** A duration in ms as people read it: 45s, 12m, 3.5h, 2.1d; '-' for none. */
export function humanDuration(ms: number | null): string {
  if (ms === null) {
    return '-';
  }
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
  ];
  for (const [unit, size] of units) {
    if (ms >= size) {
      return `${Number((ms / size).toFixed(1))}${unit}`;
    }
  }
  return `${Math.round(ms / 1000)}s`;
}

/** A rate in [0, 1] as a percentage with one decimal: 12.5%; '-' for none. */
export const percent = (rate: number | null): string => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);
