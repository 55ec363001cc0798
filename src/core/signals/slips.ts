// The slips the typo reading reads back (typos.ts), written out from a word: the generator of the words it ships
// (scripts/signals/typo-words.ts) makes the same ones.

/** A word this short has too many neighbours to be read as another. */
export const SHORTEST_TYPO = 5;

/**
 * A word loses a letter only from this length: "persn" for "person", "ownr" for "owner", "coud" for "could" (round 67:
 * on real lines with one slip put in, 30 -> 18 English requests lost); never "agt" for "age". A real word or a name a
 * letter short ("each", "emil") is never read as another (typo-words.ts).
 */
const SHORTEST_TO_LOSE_A_LETTER = SHORTEST_TYPO;

/** The shortest word read as another with a letter lost. */
export const SHORTEST_LOST = SHORTEST_TO_LOSE_A_LETTER - 1;

/** A word typed with a letter doubled or two neighbours swapped, at least SHORTEST_TYPO letters long. */
export function reorderedSlipsOf(word: string): string[] {
  const slips = new Set<string>();
  for (let at = 0; at < word.length; at += 1) {
    slips.add(word.slice(0, at + 1) + word.slice(at));
    if (at + 1 < word.length && word[at] !== word[at + 1]) {
      slips.add(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
    }
  }
  return [...slips].filter((slip) => slip.length >= SHORTEST_TYPO);
}

/** A word of SHORTEST_TO_LOSE_A_LETTER letters or more typed with a letter lost. */
export function lostLetterSlipsOf(word: string): string[] {
  if (word.length < SHORTEST_TO_LOSE_A_LETTER) {
    return [];
  }
  const slips = new Set<string>();
  for (let at = 0; at < word.length; at += 1) {
    slips.add(word.slice(0, at) + word.slice(at + 1));
  }
  return [...slips];
}

/** Every slip the typo reading reads back. */
export function slipsOf(word: string): string[] {
  return [...reorderedSlipsOf(word), ...lostLetterSlipsOf(word)];
}
