// Splits CLI input into cases: one JSON document, a JSON array of cases, or JSON Lines (one case a line).
import { forEachLine } from '../../core/drills/case-byte-ranges.js';
import { type DrillInput, readCaseLine } from '../../core/drills/run-drill.js';

/** One line read as a case: its value, or why it is not JSON. */
export type CaseLine = DrillInput;

/** Reads the text as one JSON value when it is one, otherwise as JSON Lines; blank lines are skipped. */
export function readCases(text: string): CaseLine[] {
  const trimmed = text.trim();
  if (trimmed === '') {
    return [];
  }
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (Array.isArray(whole)) {
      return whole.map((value, index) => ({ line: index + 1, value }));
    }
    return [{ line: 1, value: whole }];
  } catch {
    // Not one document: JSON Lines.
  }
  const lines: CaseLine[] = [];
  text.split(/\r?\n/).forEach((body, index) => {
    const read = readCaseLine(index + 1, body);
    if (read !== null) {
      lines.push(read);
    }
  });
  return lines;
}

/** Whether a byte is one that String.prototype.trim never removes: printable ASCII other than space. */
const isVisibleAscii = (byte: number) => byte > 0x20 && byte < 0x7f;

/**
 * `readCases` of the bytes' UTF-8 text, decoding JSON Lines one line at a time: decoding a large mixed
 * English and Turkish input in one piece costs V8 several times what its lines cost one by one (each ASCII
 * line stays a one-byte string). Input that may be one JSON document is decoded whole and read as before.
 */
export function readCasesFromBytes(bytes: Buffer): CaseLine[] {
  if (!isJsonLines(bytes)) {
    return readCases(bytes.toString('utf8'));
  }
  const lines: CaseLine[] = [];
  forEachLine(bytes, { start: 0, end: bytes.length, firstLine: 1 }, (line, start, end) => {
    const read = readCaseLine(line, bytes.toString('utf8', start, end));
    if (read !== null) {
      lines.push(read);
    }
  });
  return lines;
}

/**
 * Whether the whole text cannot be one JSON value, so readCases would read it as JSON Lines: its first non-blank
 * line is a whole value and a visible character follows it (which no trimming removes and JSON cannot follow a
 * value with).
 */
function isJsonLines(bytes: Buffer): boolean {
  for (let start = 0; start < bytes.length;) {
    const found = bytes.indexOf(0x0a, start);
    const end = found === -1 ? bytes.length : found;
    const first = bytes.toString('utf8', start, end).trim();
    if (first !== '') {
      try {
        JSON.parse(first);
      } catch {
        return false;
      }
      for (let at = end; at < bytes.length; at += 1) {
        if (isVisibleAscii(bytes[at] ?? 0)) {
          return true;
        }
      }
      return false;
    }
    start = end + 1;
  }
  return false;
}
