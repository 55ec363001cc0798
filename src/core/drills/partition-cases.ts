// Splits a drill's cases between threads so that each decides the same as one thread deciding them all: a
// frequency trigger counts earlier cases with the same key (customer.id, …), so cases sharing any key value are one
// group, decided whole by one thread in input order. A group whose cases one thread read stays with it; the groups
// that span threads are handed out in chunks to whichever thread is free. Pure.
import type { Playbook } from '../playbook/schema.js';
import { compilePath } from '../decide/value-path.js';
import { KeyUnion } from './key-union.js';

/** The key paths of a playbook's frequency conditions, wherever they are nested. */
export function frequencyKeyPaths(playbook: Playbook): string[] {
  const paths = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.kind === 'frequency' && typeof record.key === 'string') {
        paths.add(record.key);
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(playbook.triggers);
  return [...paths];
}

/** The FNV-1a hash of a key path and the zero that ends it: where keyHash of each of its values starts. */
export function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < path.length; at += 1) {
    hash = Math.imul(hash ^ path.charCodeAt(at), 0x01000193);
  }
  return Math.imul(hash, 0x01000193);
}

/** A 32-bit FNV-1a hash of a key path (given as its pathHash) and a value. */
export function keyHash(ofPath: number, value: string): number {
  let hash = ofPath;
  for (let at = 0; at < value.length; at += 1) {
    hash = Math.imul(hash ^ value.charCodeAt(at), 0x01000193);
  }
  return hash | 0;
}

/** keyHash of a value given as ASCII bytes `[start, end)`: each byte is its character's code. */
export function keyHashOfBytes(ofPath: number, bytes: Uint8Array, start: number, end: number): number {
  let hash = ofPath;
  for (let at = start; at < end; at += 1) {
    hash = Math.imul(hash ^ (bytes[at] ?? 0), 0x01000193);
  }
  return hash | 0;
}

/**
 * Reads, for a parsed case, the values its frequency conditions count by (as the conditions read them), each as a
 * 32-bit hash of its path and value: numbers cost far less to send between threads and to group than strings, and
 * two values that happen to hash alike only put their cases in one group (decided by one thread, in input order),
 * which leaves every count, and so the report, as it was.
 */
export function makeKeyReader(paths: readonly string[]): (value: unknown) => number[] {
  const readers = paths.map((path) => ({ ofPath: pathHash(path), read: compilePath(path) }));
  return (value) => {
    const keys: number[] = [];
    for (const { ofPath, read } of readers) {
      const key = read(value);
      if (typeof key === 'string' || typeof key === 'number') {
        keys.push(keyHash(ofPath, String(key)));
      }
    }
    return keys;
  };
}

/** What one thread read: how many keys each of its cases has (in input order), and the keys, flat. */
export interface ThreadKeys {
  keyCounts: ArrayLike<number>;
  keys: ArrayLike<number>;
}

/**
 * For each thread, the keys it read that another thread read too: a case of a thread is tied (must wait for a
 * chunk) when its keys meet, even through the thread's other cases, one of those; the others it decides at once.
 */
export function sharedKeysOf(threads: readonly ThreadKeys[]): Int32Array[] {
  const holder = new Map<number, number>();
  threads.forEach(({ keys }, thread) => {
    for (let at = 0; at < keys.length; at += 1) {
      const key = keys[at] ?? 0;
      const was = holder.get(key);
      if (was === undefined) {
        holder.set(key, thread);
      } else if (was !== thread && was !== -1) {
        holder.set(key, -1);
      }
    }
  });
  return threads.map(({ keys }) => {
    const shared = new Set<number>();
    for (let at = 0; at < keys.length; at += 1) {
      const key = keys[at] ?? 0;
      if (holder.get(key) === -1) {
        shared.add(key);
      }
    }
    return Int32Array.from(shared);
  });
}

/**
 * Which of one thread's cases (in its input order) no shared key ties to another thread's cases, by union of the
 * keys its own cases carry together: these it decides without waiting.
 */
export function untiedCases(mine: ThreadKeys, shared: ArrayLike<number>): Uint8Array {
  const union = new KeyUnion();
  const cases = mine.keyCounts.length;
  const firstKey = new Int32Array(cases);
  let next = 0;
  for (let index = 0; index < cases; index += 1) {
    const count = mine.keyCounts[index] ?? 0;
    firstKey[index] = union.join(mine.keys, next, next + count);
    next += count;
  }
  const tied = new Set<number>();
  for (let at = 0; at < shared.length; at += 1) {
    const number = union.numberOf(shared[at] ?? 0);
    if (number !== undefined) {
      tied.add(union.find(number));
    }
  }
  return Uint8Array.from(firstKey, (key) => (key === -1 || !tied.has(union.find(key)) ? 1 : 0));
}

/**
 * The tied cases: those in groups (cases sharing a key, even through other cases) that span threads, by index
 * across all threads' cases in thread order (thread 0's cases first): `cases` holds the groups one after another,
 * the largest first, each in input order; `ends[g]` is where group g ends in `cases`. Untied cases are in none.
 */
export function tiedGroups(threads: readonly ThreadKeys[]): { cases: Int32Array; ends: Int32Array } {
  const union = new KeyUnion();
  const total = threads.reduce((sum, { keyCounts }) => sum + keyCounts.length, 0);
  const rootOf = new Int32Array(total);
  const threadOf = new Int32Array(total);
  let at = 0;
  threads.forEach(({ keyCounts, keys }, thread) => {
    let next = 0;
    for (let index = 0; index < keyCounts.length; index += 1, at += 1) {
      const count = keyCounts[index] ?? 0;
      rootOf[at] = union.join(keys, next, next + count);
      threadOf[at] = thread;
      next += count;
    }
  });
  // Each set's one holding thread, or -2 when several hold its cases; then its size when tied.
  const holder = new Int32Array(union.size).fill(-1);
  for (let index = 0; index < total; index += 1) {
    const first = rootOf[index] ?? -1;
    const root = first === -1 ? -1 : union.find(first);
    rootOf[index] = root;
    if (root !== -1) {
      const thread = threadOf[index] ?? 0;
      const was = holder[root] ?? -1;
      holder[root] = was === -1 || was === thread ? thread : -2;
    }
  }
  const size = new Int32Array(union.size);
  const roots: number[] = [];
  for (let index = 0; index < total; index += 1) {
    const root = rootOf[index] ?? -1;
    if (root !== -1 && holder[root] === -2) {
      if (size[root] === 0) {
        roots.push(root);
      }
      size[root] = (size[root] ?? 0) + 1;
    }
  }
  // Largest first (a stable sort keeps first appearance among equals), so the last chunks handed out are small.
  roots.sort((a, b) => (size[b] ?? 0) - (size[a] ?? 0));
  const ends = new Int32Array(roots.length);
  const next = new Int32Array(union.size);
  let end = 0;
  roots.forEach((root, group) => {
    next[root] = end;
    end += size[root] ?? 0;
    ends[group] = end;
  });
  const cases = new Int32Array(end);
  for (let index = 0; index < total; index += 1) {
    const root = rootOf[index] ?? -1;
    if (root !== -1 && holder[root] === -2) {
      const slot = next[root] ?? 0;
      cases[slot] = index;
      next[root] = slot + 1;
    }
  }
  return { cases, ends };
}

/** Whole groups (`ends` as tiedGroups gives them) gathered into chunks of about `chunkSize` cases: the ends of each. */
export function chunkEnds(ends: ArrayLike<number>, chunkSize: number): number[] {
  const chunks: number[] = [];
  let start = 0;
  for (let group = 0; group < ends.length; group += 1) {
    const end = ends[group] ?? start;
    if (end - start >= chunkSize || group === ends.length - 1) {
      chunks.push(end);
      start = end;
    }
  }
  return chunks;
}
