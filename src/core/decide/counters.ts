// Counter stores for frequency triggers: occurrences of a key within a time window.
import { OccurrenceWindow } from './occurrence-window.js';

/** Where frequency triggers take their counts from. `record` is idempotent on `occurrence`. */
export interface CounterStore {
  /** Notes one occurrence of `key` for `counter` at `at` (ms) and returns the distinct occurrences within `windowMs`. */
  record(counter: string, key: string, occurrence: string, at: number, windowMs: number): number;
}

/** A counter store that can also tell a count without recording anything. */
export interface CountingStore extends CounterStore {
  /** The distinct occurrences of `key` for `counter` within `windowMs` before `at`. */
  count(counter: string, key: string, at: number, windowMs: number): number;
  /** `record`, also telling whether the occurrence was new (a later turn of a case already counted is not). */
  recordNew(
    counter: string,
    key: string,
    occurrence: string,
    at: number,
    windowMs: number,
  ): { count: number; isNew: boolean };
}

/** Occurrences of one key kept with their case id; older ones in its window are summed up in time buckets. */
export const MAX_EXACT_OCCURRENCES = 1_000;

/**
 * A bounded in-memory counter store, for the CLI, tests and single-process use: at most `maxKeys` keys (the
 * oldest forgotten first), each in O(1) amortised time and bounded memory (see OccurrenceWindow).
 */
export function makeMemoryCounterStore(
  maxKeys = 100_000,
  maxExactPerKey = MAX_EXACT_OCCURRENCES,
): CountingStore {
  const seen = new Map<string, OccurrenceWindow>();
  const windowOf = (counter: string, key: string): OccurrenceWindow => {
    const slot = `${counter}\u0000${key}`;
    let window = seen.get(slot);
    if (window === undefined) {
      if (seen.size >= maxKeys) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) {
          seen.delete(oldest.value);
        }
      }
      window = new OccurrenceWindow(maxExactPerKey);
      seen.set(slot, window);
    }
    return window;
  };
  return {
    count: (counter, key, at, windowMs) => seen.get(`${counter}\u0000${key}`)?.count(at, windowMs) ?? 0,
    record: (counter, key, occurrence, at, windowMs) =>
      windowOf(counter, key).recordCount(occurrence, at, windowMs),
    recordNew: (counter, key, occurrence, at, windowMs) =>
      windowOf(counter, key).record(occurrence, at, windowMs),
  };
}
