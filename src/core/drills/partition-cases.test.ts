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
