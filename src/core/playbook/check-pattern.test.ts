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
    '(?=.*refund)(?=.*order).*',
  ])('accepts the linear-time pattern %s', (pattern) => {
    expect(checkPattern(pattern)).toBeNull();
  });

  it.each([
    ['(a+)+$', 'nests repetitions'],
    ['(.*a){20}', 'nests repetitions'],
    ['(\\w+\\s?)*$', 'nests repetitions'],
    ['(a|a)*$', 'alternatives that can start with the same text'],
    ['(a|ab)*c', 'alternatives that can start with the same text'],
    ['.*.*x', 'two unbounded repetitions'],
    ['\\s*\\s*$', 'two unbounded repetitions'],
    ['a.*b.*c', 'two unbounded repetitions'],
    ['.{0,100}.{0,100}x', 'two unbounded repetitions'],
    ['(\\w)\\1', 'backreference'],
    ['(?<q>[\'"]).*\\k<q>', 'backreference'],
    ['(?<=\\$)\\d+', 'lookbehind'],
    ['(?<!no )refund', 'lookbehind'],
    ['[', 'not a valid regular expression'],
    ['\\p{Nope}', 'not a valid regular expression'],
    ['a'.repeat(501), 'longer than 500 characters'],
  ])('refuses %s', (pattern, problem) => {
    expect(checkPattern(pattern)).toContain(problem);
  });

  it('no accepted pattern takes long on a hostile 3,000-character text', () => {
    const hostile = [
      'a'.repeat(3000) + '!',
      ' '.repeat(3000) + 'x',
      'ab'.repeat(1500),
      '1'.repeat(3000) + 'a',
    ];
    for (const pattern of ['\\d+-\\d+', '^\\s*\\S+\\s*$', '(?:foo|bar)+$', 'a[^b]*b.*c', '[a-z]+\\d+$']) {
      expect(checkPattern(pattern)).toBeNull();
      const regex = new RegExp(pattern, 'iu');
      const started = performance.now();
      hostile.forEach((text) => regex.test(text));
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
