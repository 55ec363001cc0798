// encodeJson/decodeJson: a value reads back as written, and nothing jsonb refuses is ever produced.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeJson, encodeJson } from './json.js';

describe('encodeJson', () => {
  test('well-formed JSON values round-trip unchanged', () => {
    // Escaped NUL or surrogate in the stringified form marks what is replaced on purpose (next test).
    const wellFormed = fc
      .jsonValue({ stringUnit: 'binary' })
      .filter((value) => !/\\u(0000|d[89a-f])/i.test(JSON.stringify(value)));
    fc.assert(
      fc.property(wellFormed, (value) => {
        // Compared with what plain JSON keeps, as -0 is written 0 by JSON itself.
        expect(decodeJson(encodeJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('NUL and lone surrogates, in keys and values, become U+FFFD', () => {
    const text = encodeJson({ 'k\u0000': 'a\u0000b\udc00c', pair: '\ud83d\ude00' });
    expect(text).not.toMatch(/\\u0000|\\ud[89a-f]/i);
    expect(decodeJson(text)).toEqual({ 'k\ufffd': 'a\ufffdb\ufffdc', pair: '😀' });
  });

  test('a literal backslash-u sequence typed as text is left alone', () => {
    const value = { a: '\\u0000', b: '\\\\u0000', c: '\\\u0000' };
    expect(decodeJson(encodeJson(value))).toEqual({ a: '\\u0000', b: '\\\\u0000', c: '\\\ufffd' });
  });

  test('a value with no JSON form is refused rather than stored as nothing', () => {
    expect(() => encodeJson(undefined)).toThrow(TypeError);
  });
});
