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
  const lengths = [...new Set([...byStem.keys()].map((stem) => stem.length))].sort((a, b) => b - a);
  return (word) => {
    for (const length of lengths) {
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
}
