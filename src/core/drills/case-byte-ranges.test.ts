import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countLineBreaks, forEachLine, splitCaseBytes } from './case-byte-ranges.js';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** The lines of every range, as [number, text], blank ones skipped: what the workers together read. */
function linesByRanges(text: string, parts: number): Array<[number, string]> {
  const bytes = encode(text);
  const lines: Array<[number, string]> = [];
  for (const range of splitCaseBytes(bytes, parts)) {
    forEachLine(bytes, range, (line, start, end) => {
      const body = decode(bytes.subarray(start, end));
      if (body.trim() !== '') {
        lines.push([line, body]);
      }
    });
  }
  return lines;
}

/** What one thread reads from the whole text. */
function linesOfText(text: string): Array<[number, string]> {
  const lines: Array<[number, string]> = [];
  text.split(/\r?\n/).forEach((body, index) => {
    if (body.trim() !== '') {
      lines.push([index + 1, body]);
    }
  });
  return lines;
}

describe('splitCaseBytes', () => {
  test('ranges cover every byte once and each starts after a line break', () => {
    const bytes = encode('{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n{"id":"d"}\n');
    const ranges = splitCaseBytes(bytes, 2);
    expect(ranges).toEqual([
      { start: 0, end: 22, firstLine: 1 },
      { start: 22, end: 44, firstLine: 3 },
    ]);
  });

  test('CRLF, blank lines, no trailing newline: the lines and numbers one thread reads', () => {
    const text = '{"id":"a"}\r\n\r\n  \n{"id":"b"}\r\n{"id":"c"}\n\n{"id":"d"}';
    for (const parts of [1, 2, 3, 5, 40]) {
      expect(linesByRanges(text, parts)).toEqual(linesOfText(text));
    }
    expect(linesByRanges(text, 3).map(([line]) => line)).toEqual([1, 4, 5, 7]);
  });

  test('a line longer than a range leaves the next ranges empty, and is read whole once', () => {
    const long = `{"id":"${'x'.repeat(500)}"}`;
    const text = `{"id":"a"}\n${long}\n{"id":"b"}\n`;
    const ranges = splitCaseBytes(encode(text), 8);
    expect(ranges.filter((range) => range.start === range.end).length).toBeGreaterThan(0);
    expect(linesByRanges(text, 8)).toEqual(linesOfText(text));
  });

  test('a cut inside a multi-byte character moves to the next line break: no character is split', () => {
    // "ş" and "ı" are two bytes each and "😀" four, so the middle of the input falls inside one of them.
    const text = `${'ş'.repeat(7)}ı😀\n${'ğ'.repeat(3)}\nşık\n`;
    for (let parts = 1; parts <= text.length; parts += 1) {
      expect(linesByRanges(text, parts)).toEqual(linesOfText(text));
    }
  });

  test('an empty input is one empty range per part', () => {
    expect(splitCaseBytes(new Uint8Array(0), 2)).toEqual([
      { start: 0, end: 0, firstLine: 1 },
      { start: 0, end: 0, firstLine: 1 },
    ]);
  });

  test('any text split any number of ways reads as one thread reads it', () => {
    const line = fc.oneof(
      fc.constantFrom('', ' ', '\r', '{"id":"ı"}', 'İPTAL', '😀', 'x\ry'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 9 }),
        (lines, separator, parts) => {
          const text = lines.join(separator);
          expect(linesByRanges(text, parts)).toEqual(linesOfText(text));
        },
      ),
    );
  });
});

test('countLineBreaks counts \\n only', () => {
  expect(countLineBreaks(encode('a\r\nb\rc\n\n'))).toBe(3);
  expect(countLineBreaks(encode('a\nb\nc\nd\n'), 2)).toBe(2);
  expect(countLineBreaks(encode('no break'))).toBe(0);
});
