// Hashed character n-grams and words of a text: the features the human-request model reads and is trained on.

/** Buckets of the hashed feature space (2^bits); the weights file is trained for this size. */
export const FEATURE_BITS = 17;
const MASK = (1 << FEATURE_BITS) - 1;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Characters of a text that are read; the rest is ignored (a request is one short sentence). */
export const MAX_FEATURE_TEXT = 300;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x5bd1e995;
const BIGRAM_SEED = 0x27d4eb2f;
const SPACE = 32;

/** Receives every feature of a text, one bucket at a time (repeats included). */
export interface FeatureSink {
  add(bucket: number): void;
}

// murmur3's finaliser: FNV alone leaves the low bits, which pick the bucket, poorly mixed.
function bucketOf(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & MASK;
}

const LOCALE_BUCKETS: Readonly<Record<'en' | 'tr', number>> = {
  en: bucketOf(0x1000001),
  tr: bucketOf(0x2000002),
};

/** Whether a character of folded text is part of a word: ASCII letters and digits, and letters beyond. */
function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  // Latin-1 symbols, general punctuation and the like are separators; other scripts' letters are words.
  return !(code < 0xc0 || (code >= 0x2000 && code < 0x2bff) || (code >= 0x3000 && code < 0x3040));
}

// One buffer for every call: the words of the text, single spaces between and around them.
const buffer = new Uint16Array(MAX_FEATURE_TEXT + 2);

function fillBuffer(folded: string, from: number, to: number): number {
  let length = 0;
  buffer[length++] = SPACE;
  const end = Math.min(to, from + MAX_FEATURE_TEXT);
  for (let index = from; index < end; index += 1) {
    const code = folded.charCodeAt(index);
    if (isWordCode(code)) {
      buffer[length++] = code;
    } else if (buffer[length - 1] !== SPACE) {
      buffer[length++] = SPACE;
    }
  }
  if (buffer[length - 1] !== SPACE) {
    buffer[length++] = SPACE;
  }
  return length;
}

/**
 * Sends the features of one folded text (see foldText) to the sink and returns how many it sent:
 * one per locale, character 3- to 5-grams of the words with single spaces around them (so lost
 * spaces and typos still share most grams), words, and pairs of neighbouring words. Only the first
 * MAX_FEATURE_TEXT characters are read, from `from` up to `to` (a sentence of a longer text, without
 * slicing it). Allocates nothing.
 */
export function sendFeatures(
  folded: string,
  locale: 'en' | 'tr',
  sink: FeatureSink,
  from = 0,
  to = folded.length,
): number {
  sink.add(LOCALE_BUCKETS[locale]);
  const length = fillBuffer(folded, from, to);
  if (length < 2) {
    return 1;
  }
  let count = 1;
  for (let start = 0; start < length; start += 1) {
    let hash = FNV_OFFSET;
    const last = Math.min(length, start + MAX_GRAM);
    for (let index = start; index < last; index += 1) {
      hash = Math.imul(hash ^ (buffer[index] ?? 0), FNV_PRIME);
      if (index - start + 1 >= MIN_GRAM) {
        sink.add(bucketOf(hash));
        count += 1;
      }
    }
  }
  let word = WORD_SEED;
  let previous = 0;
  for (let index = 1; index < length; index += 1) {
    const code = buffer[index] ?? 0;
    if (code !== SPACE) {
      word = Math.imul(word ^ code, FNV_PRIME);
      continue;
    }
    sink.add(bucketOf(word));
    count += 1;
    if (previous !== 0) {
      sink.add(bucketOf(Math.imul(previous ^ BIGRAM_SEED, FNV_PRIME) ^ word));
      count += 1;
    }
    previous = word;
    word = WORD_SEED;
  }
  return count;
}
