// The occurrences of one frequency key inside its sliding window, kept so that recording and counting cost
// O(1) amortised however busy the key is, in bounded memory: the newest occurrences exactly (by case id, in
// time order), older ones beyond that summed up in a few time buckets.

/** Buckets per window for the summed-up occurrences: they over-count by at most one bucket at the window's edge. */
const BUCKETS_PER_WINDOW = 64;

/** Exact entries up to which an id is found by looking along them rather than in a map. */
const IDS_BY_LOOK = 8;

/** The buckets of every key that has none (never added to). */
const NO_BUCKETS: Bucket[] = [];

interface Entry {
  at: number;
  id: string;
}

interface Bucket {
  first: number;
  last: number;
  count: number;
}

/** The index of the first entry with `at` greater than `time` (entries are sorted by `at`), from `from`. */
function upperBound(entries: readonly Entry[], from: number, time: number): number {
  let low = from;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle]?.at ?? Infinity) <= time) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/**
 * One key's window. Up to `maxExact` occurrences are kept with their case id, so counts are exact and a
 * case counts once; past that the oldest are moved into buckets, where a case's id is forgotten (a later
 * turn of it would count again) and a bucket counts until its newest occurrence leaves the window.
 */
export class OccurrenceWindow {
  private entries: Entry[] = [];
  private head = 0;
  // The ids of the exact entries, made only once they are more than a look along them costs: most keys of a
  // drill or a day see a few cases, and a map for each was most of what recording cost.
  private ids: Map<string, number> | undefined = undefined;
  // Shared and empty until the key first holds more than its exact occurrences, which most keys never do.
  private buckets: Bucket[] = NO_BUCKETS;
  private bucketHead = 0;

  constructor(private readonly maxExact: number) {}

  /** Drops what ended at or before `edge`. */
  private prune(edge: number): void {
    while (this.head < this.entries.length && (this.entries[this.head]?.at ?? Infinity) <= edge) {
      const entry = this.entries[this.head];
      this.head += 1;
      if (entry !== undefined && this.ids?.get(entry.id) === entry.at) {
        this.ids.delete(entry.id);
      }
    }
    while (
      this.bucketHead < this.buckets.length &&
      (this.buckets[this.bucketHead]?.last ?? Infinity) <= edge
    ) {
      this.bucketHead += 1;
    }
    // Compact once the dropped part is the larger half, so the arrays stay bounded at O(1) amortised cost.
    if (this.head > 32 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    if (this.bucketHead > 32 && this.bucketHead * 2 > this.buckets.length) {
      this.buckets = this.buckets.slice(this.bucketHead);
      this.bucketHead = 0;
    }
  }

  private summarise(entry: Entry, windowMs: number): void {
    const width = windowMs / BUCKETS_PER_WINDOW;
    const last = this.buckets.length > this.bucketHead ? this.buckets.at(-1) : undefined;
    if (last !== undefined && entry.at - last.first < width) {
      last.count += 1;
      last.last = Math.max(last.last, entry.at);
    } else {
      if (this.buckets === NO_BUCKETS) {
        this.buckets = [];
      }
      this.buckets.push({ first: entry.at, last: entry.at, count: 1 });
    }
  }

  /** Whether an exact entry holds `id` (each id is held by one at most). */
  private holds(id: string): boolean {
    if (this.ids !== undefined) {
      return this.ids.has(id);
    }
    for (let index = this.head; index < this.entries.length; index += 1) {
      if (this.entries[index]?.id === id) {
        return true;
      }
    }
    return false;
  }

  /** Notes an occurrence (once per id while its id is remembered); returns the count at `at` and whether it was new. */
  record(id: string, at: number, windowMs: number): { count: number; isNew: boolean } {
    const isNew = this.note(id, at, windowMs);
    return { count: this.count(at, windowMs), isNew };
  }

  /** `record`, telling the count only. */
  recordCount(id: string, at: number, windowMs: number): number {
    this.note(id, at, windowMs);
    return this.count(at, windowMs);
  }

  private note(id: string, at: number, windowMs: number): boolean {
    this.prune(at - windowMs);
    const isNew = !this.holds(id);
    if (isNew) {
      const entry = { at, id };
      const newest = this.entries.at(-1);
      if (this.entries.length === this.head || (newest !== undefined && newest.at <= at)) {
        this.entries.push(entry);
      } else {
        // Late news (another node's occurrence, a reload): kept in time order.
        this.entries.splice(upperBound(this.entries, this.head, at), 0, entry);
      }
      if (this.ids !== undefined) {
        this.ids.set(id, at);
      } else if (this.entries.length - this.head > IDS_BY_LOOK) {
        this.ids = new Map();
        for (let index = this.head; index < this.entries.length; index += 1) {
          const held = this.entries[index];
          if (held !== undefined) {
            this.ids.set(held.id, held.at);
          }
        }
      }
      if (this.entries.length - this.head > this.maxExact) {
        const oldest = this.entries[this.head];
        this.head += 1;
        if (oldest !== undefined) {
          this.ids?.delete(oldest.id);
          this.summarise(oldest, windowMs);
        }
      }
    }
    return isNew;
  }

  /** The occurrences in `(at - windowMs, at]`, without recording anything. */
  count(at: number, windowMs: number): number {
    const edge = at - windowMs;
    const exact = upperBound(this.entries, this.head, at) - upperBound(this.entries, this.head, edge);
    let summed = 0;
    for (let index = this.bucketHead; index < this.buckets.length; index += 1) {
      const bucket = this.buckets[index];
      if (bucket !== undefined && bucket.last > edge && bucket.first <= at) {
        summed += bucket.count;
      }
    }
    return exact + summed;
  }

  /** Occurrences held, exact and summed up: what memory this key takes is proportional to this. */
  get held(): { exact: number; buckets: number } {
    return { exact: this.entries.length - this.head, buckets: this.buckets.length - this.bucketHead };
  }
}
