// Whether a drill's input is worth deciding on several threads: JSON Lines, and enough of them.
import { countLineBreaks } from '../../core/drills/case-byte-ranges.js';

/** Fewer lines than this are drilled on the calling thread: starting workers costs more than it saves. */
export const MIN_CASES_FOR_WORKERS = 2_000;

const NEWLINE = 0x0a;
const isJsonSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Whether the input is worth drilling on workers: enough lines, and JSON Lines rather than one JSON document
 * (an array, or one case over several lines), as the single-thread reader tells them apart. A first line that is
 * a whole JSON value, followed by more than JSON whitespace, settles it without decoding the rest.
 */
export function isJsonLinesForWorkers(bytes: Buffer): boolean {
  if (countLineBreaks(bytes, MIN_CASES_FOR_WORKERS) + 1 < MIN_CASES_FOR_WORKERS) {
    return false;
  }
  for (let start = 0; start < bytes.length;) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 ? bytes.length : found;
    const first = bytes.toString('utf8', start, end).trim();
    if (first !== '') {
      let isWholeValue = true;
      try {
        JSON.parse(first);
      } catch {
        isWholeValue = false;
      }
      if (isWholeValue) {
        for (let at = end; at < bytes.length; at += 1) {
          if (!isJsonSpace(bytes[at])) {
            return true;
          }
        }
        return false;
      }
      try {
        JSON.parse(bytes.toString('utf8').trim());
        return false;
      } catch {
        return true;
      }
    }
    start = end + 1;
  }
  return false;
}
