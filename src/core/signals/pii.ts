// Finds personal data (emails, phones, IBANs, cards, Turkish national ids) in text, and redacts it.
import {
  type DigitShape,
  IBAN_LENGTHS,
  isCardShape,
  isIbanValid,
  isPhoneShape,
  isTurkishNationalId,
} from './pii-checks.js';

/** The kinds of personal data that findPii recognises. */
export type PiiType = 'email' | 'phone' | 'iban' | 'card' | 'tr_national_id';

/** One piece of personal data; `start`/`end` are offsets into the original text (end exclusive). */
export interface PiiMatch {
  type: PiiType;
  start: number;
  end: number;
  value: string;
}

// Earlier types win when two matches overlap: an email holding digits, an IBAN holding a card-like run.
const PRIORITY: readonly PiiType[] = ['email', 'iban', 'card', 'tr_national_id', 'phone'];
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;
const EMAIL_TLD = /\.\p{L}{2,}$/u;
const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})\d{2}(?:[ \u00a0]?[A-Za-z0-9]){11,30}/g;
const ALPHANUMERIC = /[A-Za-z0-9]/;
// A run of digits with at most two separators between digits; each step takes one digit, so it is linear.
const DIGIT_RUN = /(?<![\p{L}\p{N}@._-])\+?\d(?:[ \u00a0\-.()/]{0,2}\d)*/gu;
const DIGIT_GROUP = /\d+/g;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
const MAX_DIGITS = 19;
const MAYBE_PII = /[0-9@]/;

function findEmails(text: string, found: PiiMatch[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1] ?? '')) {
      start -= 1;
    }
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN.test(text[end] ?? '')) {
      end += 1;
    }
    while (start < at && text[start] === '.') {
      start += 1;
    }
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) {
      end -= 1;
    }
    const value = text.slice(start, end);
    if (start < at && EMAIL_TLD.test(value)) {
      found.push({ type: 'email', start, end, value });
    }
  }
}

function findIbans(text: string, found: PiiMatch[]): void {
  IBAN_START.lastIndex = 0;
  for (let match = IBAN_START.exec(text); match !== null; match = IBAN_START.exec(text)) {
    const length = IBAN_LENGTHS[(match[1] ?? '').toUpperCase()];
    let end = match.index;
    let compact = '';
    while (length !== undefined && end < text.length && compact.length < length) {
      const char = text[end] ?? '';
      if (ALPHANUMERIC.test(char)) {
        compact += char.toUpperCase();
      } else if (char !== ' ' && char !== '\u00a0') {
        break;
      }
      end += 1;
    }
    if (isIbanValid(compact) && !WORD_AFTER.test(text.slice(end, end + 1))) {
      found.push({ type: 'iban', start: match.index, end, value: text.slice(match.index, end) });
      IBAN_START.lastIndex = end;
    } else {
      IBAN_START.lastIndex = match.index + 1;
    }
  }
}

function classify(shape: DigitShape): PiiType | undefined {
  if (isCardShape(shape)) {
    return 'card';
  }
  if (!shape.hasPlus && shape.groups.length === 1 && isTurkishNationalId(shape.digits)) {
    return 'tr_national_id';
  }
  return isPhoneShape(shape) ? 'phone' : undefined;
}

function findInDigitRun(text: string, runStart: number, run: string, found: PiiMatch[]): void {
  const groups: { start: number; end: number; digits: string }[] = [];
  DIGIT_GROUP.lastIndex = 0;
  for (let match = DIGIT_GROUP.exec(run); match !== null; match = DIGIT_GROUP.exec(run)) {
    groups.push({
      start: runStart + match.index,
      end: runStart + match.index + match[0].length,
      digits: match[0],
    });
  }
  const hasPlus = run.startsWith('+');
  let first = 0;
  while (first < groups.length) {
    let matched = false;
    let digits = '';
    const windows: { last: number; digits: string }[] = [];
    for (let last = first; last < groups.length && digits.length < MAX_DIGITS; last += 1) {
      digits += groups[last]?.digits ?? '';
      windows.push({ last, digits });
    }
    // Longest window first, so "0532 123 45 67" is one phone, not four short runs.
    for (const window of windows.reverse()) {
      const sizes = groups.slice(first, window.last + 1).map((group) => group.digits.length);
      const type = classify({ digits: window.digits, hasPlus: hasPlus && first === 0, groups: sizes });
      if (type !== undefined) {
        const opening = groups[first]?.start ?? 0;
        const start = hasPlus && first === 0 ? runStart : text[opening - 1] === '(' ? opening - 1 : opening;
        const last = groups[window.last]?.end ?? start;
        const end = text[last] === ')' ? last + 1 : last;
        found.push({ type, start, end, value: text.slice(start, end) });
        first = window.last + 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      first += 1;
    }
  }
}

function findNumbers(text: string, found: PiiMatch[]): void {
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match !== null; match = DIGIT_RUN.exec(text)) {
    const after = match.index + match[0].length;
    if (!WORD_AFTER.test(text.slice(after, after + 1))) {
      findInDigitRun(text, match.index, match[0], found);
    }
  }
}

/**
 * Finds emails, phone numbers (international `+…`, Turkish `05xx…`, North American), IBANs (mod-97
 * checked), card numbers (13–19 digits, Luhn checked) and Turkish national ids (both check digits)
 * in text. Overlaps are resolved by kind (email, IBAN, card, national id, phone), and the matches
 * come back in text order with offsets into the original string.
 */
export function findPii(text: string): PiiMatch[] {
  // Every kind holds an ASCII digit but an email, which holds an @: most chat lines have neither.
  if (!MAYBE_PII.test(text)) {
    return [];
  }
  const candidates: PiiMatch[] = [];
  findEmails(text, candidates);
  findIbans(text, candidates);
  findNumbers(text, candidates);
  candidates.sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || a.start - b.start);
  const kept: PiiMatch[] = [];
  for (const candidate of candidates) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) {
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Replaces personal data in text with `[email]`, `[phone]`, `[iban]`, `[card]` or
 * `[tr_national_id]`; `types` limits which kinds are replaced (all by default).
 */
export function redactPii(text: string, types?: readonly string[]): string {
  const wanted = types === undefined ? undefined : new Set(types);
  let result = '';
  let position = 0;
  for (const match of findPii(text)) {
    if (wanted === undefined || wanted.has(match.type)) {
      result += `${text.slice(position, match.start)}[${match.type}]`;
      position = match.end;
    }
  }
  return result + text.slice(position);
}
