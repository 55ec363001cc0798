// The in-memory counter store: a case counts once, a window ends, and recordNew tells a new case from a repeat.
import { describe, expect, test } from 'vitest';
import { makeMemoryCounterStore } from './counters.js';

const hour = 3_600_000;

describe('makeMemoryCounterStore', () => {
  test('recordNew: the first sight of a case is new and counts, a repeat is neither; an old one leaves the window', () => {
    const store = makeMemoryCounterStore();
    expect(store.recordNew('repeat', 'C-1', 'case-1', 0, hour)).toEqual({ count: 1, isNew: true });
    expect(store.recordNew('repeat', 'C-1', 'case-1', 10, hour)).toEqual({ count: 1, isNew: false });
    expect(store.record('repeat', 'C-1', 'case-2', 20, hour)).toBe(2);
    expect(store.count('repeat', 'C-1', 20, hour)).toBe(2);
    expect(store.recordNew('repeat', 'C-1', 'case-3', hour + 5, hour)).toEqual({ count: 2, isNew: true });
    expect(store.count('repeat', 'C-2', hour, hour)).toBe(0);
  });
});
