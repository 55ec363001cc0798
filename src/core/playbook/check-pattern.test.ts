import { describe, expect, it } from 'vitest';
import { checkPattern } from './check-pattern.js';

describe('checkPattern', () => {
  it.each([
    '\\b(iptal|cancel)\\b',
    '\\d+-\\d+',
    '^\\s*\\S+\\s*$',
    '\\w+@\\w+\\.\\w+',
    '(?<year>\\d{4})-(?<month>\\d{2})',
    '\\bTR\\d{24}\\b',
    '\\p{L}+ \\p{N}+',
    '(?:foo|bar)+',
    'a[^b]*b.*c',
    // Backtracking shapes are harmless on the linear-time engine.
    '(a+)+$',
    '(.*a){20}',
    '.*.*x',
    '.*x',
    '\\w+@',
    '[a-z]+\\d',
    '[^x]*x',
  ])('accepts %s', (pattern) => {
    expect(checkPattern(pattern)).toBeNull();
  });

  it.each([
    ['(\\w)\\1', 'backreference'],
    ['(?<q>[\'"]).*\\k<q>', 'backreference'],
    ['(?=.*refund)(?=.*order).*', 'lookaround'],
    ['cancel(?! later)', 'lookaround'],
    ['(?<=\\$)\\d+', 'lookaround'],
    ['(?<!no )refund', 'lookaround'],
    ['\\p{Script=Greek}', 'cannot run on the linear-time pattern engine'],
    ['\\w{900}\\w{900}\\w{900}', 'too large to match quickly'],
  ])('refuses %s as unsafe', (pattern, problem) => {
    expect(checkPattern(pattern)).toEqual({ message: expect.stringContaining(problem), unsafe: true });
  });

  it.each([
    ['[', 'not a valid regular expression'],
    ['\\p{Nope}', 'not a valid regular expression'],
    ['a'.repeat(501), 'longer than 500 characters'],
  ])('refuses %s as invalid', (pattern, problem) => {
    expect(checkPattern(pattern)).toEqual({ message: expect.stringContaining(problem), unsafe: false });
  });
});
