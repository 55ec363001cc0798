// The character 3- and 4-grams of a folded text's letters, hashed into buckets: what the locale model reads (and is
// trained on). Only ASCII letters count, so Turkish typed without its letters ("kartimi yuttu") reads like the same
// words typed with them once folded; digits, punctuation and other scripts separate words.

/** Buckets of the hashed gram space (2^bits); the weights file is trained for this size. */
export const LOCALE_GRAM_BITS = 14;
const MASK = (1 << LOCALE_GRAM_BITS) - 1;
/** Characters of a text that are read: the language shows in its first words. */
export const MAX_LOCALE_TEXT = 300;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

// One buffer for every call: the letters of the text, single spaces between and around its words.
const buffer = new Uint8Array(MAX_LOCALE_TEXT + 2);

function bucketOf(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

/** Sends the bucket of each 3- and 4-gram of the folded text (see foldText) to `sink`. Allocates nothing. */
export function forEachLocaleGram(folded: string, sink: (bucket: number) => void): void {
  let length = 0;
  buffer[length++] = SPACE;
  const end = Math.min(folded.length, MAX_LOCALE_TEXT);
  for (let index = 0; index < end; index += 1) {
    const code = folded.charCodeAt(index);
    if (code >= 97 && code <= 122) {
      buffer[length++] = code;
    } else if (buffer[length - 1] !== SPACE) {
      buffer[length++] = SPACE;
    }
  }
  if (buffer[length - 1] !== SPACE) {
    buffer[length++] = SPACE;
  }
  for (let start = 0; start + 3 <= length; start += 1) {
    let hash = FNV_OFFSET;
    hash = Math.imul(hash ^ (buffer[start] ?? 0), FNV_PRIME);
    hash = Math.imul(hash ^ (buffer[start + 1] ?? 0), FNV_PRIME);
    hash = Math.imul(hash ^ (buffer[start + 2] ?? 0), FNV_PRIME);
    sink(bucketOf(hash));
    if (start + 4 <= length) {
      sink(bucketOf(Math.imul(hash ^ (buffer[start + 3] ?? 0), FNV_PRIME)));
    }
  }
}
