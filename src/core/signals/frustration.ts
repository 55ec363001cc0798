// Finds the frustration cues of one message: shouting, repeated punctuation, profanity.
import { ENGLISH_PROFANITY } from './lexicon-en.js';
import { TURKISH_PROFANITY } from './lexicon-tr.js';

/** A named sign of frustration; `repeated_complaint` comes from looking at a whole conversation. */
export type FrustrationCue = 'shouting' | 'repeated_punctuation' | 'repeated_complaint' | 'profanity';

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /\p{Lu}/gu;
const HAS_LOWER = /\p{Ll}/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const SURROGATES = /[\ud800-\udfff]/;
const REPEATED_PUNCTUATION = /[?\uff1f]{2,}|[!\uff01]{3,}|[?\uff1f][!\uff01]|[!\uff01][?\uff1f]/u;
const SHOUTING_MIN_LETTERS = 6;
const SHOUTING_MIN_WORDS = 2;
const SHOUTING_SHARE = 0.7;
const SHORT_PROFANITY = 3;

const profanityPrefixes = [...ENGLISH_PROFANITY, ...TURKISH_PROFANITY].filter(
  (word) => word.length > SHORT_PROFANITY,
);
const profanityWords = new Set(
  [...ENGLISH_PROFANITY, ...TURKISH_PROFANITY].filter((word) => word.length <= SHORT_PROFANITY),
);

// The longer prefixes under their first two letters (as one number, so no word is sliced to look it up):
// most words cost one look-up.
const startKey = (word: string): number => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
const prefixesByStart = new Map<number, string[]>();
for (const prefix of profanityPrefixes) {
  const start = startKey(prefix);
  prefixesByStart.set(start, [...(prefixesByStart.get(start) ?? []), prefix]);
}

/** Whether a folded token is profanity (short words whole, longer ones as word starts). */
export function isProfanity(token: string): boolean {
  if (profanityWords.has(token)) {
    return true;
  }
  if (token.length <= SHORT_PROFANITY) {
    return false;
  }
  const prefixes = prefixesByStart.get(startKey(token));
  return prefixes !== undefined && prefixes.some((prefix) => token.startsWith(prefix));
}

// The case of each character code: a capital (\p{Lu}), a small letter (\p{Ll}), another letter or digit
// (part of a word), or none; worked out once per code.
const CODE_KINDS = new Uint8Array(0x10000);
const UNKNOWN = 0;
const CAPITAL = 1;
const SMALL = 2;
const OTHER_WORD = 3;
const NOT_WORD = 4;

function kindOf(code: number): number {
  let kind = CODE_KINDS[code] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    const character = String.fromCharCode(code);
    kind = UPPER.test(character)
      ? CAPITAL
      : HAS_LOWER.test(character)
        ? SMALL
        : WORD_CHARACTER.test(character)
          ? OTHER_WORD
          : NOT_WORD;
    UPPER.lastIndex = 0;
    CODE_KINDS[code] = kind;
  }
  return kind;
}

/** Mostly words in capitals: acronyms in a normal sentence ("my IBAN is TR12, OK?") are not enough. */
function isShouting(text: string): boolean {
  if (SURROGATES.test(text)) {
    return isShoutingSlowly(text);
  }
  let words = 0;
  let capitalWords = 0;
  let capitals = 0;
  let length = 0;
  let upper = 0;
  let lower = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const kind = index < text.length ? kindOf(text.charCodeAt(index)) : NOT_WORD;
    if (kind !== NOT_WORD) {
      length += 1;
      upper += kind === CAPITAL ? 1 : 0;
      lower += kind === SMALL ? 1 : 0;
      continue;
    }
    if (length >= 2 && (upper > 0 || lower > 0)) {
      words += 1;
      if (lower === 0) {
        capitalWords += 1;
        capitals += upper;
      }
    }
    length = 0;
    upper = 0;
    lower = 0;
  }
  return isMostlyCapitals(words, capitalWords, capitals);
}

function isMostlyCapitals(words: number, capitalWords: number, capitals: number): boolean {
  return (
    capitalWords >= SHOUTING_MIN_WORDS &&
    capitals >= SHOUTING_MIN_LETTERS &&
    capitalWords / words >= SHOUTING_SHARE
  );
}

/** The same test with regular expressions, for text with characters beyond the first plane. */
function isShoutingSlowly(text: string): boolean {
  let words = 0;
  let capitalWords = 0;
  let capitals = 0;
  for (const word of text.match(WORD) ?? []) {
    const upper = word.match(UPPER)?.length ?? 0;
    if (word.length < 2 || (upper === 0 && !HAS_LOWER.test(word))) {
      continue;
    }
    words += 1;
    if (!HAS_LOWER.test(word)) {
      capitalWords += 1;
      capitals += upper;
    }
  }
  return isMostlyCapitals(words, capitalWords, capitals);
}

/**
 * The frustration cues of one message's raw text and folded tokens: `shouting` (mostly words in
 * capitals, at least six capital letters), `repeated_punctuation` ("???", "!!!", "?!"), `profanity`.
 */
export function findFrustrationCues(text: string, tokens: readonly string[]): FrustrationCue[] {
  const cues: FrustrationCue[] = [];
  if (isShouting(text)) {
    cues.push('shouting');
  }
  if (REPEATED_PUNCTUATION.test(text)) {
    cues.push('repeated_punctuation');
  }
  if (tokens.some(isProfanity)) {
    cues.push('profanity');
  }
  return cues;
}
