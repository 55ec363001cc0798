// Splits a drill's cases between workers so that each decides the same as one process deciding them all: a
// frequency trigger counts earlier cases with the same key (customer.id, …), so cases sharing any key value go to
// one worker, in input order; the groups are spread to keep the workers evenly loaded. Pure.
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

/** Reads, for a parsed case, the values its frequency conditions count by (as the conditions read them). */
export function makeKeyReader(paths: readonly string[]): (value: unknown) => string[] {
  const readers = paths.map((path) => ({ path, read: compilePath(path) }));
  return (value) => {
    const keys: string[] = [];
    for (const { path, read } of readers) {
      const key = read(value);
      if (typeof key === 'string' || typeof key === 'number') {
        keys.push(`${path}\u0000${String(key)}`);
      }
    }
    return keys;
  };
}

/** Cases that share a key, even through other cases, are one group: the group of each case (by index), from 0. */
function groupCases(keysOf: readonly (readonly string[])[]): Int32Array {
  // A case without keys is a group of its own.
  const union = new KeyUnion();
  const firstKey = Int32Array.from(keysOf, (keys) => union.join(keys));
  const groupOfRoot = new Int32Array(union.size).fill(-1);
  let groups = 0;
  return firstKey.map((key) => {
    if (key === -1) {
      return groups++;
    }
    const root = union.find(key);
    if ((groupOfRoot[root] ?? -1) === -1) {
      groupOfRoot[root] = groups++;
    }
    return groupOfRoot[root] ?? 0;
  });
}

/**
 * The worker of each case (by index): cases that share a key are in one group (transitively), and a group goes
 * whole to one worker. A group whose cases one worker already holds (`homeOf`: the worker that read each case)
 * stays there; the others go, largest first, to the worker holding most of their cases unless that would load it
 * beyond its share (then to the least loaded), so few cases move and the load stays even.
 */
export function partitionCases(
  keysOf: readonly (readonly string[])[],
  workers: number,
  homeOf: readonly number[],
): number[] {
  const groupOf = groupCases(keysOf);
  const groups = groupOf.reduce((most, group) => Math.max(most, group + 1), 0);
  const sizes = new Int32Array(groups);
  // How many of each group's cases each worker holds, and the one worker holding them all (-2: several).
  const held = new Int32Array(groups * workers);
  const holder = new Int32Array(groups).fill(-1);
  groupOf.forEach((group, index) => {
    const home = homeOf[index] ?? 0;
    sizes[group] = (sizes[group] ?? 0) + 1;
    held[group * workers + home] = (held[group * workers + home] ?? 0) + 1;
    const was = holder[group] ?? -1;
    holder[group] = was === -1 || was === home ? home : -2;
  });
  const load = new Array<number>(workers).fill(0);
  const assigned = new Int32Array(groups);
  const spread: number[] = [];
  for (let group = 0; group < groups; group += 1) {
    const home = holder[group] ?? -2;
    if (home >= 0) {
      assigned[group] = home;
      load[home] = (load[home] ?? 0) + (sizes[group] ?? 0);
    } else {
      spread.push(group);
    }
  }
  const share = Math.ceil(groupOf.length / workers);
  // Largest first (a stable sort keeps first appearance among equals).
  spread.sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0));
  for (const group of spread) {
    const size = sizes[group] ?? 0;
    const holds = (worker: number) => held[group * workers + worker] ?? 0;
    let worker = -1;
    for (let candidate = 0; candidate < workers; candidate += 1) {
      if ((load[candidate] ?? 0) + size <= share && (worker === -1 || holds(candidate) > holds(worker))) {
        worker = candidate;
      }
    }
    if (worker === -1) {
      worker = load.indexOf(Math.min(...load));
    }
    assigned[group] = worker;
    load[worker] = (load[worker] ?? 0) + size;
  }
  return Array.from(groupOf, (group) => assigned[group] ?? 0);
}
