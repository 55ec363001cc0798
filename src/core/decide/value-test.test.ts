import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScalarSet, compileValueTest } from './value-test.js';

// The meaning of "equals one of", written the plain way: compared option by option on every call.
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

function sameScalar(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    return a.toLowerCase() === b.toLowerCase();
  }
  return a === b || (asNumber(a) !== undefined && asNumber(a) === asNumber(b) && typeof b === 'number');
}

const tricky = fc.constantFrom<unknown>(
  'X',
  'x',
  'İ',
  'i̇',
  'ß',
  '500',
  ' 500 ',
  '5e2',
  '0x1f4',
  '',
  ' ',
  '-0',
  'Infinity',
  'NaN',
  'null',
  'true',
  0,
  -0,
  500,
  500.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  null,
  true,
  false,
  undefined,
);
const option = fc.oneof(
  fc.constantFrom<string | number | boolean | null>(
    'x',
    'X',
    '500',
    'İ',
    500,
    0,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
  ),
  fc.string(),
  fc.double(),
);

describe('compileScalarSet', () => {
  it('compares strings without regard to case and numbers with numeric strings', () => {
    const matches = compileScalarSet(['Refund', 500]);
    expect(matches('REFUND')).toBe(true);
    expect(matches('500')).toBe(true);
    expect(matches(' 500 ')).toBe(true);
    expect(matches(500)).toBe(true);
    expect(matches('refunds')).toBe(false);
    expect(matches(undefined)).toBe(false);
  });

  it('matches null, booleans and non-finite numbers only to themselves, and NaN never', () => {
    expect(compileScalarSet([null])(null)).toBe(true);
    expect(compileScalarSet([null])(undefined)).toBe(false);
    expect(compileScalarSet([true])('true')).toBe(false);
    expect(compileScalarSet([Number.POSITIVE_INFINITY])(Number.POSITIVE_INFINITY)).toBe(true);
    expect(compileScalarSet([Number.POSITIVE_INFINITY])('Infinity')).toBe(false);
    expect(compileScalarSet([Number.NaN])(Number.NaN)).toBe(false);
  });

  it('agrees with comparing option by option, for any value and options', () => {
    fc.assert(
      fc.property(
        fc.oneof(tricky, fc.string(), fc.double(), fc.anything()),
        fc.array(option, { minLength: 1, maxLength: 5 }),
        (value, options) => {
          expect(compileScalarSet(options)(value)).toBe(options.some((item) => sameScalar(value, item)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('compileValueTest', () => {
  it('holds only when every listed condition holds', () => {
    const inRange = compileValueTest({ path: 'order.amount', gte: 100, lt: 500, not_in: [250] });
    expect(inRange({ order: { amount: 100 } })).toBe(true);
    expect(inRange({ order: { amount: '499.5' } })).toBe(true);
    expect(inRange({ order: { amount: 250 } })).toBe(false);
    expect(inRange({ order: { amount: 500 } })).toBe(false);
    expect(inRange({ order: {} })).toBe(false);
  });

  it('reads not_in as false for a missing value', () => {
    const notIn = compileValueTest({ path: 'currency', not_in: ['TRY', 'EUR'] });
    expect(notIn({ currency: 'GBP' })).toBe(true);
    expect(notIn({ currency: 'eur' })).toBe(false);
    expect(notIn({})).toBe(false);
  });
});
