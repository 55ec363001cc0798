import { describe, expect, it } from 'vitest';
import { keepFirst, makeFailures, makeSummary } from './summarise-drill.js';

const verdict = { action: 'continue' as const, route: null, priority: null, triggers: [] };

describe('keepFirst', () => {
  it('keeps the items of lowest line, in line order, whatever order they come in', () => {
    const kept: { line: number }[] = [];
    for (const line of [5, 9, 2, 7, 1, 8, 3]) {
      keepFirst(kept, { line }, 4);
    }
    expect(kept.map(({ line }) => line)).toEqual([1, 2, 3, 5]);
  });
});

describe('a summary fed out of line order', () => {
  it('reports what the same cases in line order report', () => {
    const lines = Array.from({ length: 40 }, (_, n) => n + 1);
    const shuffled = [...lines].sort((a, b) => ((a * 17) % 41) - ((b * 17) % 41));
    const fill = (order: number[]) => {
      const summary = makeSummary();
      const failures = makeFailures();
      for (const line of order) {
        summary.add(`c${line}`, line, verdict, 'escalated_later');
        failures.add(line, `bad ${line}`);
      }
      return { summary: summary.finish(), failures: failures.finish() };
    };
    const inOrder = fill(lines);
    expect(fill(shuffled)).toEqual(inOrder);
    expect(inOrder.summary.outcomes.missed.examples.map(({ line }) => line)).toEqual(lines.slice(0, 10));
  });
});
