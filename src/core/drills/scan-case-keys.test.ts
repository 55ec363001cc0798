import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeKeyReader } from './partition-cases.js';
import { makeByteKeyReader, type ScannedKeys } from './scan-case-keys.js';

const PATHS = ['customer.id', 'conversation_id', 'a.b.c'];
const fromBytes = makeByteKeyReader(PATHS);
const fromParse = makeKeyReader(PATHS);
const encoder = new TextEncoder();

/** What the byte reader says of one line, given as text (inside a larger buffer, as a drill reads it). */
function scan(line: string, read = fromBytes): ScannedKeys {
  const bytes = encoder.encode(`xx\n${line}\nyy`);
  return read(bytes, 3, bytes.length - 3);
}

/** What the key pass gave before: blank, the parsed line's keys, or none for a line that is not JSON. */
function parsed(line: string, read = fromParse): number[] | 'blank' {
  if (line.trim() === '') {
    return 'blank';
  }
  try {
    return read(JSON.parse(line) as unknown);
  } catch {
    return [];
  }
}

/** The byte reader answers as parsing does, whenever it answers. */
function agrees(line: string): void {
  const found = scan(line);
  if (found !== undefined) {
    expect(found).toEqual(parsed(line));
  }
}

describe('makeByteKeyReader', () => {
  it('reads the keys of plain lines without parsing them, as parsing reads them', () => {
    const lines = [
      '{"id":"c1","customer":{"id":"C-1","tier":"gold"},"conversation_id":7}',
      ' { "customer" : { "tier" : [1, {"id": "no"}], "id" : "C-2" } , "conversation_id" : -1.5e3 }\r',
      '{"customer":{"id":"C-1"},"customer":{"id":"C-3"}}',
      '{"customer":{"id":null},"conversation_id":true,"a":{"b":{"c":"deep"}}}',
      '{"customer":"C-1","a":{"b":"not an object"}}',
      '{"customer":{"id":{"nested":"object"}},"conversation_id":[1,2]}',
      '{"conversation_id":0,"customer":{"name":"Zeynep Çelik","id":"T-9"}}',
      '{"text":"a \\"quoted\\" word and \\u00e7 and a brace }","customer":{"id":"C-4"}}',
      '{}',
    ];
    for (const line of lines) {
      const found = scan(line);
      expect(found, line).toBeInstanceOf(Array);
      expect(found).toEqual(parsed(line));
    }
    expect(scan('{"customer":{"id":"C-1"}}')).toEqual(scan('{"customer":{"id":"C-1"},"x":1}'));
    // 7 and "7" are one key, as for the parsed line; 1e3 is 1000.
    expect(scan('{"conversation_id":7}')).toEqual(scan('{"conversation_id":"7"}'));
    expect(scan('{"conversation_id":1e3}')).toEqual(scan('{"conversation_id":1000}'));
  });

  it('says a blank line is blank, and leaves to parsing what bytes cannot answer exactly', () => {
    expect(scan('')).toBe('blank');
    expect(scan(' \t\r')).toBe('blank');
    for (const line of [
      '\u00a0',
      '[1,2]',
      '"text"',
      // An escaped member name may be the path's; a non-ASCII or escaped value is read once decoded.
      '{"\\u0063ustomer":{"id":"C-1"}}',
      '{"customer":{"\\u0069d":"C-1"}}',
      '{"customer":{"id":"Çelik"}}',
      '{"customer":{"id":"a\\"b"}}',
      // An array on the path: its indexes are read as parsing reads them.
      '{"customer":[{"id":"C-1"}]}',
      // Not JSON: parsing reports it.
      '{"customer":{"id":"C-1"}',
      '{"customer":{"id":"C-1"}} x',
      '{"customer":{"id":01}}',
      '{"customer":{"id":"C-1",}}',
      '{"customer":{"id":"tab\tinside"}}',
      '{"customer":{"id":"C-1"}, "n": tru}',
      '{"customer":{"id":"C-1"}, "n": 1.}',
      '{"customer":{"id":"C-1"}, "s": "\\x"}',
      '{"customer":{"id":"C-1"}, "s": "\\u12g4"}',
      `{"deep":${'['.repeat(600)}${']'.repeat(600)}}`,
    ]) {
      expect(scan(line), line).toBeUndefined();
      agrees(line);
    }
  });

  it('answers only as parsing answers, on any line (property)', () => {
    const id = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant(null));
    const caseLike = fc.record(
      {
        customer: fc.oneof(fc.record({ id, tier: fc.string() }, { requiredKeys: [] }), fc.jsonValue()),
        conversation_id: id,
        a: fc.oneof(fc.record({ b: fc.record({ c: id }) }), fc.jsonValue()),
        other: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const spaced = (text: string, space: string) => text.replaceAll(',', `${space},${space}`);
    fc.assert(
      fc.property(caseLike, fc.constantFrom('', ' ', '\t', '\r\n '), (value, space) => {
        const line = spaced(JSON.stringify(value), space);
        agrees(line);
        // Plain lines (no escapes, ASCII ids) are answered from the bytes.
        if (/^[\x20-\x7e]*$/.test(line) && !line.includes('\\') && !line.includes('[')) {
          expect(scan(line)).toBeInstanceOf(Array);
        }
      }),
      { numRuns: 1_000 },
    );
    // Lines cut or changed anywhere, valid or not.
    fc.assert(
      fc.property(caseLike, fc.nat(), fc.string({ maxLength: 3 }), (value, at, inserted) => {
        const line = JSON.stringify(value);
        const cut = at % (line.length + 1);
        agrees(line.slice(0, cut));
        agrees(`${line.slice(0, cut)}${inserted}${line.slice(cut)}`);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads non-ASCII paths only by parsing', () => {
    const read = makeByteKeyReader(['müşteri.no']);
    expect(scan('{"müşteri":{"no":"1"}}', read)).toBeUndefined();
    expect(scan('', read)).toBe('blank');
  });
});
