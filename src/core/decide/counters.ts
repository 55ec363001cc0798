// Counter stores for frequency triggers: occurrences of a key within a time window.

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

/** A bounded in-memory counter store, for the CLI, tests and single-process use. */
export function makeMemoryCounterStore(maxKeys = 100_000): CountingStore {
  const seen = new Map<string, Map<string, number>>();
  const recordNew: CountingStore['recordNew'] = (counter, key, occurrence, at, windowMs) => {
    const slot = `${counter}\u0000${key}`;
    let occurrences = seen.get(slot);
    if (occurrences === undefined) {
      if (seen.size >= maxKeys) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) {
          seen.delete(oldest.value);
        }
      }
      occurrences = new Map();
      seen.set(slot, occurrences);
    }
    const isNew = !occurrences.has(occurrence);
    if (isNew) {
      occurrences.set(occurrence, at);
    }
    let count = 0;
    for (const [id, when] of occurrences) {
      if (when <= at - windowMs) {
        occurrences.delete(id);
      } else if (when <= at) {
        count += 1;
      }
    }
    return { count, isNew };
  };
  return {
    count(counter, key, at, windowMs) {
      let count = 0;
      for (const when of seen.get(`${counter}\u0000${key}`)?.values() ?? []) {
        if (when > at - windowMs && when <= at) {
          count += 1;
        }
      }
      return count;
    },
    record: (counter, key, occurrence, at, windowMs) =>
      recordNew(counter, key, occurrence, at, windowMs).count,
    recordNew,
  };
}
