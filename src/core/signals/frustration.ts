// Finds the frustration cues of one message: shouting, repeated punctuation, profanity.
import { ENGLISH_PROFANITY } from './lexicon-en.js';
import { TURKISH_PROFANITY } from './lexicon-tr.js';

/** A named sign of frustration; `repeated_complaint` comes from looking at a whole conversation. */
export type FrustrationCue = 'shouting' | 'repeated_punctuation' | 'repeated_complaint' | 'profanity';

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /\p{Lu}/gu;
const HAS_LOWER = /\p{Ll}/u;
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

/** Whether a folded token is profanity (short words whole, longer ones as word starts). */
export function isProfanity(token: string): boolean {
  return profanityWords.has(token) || profanityPrefixes.some((prefix) => token.startsWith(prefix));
}

/** Mostly words in capitals: acronyms in a normal sentence ("my IBAN is TR12, OK?") are not enough. */
function isShouting(text: string): boolean {
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
  return (
    capitalWords >= SHOUTING_MIN_WORDS &&
    capitals >= SHOUTING_MIN_LETTERS &&
    capitalWords / words >= SHOUTING_SHARE
  );
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
