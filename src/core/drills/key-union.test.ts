import { describe, expect, it } from 'vitest';
import { KeyUnion } from './key-union.js';

describe('KeyUnion', () => {
  it('cases whose keys meet, even through another case, share a set; others do not', () => {
    const union = new KeyUnion();
    const a = union.join(['customer:1', 'conversation:x']);
    const b = union.join(['customer:2']);
    const c = union.join(['conversation:x', 'customer:3']);
    const none = union.join([]);
    expect(none).toBe(-1);
    expect(union.size).toBe(4);
    expect(union.find(a)).toBe(union.find(c));
    expect(union.find(union.numberOf('customer:3') ?? -1)).toBe(union.find(a));
    expect(union.find(b)).not.toBe(union.find(a));
    expect(union.numberOf('customer:9')).toBeUndefined();
  });

  it('joins a slice of a flat key list', () => {
    const union = new KeyUnion();
    const keys = ['k1', 'k2', 'k3', 'k4'];
    const first = union.join(keys, 1, 3);
    expect(first).toBe(union.numberOf('k2'));
    expect(union.find(union.numberOf('k3') ?? -1)).toBe(union.find(first));
    expect(union.numberOf('k1')).toBeUndefined();
    expect(union.numberOf('k4')).toBeUndefined();
  });
});
