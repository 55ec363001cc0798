import { describe, expect, it } from 'vitest';
import { makeTokenMemo } from './token-memo.js';

describe('makeTokenMemo', () => {
  it('answers what the function gives, undefined included, reading each word once', () => {
    const read: string[] = [];
    const weigh = makeTokenMemo((word: string) => {
      read.push(word);
      return word === 'bad' ? -3 : undefined;
    });
    expect([weigh('bad'), weigh('fine'), weigh('bad'), weigh('fine')]).toEqual([
      -3,
      undefined,
      -3,
      undefined,
    ]);
    expect(read).toEqual(['bad', 'fine']);
  });

  it('starts afresh past its limit and still answers the same', () => {
    const read: string[] = [];
    const length = makeTokenMemo((word: string) => {
      read.push(word);
      return word.length;
    }, 2);
    expect(['a', 'bb', 'ccc', 'a', 'ccc'].map(length)).toEqual([1, 2, 3, 1, 3]);
    expect(read).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
