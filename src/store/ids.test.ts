// newId: time-ordered, sortable, unique.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { newId, timeOfId } from './ids.js';

describe('newId', () => {
  test('is 26 Crockford base32 characters that carry their time', () => {
    const now = Date.UTC(2026, 10, 20, 10, 0, 0, 123);
    const id = newId(now);
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(timeOfId(id)).toBe(now);
  });

  test('an id made later sorts after one made earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 2 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (a, step) => {
          const b = Math.min(a + step, 2 ** 48 - 1);
          expect(newId(a) < newId(b)).toBe(true);
        },
      ),
    );
  });

  test('ids made in the same millisecond differ', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId(0)));
    expect(ids.size).toBe(1000);
  });

  test('a time outside 48 bits is refused', () => {
    expect(() => newId(-1)).toThrow(RangeError);
    expect(() => newId(2 ** 48)).toThrow(RangeError);
    expect(() => newId(1.5)).toThrow(RangeError);
  });
});
