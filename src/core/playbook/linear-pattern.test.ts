import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLinearPattern, linearRegExpEngine, MAX_PATTERN_TEXT } from './linear-pattern.js';

// Patterns as people write them, over texts made of the characters where JavaScript and RE2 could differ.
const PATTERNS = [
  '\\b(iptal|cancel)\\b',
  '^\\s*\\S+\\s*$',
  'a.b',
  '\\w+@\\w+\\.\\w+',
  '[^\\s]+x',
  '[\\sx]y',
  'İptal|ıptal',
  '\\d{2,}-?\\d',
  '(?<year>\\d{4})$',
  '\\p{Lu}\\p{Ll}+',
];
const ALPHABET = [
  'a',
  'b',
  'x',
  'y',
  '@',
  '.',
  '1',
  '2',
  '-',
  ' ',
  '\u00A0',
  '\n',
  '\r',
  '\u2028',
  'İ',
  'ı',
  'I',
  'i',
  'Ş',
  'ş',
  'c',
  'n',
  'l',
  'p',
  't',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((chars) => chars.join(''));

describe('compileLinearPattern', () => {
  it('matches what JavaScript matches, case-sensitive and not', () => {
    for (const source of PATTERNS) {
      for (const ignoreCase of [false, true]) {
        const linear = compileLinearPattern(source, { ignoreCase });
        const native = new RegExp(source, ignoreCase ? 'iu' : 'u');
        fc.assert(
          fc.property(text, (sample) => linear.test(sample) === native.test(sample)),
          { numRuns: 300 },
        );
      }
    }
  });

  it('searches in linear time: hostile texts for exponential and quadratic patterns finish', () => {
    // On a backtracking engine each of these would run for minutes (or for ever) on these texts.
    const cases: [string, string][] = [
      ['(a+)+$', `${'a'.repeat(5_000)}!`],
      ['(a|aa)+$', `${'a'.repeat(5_000)}!`],
      ['.*x', 'a'.repeat(MAX_PATTERN_TEXT)],
      ['\\w+@', 'a'.repeat(MAX_PATTERN_TEXT)],
    ];
    for (const [source, hostile] of cases) {
      expect(compileLinearPattern(source, { ignoreCase: true }).test(hostile)).toBe(false);
    }
  });

  it(`sees only the first ${MAX_PATTERN_TEXT} characters of a text`, () => {
    const pattern = compileLinearPattern('x', { ignoreCase: false });
    expect(pattern.test(`${'a'.repeat(MAX_PATTERN_TEXT - 1)}x`)).toBe(true);
    expect(pattern.test(`${'a'.repeat(MAX_PATTERN_TEXT)}x`)).toBe(false);
  });

  it('is an Ajv regular-expression engine', () => {
    const engine = linearRegExpEngine('^\\d+$');
    expect([engine.test('123'), engine.test('12a')]).toEqual([true, false]);
    expect(String(engine)).toBe('/^\\d+$/');
  });
});
