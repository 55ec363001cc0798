// Finds the longest listed stem that a word starts with, in one map lookup per distinct stem length.

/** Looks up the longest stem that a folded word starts with. */
export type StemLookup<T> = (word: string) => { stem: string; value: T } | undefined;

/**
 * Compiles stems (already folded) with their values into a lookup. Stems shorter than
 * `minimumLength` are ignored, so two-letter stems cannot match half the vocabulary.
 */
export function makeStemLookup<T>(entries: Iterable<readonly [string, T]>, minimumLength = 1): StemLookup<T> {
  const byStem = new Map<string, T>();
  for (const [stem, value] of entries) {
    if (stem.length >= minimumLength) {
      byStem.set(stem, value);
    }
  }
  // The stem lengths worth trying for each first two letters (one-letter stems under their letter), longest
  // first: most words start like no stem and cost one look-up, keyed by character codes (no slicing).
  const keyOf = (word: string, letters: number): number =>
    letters === 1 ? word.charCodeAt(0) : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1) + 0x100000000;
  const lengthsByStart = new Map<number, number[]>();
  for (const stem of byStem.keys()) {
    const key = keyOf(stem, Math.min(2, stem.length));
    const lengths = lengthsByStart.get(key) ?? [];
    if (!lengths.includes(stem.length)) {
      lengths.push(stem.length);
      lengths.sort((a, b) => b - a);
    }
    lengthsByStart.set(key, lengths);
  }
  const tryLengths = (word: string, lengths: readonly number[] | undefined) => {
    for (const length of lengths ?? []) {
      if (length <= word.length) {
        const stem = word.slice(0, length);
        const value = byStem.get(stem);
        if (value !== undefined) {
          return { stem, value };
        }
      }
    }
    return undefined;
  };
  return (word) =>
    word.length === 0
      ? undefined
      : ((word.length > 1 ? tryLengths(word, lengthsByStart.get(keyOf(word, 2))) : undefined) ??
        tryLengths(word, lengthsByStart.get(keyOf(word, 1))));
}
