// Tells when a customer repeats a complaint: near-identical messages, or "still"/"again"/"hâlâ" while unhappy.
import { tokenize } from './normalise.js';

const REPEAT_MARKERS = new Set([
  'still',
  'again',
  'anymore',
  'hala',
  'yine',
  'tekrar',
  'yeniden',
  'defalarca',
  'kacinci',
  'hep',
]);

// Words too common to say two messages are about the same thing.
const COMMON_WORDS = new Set(
  (
    'the a an and or but is are was were be been to of in on at for with my your our me you i it this that ' +
    'have has had do does did not no can could would will please just what why how when where there here ' +
    've ile bir bu su o da de mi mu ne icin ama cok ben sen siz biz benim sizin hala yine tekrar lutfen'
  ).split(' '),
);

const MIN_CONTENT_WORDS = 3;
const SAME_COMPLAINT_OVERLAP = 0.5;
const NOT_POSITIVE = 0.15;
const MARKER_WINDOW = 3;
const PAIR_WINDOW = 5;

function contentWords(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((token) => token.length > 2 && !COMMON_WORDS.has(token)));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) {
    if (b.has(word)) {
      shared += 1;
    }
  }
  return shared / (a.size + b.size - shared);
}

/**
 * Whether the customer repeats a complaint: two of the last five messages share at least half
 * their content words while one of them is not positive, or one of the last three is negative
 * and says "still", "again", "hâlâ", "yine", "tekrar"… `scores` (and `words`, each text's tokens when the
 * caller has them) align with `texts`.
 */
export function findRepeatedComplaint(
  texts: readonly string[],
  scores: readonly number[],
  words?: readonly (readonly string[])[],
): boolean {
  const tokensOf = (index: number): readonly string[] => words?.[index] ?? tokenize(texts[index] ?? '');
  const start = Math.max(0, texts.length - MARKER_WINDOW);
  for (let index = start; index < texts.length; index += 1) {
    if ((scores[index] ?? 0) < 0 && tokensOf(index).some((token) => REPEAT_MARKERS.has(token))) {
      return true;
    }
  }
  const first = Math.max(0, texts.length - PAIR_WINDOW);
  if (texts.length - first < 2) {
    // One message has nothing to repeat.
    return false;
  }
  const recent = texts.slice(first).map((_, offset) => contentWords(tokensOf(first + offset)));
  const recentScores = scores.slice(-PAIR_WINDOW);
  for (let later = 1; later < recent.length; later += 1) {
    for (let earlier = 0; earlier < later; earlier += 1) {
      const a = recent[earlier] ?? new Set<string>();
      const b = recent[later] ?? new Set<string>();
      const isUnhappy =
        (recentScores[earlier] ?? 0) < NOT_POSITIVE || (recentScores[later] ?? 0) < NOT_POSITIVE;
      if (
        isUnhappy &&
        a.size >= MIN_CONTENT_WORDS &&
        b.size >= MIN_CONTENT_WORDS &&
        overlap(a, b) >= SAME_COMPLAINT_OVERLAP
      ) {
        return true;
      }
    }
  }
  return false;
}
