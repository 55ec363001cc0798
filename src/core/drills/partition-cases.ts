// Splits a drill's cases between workers so that each decides the same as one process deciding them all: a
// frequency trigger counts earlier cases with the same key (customer.id, …), so cases sharing any key value go to
// one worker, in input order; the groups are spread to keep the workers evenly loaded. Pure.
import type { Playbook } from '../playbook/schema.js';
import { compilePath } from '../decide/value-path.js';

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

/**
 * The worker of each case (by index): cases that share a key are in one group (transitively), each group goes
 * whole to the worker with the fewest cases so far, in order of first appearance.
 */
export function partitionCases(keysOf: readonly (readonly string[])[], workers: number): number[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
      root = up;
    }
    for (let at = key; at !== root;) {
      const up = parent.get(at) ?? root;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const keys of keysOf) {
    for (const key of keys) {
      if (!parent.has(key)) {
        parent.set(key, key);
      }
    }
    const [first, ...rest] = keys;
    if (first !== undefined) {
      for (const key of rest) {
        const a = find(first);
        const b = find(key);
        if (a !== b) {
          parent.set(b, a);
        }
      }
    }
  }
  const sizes = new Map<string, number>();
  const groupOf = keysOf.map((keys, index) => {
    const group = keys[0] === undefined ? `\u0001${index}` : find(keys[0]);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
    return group;
  });
  const load = new Array<number>(workers).fill(0);
  const assigned = new Map<string, number>();
  return groupOf.map((group) => {
    let worker = assigned.get(group);
    if (worker === undefined) {
      worker = load.indexOf(Math.min(...load));
      assigned.set(group, worker);
      load[worker] = (load[worker] ?? 0) + (sizes.get(group) ?? 1);
    }
    return worker;
  });
}
