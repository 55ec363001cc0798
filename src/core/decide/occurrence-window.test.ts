import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMemoryCounterStore } from './counters.js';
import { OccurrenceWindow } from './occurrence-window.js';

const WINDOW = 1_000;

/** The plain definition: distinct ids whose first sighting is in (at - window, at], forgetting what left. */
function makeReference() {
  const seen = new Map<string, number>();
  return {
    record(id: string, at: number) {
      for (const [other, when] of seen) {
        if (when <= at - WINDOW) {
          seen.delete(other);
        }
      }
      const isNew = !seen.has(id);
      if (isNew) {
        seen.set(id, at);
      }
      return { count: this.count(at), isNew };
    },
    count(at: number) {
      return [...seen.values()].filter((when) => when > at - WINDOW && when <= at).length;
    },
  };
}

// Mostly moving forward, sometimes a little late (another node's news), ids often repeated (later turns).
const steps = fc.array(
  fc.record({ id: fc.integer({ min: 0, max: 30 }), advance: fc.integer({ min: -50, max: 300 }) }),
  { maxLength: 200 },
);

describe('OccurrenceWindow', () => {
  it('counts exactly what the plain definition counts while a key holds few occurrences', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        const window = new OccurrenceWindow(1_000);
        const reference = makeReference();
        let now = 0;
        for (const { id, advance } of sequence) {
          now += advance;
          expect(window.record(`case-${id}`, now, WINDOW)).toEqual(reference.record(`case-${id}`, now));
          expect(window.count(now + 200, WINDOW)).toBe(reference.count(now + 200));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('past its exact occurrences a key over-counts by at most one bucket at the window edge', () => {
    const forward = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 });
    fc.assert(
      fc.property(forward, (advances) => {
        const window = new OccurrenceWindow(5);
        const times: number[] = [];
        let now = 0;
        advances.forEach((advance, index) => {
          now += advance;
          times.push(now);
          const exact = times.filter((when) => when > now - WINDOW).length;
          const edgeBucket = times.filter(
            (when) => when > now - WINDOW - WINDOW / 64 && when <= now - WINDOW,
          );
          const { count } = window.record(`case-${index}`, now, WINDOW);
          expect(count).toBeGreaterThanOrEqual(exact);
          expect(count).toBeLessThanOrEqual(exact + edgeBucket.length);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('holds a bounded number of occurrences however busy the key', () => {
    const window = new OccurrenceWindow(1_000);
    for (let index = 0; index < 100_000; index += 1) {
      window.record(`case-${index}`, index, 1_000_000);
    }
    expect(window.count(100_000, 1_000_000)).toBe(100_000);
    expect(window.held.exact).toBe(1_000);
    expect(window.held.buckets).toBeLessThanOrEqual(65);
  });
});

describe('makeMemoryCounterStore', () => {
  it('record counts what recordNew counts, over few and many occurrences of a key', () => {
    const keyed = fc.array(
      fc.record({
        key: fc.integer({ min: 0, max: 3 }),
        id: fc.integer({ min: 0, max: 40 }),
        advance: fc.integer({ min: -50, max: 300 }),
      }),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(keyed, fc.integer({ min: 1, max: 20 }), (sequence, maxExact) => {
        const counting = makeMemoryCounterStore(3, maxExact);
        const telling = makeMemoryCounterStore(3, maxExact);
        let now = 0;
        for (const { key, id, advance } of sequence) {
          now += advance;
          const told = telling.recordNew('repeat', `k${key}`, `case-${id}`, now, WINDOW);
          expect(counting.record('repeat', `k${key}`, `case-${id}`, now, WINDOW)).toBe(told.count);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('makeMemoryCounterStore with a hot key', () => {
  it('records and counts 100,000 cases of one key in its window, and a cold key beside it exactly', () => {
    // Scanning the key's occurrences on every record made this quadratic: minutes instead of milliseconds.
    const store = makeMemoryCounterStore();
    const day = 86_400_000;
    for (let index = 0; index < 100_000; index += 1) {
      store.record('repeat', 'HOT', `case-${index}`, index, day);
    }
    expect(store.recordNew('repeat', 'HOT', 'case-100000', 100_000, day)).toEqual({
      count: 100_001,
      isNew: true,
    });
    expect(store.recordNew('repeat', 'HOT', 'case-100000', 100_001, day)).toEqual({
      count: 100_001,
      isNew: false,
    });
    expect(store.record('repeat', 'COLD', 'case-c1', 100_000, day)).toBe(1);
    expect(store.record('repeat', 'COLD', 'case-c2', 100_001, day)).toBe(2);
    // A day later the hot key's window has slid past everything.
    expect(store.record('repeat', 'HOT', 'case-late', 100_001 + day, day)).toBe(1);
  });
});
