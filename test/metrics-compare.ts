// Compares a report read from rollups with the one read from rows: every count, rate, mean and total equal;
// medians and p90s within the documented relative error (plus rounding to the ms).
import { expect } from 'vitest';
import type { MetricsReport } from '../src/core/metrics/metrics-report.js';
import { RELATIVE_ERROR } from '../src/core/metrics/quantile-sketch.js';
import { makeRandom } from '../scripts/signals/random.js';

/** A seeded integer source: `random(n)` is one of 0…n-1, the same sequence for the same seed on every run. */
export function randomOf(seed: number): (n: number) => number {
  const random = makeRandom(seed);
  return (n) => Math.floor(random() * n);
}

const approximate = new Set(['median', 'p90', 'businessMedian', 'businessP90']);

function compare(fast: unknown, exact: unknown, path: string): void {
  if (Array.isArray(exact)) {
    expect(Array.isArray(fast), path).toBe(true);
    const a = fast as unknown[];
    expect(a.length, `${path}.length`).toBe(exact.length);
    exact.forEach((item, i) => compare(a[i], item, `${path}[${i}]`));
    return;
  }
  if (exact !== null && typeof exact === 'object') {
    expect(fast !== null && typeof fast === 'object', path).toBe(true);
    const a = fast as Record<string, unknown>;
    const b = exact as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(b)) {
      const value = b[key];
      if (approximate.has(key) && typeof value === 'number') {
        const got = a[key];
        expect(typeof got, `${path}.${key}`).toBe('number');
        expect(
          Math.abs((got as number) - value),
          `${path}.${key}: ${String(got)} vs ${value}`,
        ).toBeLessThanOrEqual(Math.abs(value) * RELATIVE_ERROR * 1.0001 + 1);
      } else {
        compare(a[key], value, `${path}.${key}`);
      }
    }
    return;
  }
  expect(fast, path).toEqual(exact);
}

/** Asserts the rollup report equals the exact one within the sketch's error (lists of dwell compared by name). */
export function expectSameReport(fast: MetricsReport, exact: MetricsReport): void {
  const byName = <T extends { total: number }>(list: T[], name: (item: T) => string) =>
    [...list].sort((a, b) => name(a).localeCompare(name(b)));
  const normal = (report: MetricsReport) => ({
    ...report,
    bottlenecks: {
      byStatus: byName(report.bottlenecks.byStatus, (item) => item.status),
      byTeam: byName(report.bottlenecks.byTeam, (item) => item.team),
    },
  });
  compare(normal(fast), normal(exact), 'report');
}
