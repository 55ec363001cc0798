import { describe, expect, test } from 'vitest';
import {
  type BaselineAfter,
  type BaselineBefore,
  changeOf,
  compareWithBaseline,
  formatBaselineTable,
} from './compare-baseline.js';

const MIN = 60_000;
const summary = (median: number | null, p90: number | null, mean: number | null) => ({ median, p90, mean });

const before: BaselineBefore = {
  headline: {
    timeToFirstResponse: summary(30 * MIN, 90 * MIN, 40 * MIN),
    timeToResolution: summary(300 * MIN, 900 * MIN, 400 * MIN),
    firstContactResolution: { rate: 0.5 },
    reassignmentRate: 0.4,
    reopenRate: 0.1,
  },
};
const after: BaselineAfter = {
  headline: {
    timeToFirstHumanResponse: summary(12 * MIN, 90 * MIN, null),
    resolutionTime: { escalated: summary(360 * MIN, 600 * MIN, 400 * MIN) },
    firstContactResolution: { rate: 0.75 },
  },
  rates: { rerouteRate: 0.2, reopenRate: 0.15 },
};

describe('compareWithBaseline', () => {
  const rows = compareWithBaseline(before, after);
  const row = (id: string) => rows.find((candidate) => candidate.id === id);

  test('pairs each audit measure with its live counterpart, in order', () => {
    expect(rows.map((candidate) => [candidate.id, candidate.before, candidate.after])).toEqual([
      ['firstResponseMedian', 30 * MIN, 12 * MIN],
      ['firstResponseP90', 90 * MIN, 90 * MIN],
      ['firstResponseMean', 40 * MIN, null],
      ['resolutionMedian', 300 * MIN, 360 * MIN],
      ['resolutionP90', 900 * MIN, 600 * MIN],
      ['resolutionMean', 400 * MIN, 400 * MIN],
      ['firstContactResolution', 0.5, 0.75],
      ['reassignmentRate', 0.4, 0.2],
      ['reopenRate', 0.1, 0.15],
    ]);
    expect(row('reassignmentRate')).toMatchObject({ kind: 'rate', better: 'lower' });
    expect(row('firstContactResolution')).toMatchObject({ kind: 'rate', better: 'higher' });
    expect(row('resolutionP90')).toMatchObject({ kind: 'duration', better: 'lower' });
  });

  test('a change is better or worse by the measure’s direction, not by its sign', () => {
    const change = (id: string) => {
      const found = row(id);
      return found === undefined ? undefined : changeOf(found);
    };
    expect(change('firstResponseMedian')).toEqual({ delta: -18 * MIN, direction: 'better' });
    expect(change('resolutionMedian')).toEqual({ delta: 60 * MIN, direction: 'worse' });
    expect(change('firstContactResolution')).toEqual({ delta: 0.25, direction: 'better' });
    expect(change('reassignmentRate')?.direction).toBe('better');
    expect(change('reopenRate')?.direction).toBe('worse');
    expect(change('firstResponseP90')).toEqual({ delta: 0, direction: 'same' });
    expect(change('firstResponseMean')).toBeNull();
  });

  test('the terminal table signs the change and shows a missing side as -', () => {
    const table = formatBaselineTable('q3', rows);
    expect(table).toMatch(/time to first response, median +30m +12m +−18m/);
    expect(table).toMatch(/time to first response, mean +40m +- +-/);
    expect(table).toMatch(/first-contact resolution +50\.0% +75\.0% +\+25\.0 pt/);
    expect(table).toContain('before (q3)');
  });
});
