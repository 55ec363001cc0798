import { describe, expect, it } from 'vitest';
import { KeyUnion } from './key-union.js';

describe('KeyUnion', () => {
  it('cases whose keys meet, even through another case, share a set; others do not', () => {
    const union = new KeyUnion();
    const a = union.join([11, 20]);
    const b = union.join([12]);
    const c = union.join([20, 13]);
    const none = union.join([]);
    expect(none).toBe(-1);
    expect(union.size).toBe(4);
    expect(union.find(a)).toBe(union.find(c));
    expect(union.find(union.numberOf(13) ?? -1)).toBe(union.find(a));
    expect(union.find(b)).not.toBe(union.find(a));
    expect(union.numberOf(19)).toBeUndefined();
  });

  it('joins a slice of a flat key list', () => {
    const union = new KeyUnion();
    const keys = Int32Array.from([1, 2, 3, 4]);
    const first = union.join(keys, 1, 3);
    expect(first).toBe(union.numberOf(2));
    expect(union.find(union.numberOf(3) ?? -1)).toBe(union.find(first));
    expect(union.numberOf(1)).toBeUndefined();
    expect(union.numberOf(4)).toBeUndefined();
  });
});
