import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePath, readPath } from './value-path.js';

// What a path read means, written the plain way: split, then walk own properties.
function readSplitting(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

describe('compilePath', () => {
  const data = { a: { b: { c: { d: { e: 5 } } } }, items: [{ sku: 'X1' }], empty: { '': 1 }, nil: null };

  it('reads paths of every depth, array indexes included', () => {
    expect(compilePath('a.b.c.d.e')(data)).toBe(5);
    expect(compilePath('a.b.c')(data)).toEqual({ d: { e: 5 } });
    expect(compilePath('items.0.sku')(data)).toBe('X1');
    expect(compilePath('nil')(data)).toBeNull();
    expect(compilePath('empty.')(data)).toBe(1);
  });

  it('gives undefined when a step is missing or not an object', () => {
    expect(compilePath('a.x.c')(data)).toBeUndefined();
    expect(compilePath('nil.b')(data)).toBeUndefined();
    expect(compilePath('a.b.c.d.e.f')(data)).toBeUndefined();
    expect(compilePath('a')('text')).toBeUndefined();
    expect(compilePath('a')(null)).toBeUndefined();
  });

  it('never follows inherited properties such as __proto__ or toString', () => {
    expect(compilePath('__proto__')({})).toBeUndefined();
    expect(compilePath('toString')({})).toBeUndefined();
    expect(compilePath('a.constructor.name')({ a: {} })).toBeUndefined();
    const own = JSON.parse('{"__proto__":{"tier":"vip"}}') as unknown;
    expect(compilePath('__proto__.tier')(own)).toBe('vip');
  });

  it('reads what splitting the path on every call reads, for any data and path', () => {
    const key = fc.constantFrom('a', 'b', '0', '1', '', '__proto__', 'length', 'toString');
    const path = fc.array(key, { minLength: 1, maxLength: 6 }).map((keys) => keys.join('.'));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), path, (root, text) => {
        expect(compilePath(text)(root)).toStrictEqual(readSplitting(root, text));
        expect(readPath(root, text)).toStrictEqual(readSplitting(root, text));
      }),
      { numRuns: 2000 },
    );
  });
});
