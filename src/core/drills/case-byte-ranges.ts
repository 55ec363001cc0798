// Splits JSON Lines held as bytes between worker threads without decoding them: each range starts and ends at a
// line break, so every worker decodes and parses its own lines, numbered as in the whole file. Pure.

const NEWLINE = 0x0a;

/** Bytes `[start, end)` of the input, whose first line is line `firstLine` (from 1) of the whole input. */
export interface CaseByteRange {
  start: number;
  end: number;
  firstLine: number;
}

/** The first byte after the line break at or after `at` (>= 0; the whole length when none). */
function nextLineStart(bytes: Uint8Array, at: number): number {
  const found = bytes.indexOf(NEWLINE, at);
  return found === -1 ? bytes.length : found + 1;
}

/**
 * About `parts` ranges of equal size, each cut just after a line break: `\n` never occurs inside a UTF-8
 * multi-byte character, so no character is split, and `\r\n` stays with its line. A line longer than a range
 * leaves the next range empty; every byte is in exactly one range.
 */
export function splitCaseBytes(bytes: Uint8Array, parts: number): CaseByteRange[] {
  const ranges: CaseByteRange[] = [];
  let start = 0;
  let firstLine = 1;
  for (let part = 1; part <= parts; part += 1) {
    const cut = Math.floor((bytes.length * part) / parts);
    const end =
      part === parts ? bytes.length : cut === 0 ? start : Math.max(start, nextLineStart(bytes, cut - 1));
    ranges.push({ start, end, firstLine });
    // The lines of every range but the last number the next one's first line.
    for (
      let at = part === parts ? -1 : bytes.indexOf(NEWLINE, start);
      at !== -1 && at < end;
      at = bytes.indexOf(NEWLINE, at + 1)
    ) {
      firstLine += 1;
    }
    start = end;
  }
  return ranges;
}

/** How many line breaks the bytes hold (lines, less one when the input ends without one), counted up to `atMost`. */
export function countLineBreaks(bytes: Uint8Array, atMost = Infinity): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1 && count < atMost; at = bytes.indexOf(NEWLINE, at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Calls `onLine` for every line of the range in order, with `\r\n` read as one line break as by `split(/\r?\n/)`
 * (a lone `\r` stays in its line). Blank lines are the caller's to skip, once decoded.
 */
export function forEachLine(
  bytes: Uint8Array,
  range: CaseByteRange,
  onLine: (line: number, start: number, end: number) => void,
): void {
  let line = range.firstLine;
  let start = range.start;
  while (start < range.end) {
    const found = bytes.indexOf(NEWLINE, start);
    const breakAt = found === -1 || found >= range.end ? range.end : found;
    const end = breakAt > start && bytes[breakAt - 1] === 0x0d && breakAt < range.end ? breakAt - 1 : breakAt;
    onLine(line, start, end);
    line += 1;
    start = breakAt + 1;
  }
}
