import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunkEnds,
  makeKeyReader,
  sharedKeysOf,
  type ThreadKeys,
  tiedGroups,
  untiedCases,
} from './partition-cases.js';

/** One thread's cases, each given as its keys. */
const thread = (cases: number[][]): ThreadKeys => ({
  keyCounts: cases.map((keys) => keys.length),
  keys: cases.flat(),
});

describe('makeKeyReader', () => {
  it('reads each path as the conditions do, as a number per value: equal values alike, others apart', () => {
    const read = makeKeyReader(['customer.id', 'conversation_id']);
    const a = read({ customer: { id: 'C-1' }, conversation_id: 7 });
    const b = read({ customer: { id: 'C-1' } });
    const c = read({ customer: { id: 'C-2' }, conversation_id: '7' });
    expect(a).toHaveLength(2);
    expect(b).toEqual([a[0]]);
    expect(c[0]).not.toBe(a[0]);
    // 7 and "7" are one key, as the frequency condition counts them (String(value)).
    expect(c[1]).toBe(a[1]);
    // A path's value never meets another path's same value.
    expect(makeKeyReader(['a'])({ a: 'x' })).not.toEqual(makeKeyReader(['b'])({ b: 'x' }));
    expect(read({ customer: { id: { nested: true } } })).toEqual([]);
  });
});

describe('tied cases between threads', () => {
  // Thread 0 read cases with keys 1..; thread 1 too. Key 9 is read by both; 3 joins 9 through thread 0's case.
  const threads = [thread([[1], [9, 3], [3], [], [4]]), thread([[9], [5], [5, 6], [4]])];

  it('a thread learns which of its keys another read, and decides at once only cases no such key reaches', () => {
    const shared = sharedKeysOf(threads);
    expect([...(shared[0] ?? [])].sort()).toEqual([4, 9]);
    expect([...(shared[1] ?? [])].sort()).toEqual([4, 9]);
    // Case 2 (key 3) is tied to key 9 through case 1; a case without keys is never tied.
    expect([...untiedCases(threads[0] ?? thread([]), shared[0] ?? [])]).toEqual([1, 0, 0, 1, 0]);
    expect([...untiedCases(threads[1] ?? thread([]), shared[1] ?? [])]).toEqual([0, 1, 1, 0]);
  });

  it('the tied cases come as whole groups, largest first, each in input order, none of the untied', () => {
    // Across threads, cases are numbered thread 0's first: thread 1's case 0 is case 5.
    const groups = tiedGroups(threads);
    expect([...groups.cases]).toEqual([1, 2, 5, 4, 8]);
    expect([...groups.ends]).toEqual([3, 5]);
    const none = tiedGroups([thread([[1], [2]]), thread([[3]])]);
    expect([...none.cases]).toEqual([]);
    expect([...none.ends]).toEqual([]);
  });

  it('chunks hold whole groups, in order, of about the size asked', () => {
    // Groups of 3, 2, 1, 1 and 1 cases.
    const ends = [3, 5, 6, 7, 8];
    expect(chunkEnds(ends, 2)).toEqual([3, 5, 7, 8]);
    expect(chunkEnds(ends, 100)).toEqual([8]);
    expect(chunkEnds([], 4)).toEqual([]);
  });
});

/** The groups of cases (by index across threads) that share a key, even through other cases: searched plainly. */
function plainGroups(cases: readonly (readonly number[])[]): number[][] {
  const group = new Array<number>(cases.length).fill(-1);
  const groups: number[][] = [];
  cases.forEach((_, first) => {
    if (group[first] !== -1) {
      return;
    }
    const members = [first];
    group[first] = groups.length;
    for (let at = 0; at < members.length; at += 1) {
      const keys = cases[members[at] ?? 0] ?? [];
      cases.forEach((other, index) => {
        if (group[index] === -1 && other.some((key) => keys.includes(key))) {
          group[index] = groups.length;
          members.push(index);
        }
      });
    }
    groups.push(members.sort((a, b) => a - b));
  });
  return groups;
}

describe('tied cases, against a plain search of the groups', () => {
  it('a case is decided at once exactly when its group stays in one thread; the tied groups are whole, in order, largest first; chunks keep groups whole', () => {
    const threadCases = fc.array(fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 3 }), {
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        fc.array(threadCases, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (byThread, size) => {
          const threads = byThread.map(thread);
          const all = byThread.flat();
          const threadOf = byThread.flatMap((cases, index) => cases.map(() => index));
          const tied = plainGroups(all).filter(
            (members) => new Set(members.map((index) => threadOf[index])).size > 1,
          );
          const isTied = new Set(tied.flat());
          // Decided at once, thread by thread.
          const shared = sharedKeysOf(threads);
          const untied = threads.flatMap((mine, index) => [...untiedCases(mine, shared[index] ?? [])]);
          expect(untied).toEqual(all.map((_, index) => (isTied.has(index) ? 0 : 1)));
          // The tied groups.
          const { cases, ends } = tiedGroups(threads);
          const groups = [...ends].map((end, group) => [
            ...cases.slice(group === 0 ? 0 : ends[group - 1], end),
          ]);
          expect(groups.map((members) => members.join(',')).sort()).toEqual(
            tied.map((members) => members.join(',')).sort(),
          );
          const sizes = groups.map((members) => members.length);
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
          // Chunks end only where a group ends, and the last where the cases end.
          const chunks = chunkEnds(ends, size);
          expect(chunks.every((end) => ends.includes(end))).toBe(true);
          expect(chunks.at(-1) ?? 0).toBe(cases.length);
          expect(chunks).toEqual([...chunks].sort((a, b) => a - b));
        },
      ),
      { numRuns: 500 },
    );
  });
});
