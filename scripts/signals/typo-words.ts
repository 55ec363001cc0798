// The words the corpus's families are written with, per language: the words the detector knows how to read. A word
// typed a slip off one of them ("ulşabilirim", "numraası", "represntative") is read as it (src/core/signals/typos.ts),
// unless the slip is itself a real word of the language's dictionary ("tried" and "tired", "geliyor" and "gelmiyor"):
// those ship beside the corpus's words.
import dictionaryEn from 'dictionary-en';
import dictionaryTr from 'dictionary-tr';
import nspell from 'nspell';
import { foldText, tokenize } from '../../src/core/signals/normalise.js';
import { slipsOf } from '../../src/core/signals/slips.js';
import { TRAINING_FAMILIES } from './build-corpus.js';
import { WIDER_ENGLISH_SLOTS, WIDER_TURKISH_SLOTS } from './human-request-wider.js';
import type { Slots } from './random.js';
import { SENTIMENT_FAMILIES, SENTIMENT_SLOTS } from './sentiment-corpus.js';

/** A family of either corpus: its language and templates. */
interface Templates {
  locale: 'en' | 'tr';
  templates: readonly string[];
  lines?: readonly string[];
}

/** Words shorter than this are neither read as typos nor corrected to (see typos.ts). */
const SHORTEST = 4;

function wordsOf(text: string, into: Set<string>): void {
  // Choices and slots as plain words: "[call|ring] {person}" gives "call", "ring".
  for (const token of tokenize(foldText(text.replace(/\{\w+\}/g, ' ').replace(/[[\]|]/g, ' ')))) {
    if (token.length >= SHORTEST && !/\d/.test(token)) {
      into.add(token);
    }
  }
}

/** The sorted words of the families and slots of one language. */
export function typoWords(
  families: readonly Templates[],
  slots: readonly Slots[],
  locale: 'en' | 'tr',
): string[] {
  const found = new Set<string>();
  for (const family of families.filter((candidate) => candidate.locale === locale)) {
    for (const template of [...family.templates, ...(family.lines ?? [])]) {
      wordsOf(template, found);
    }
  }
  for (const values of slots.flatMap((slot) => Object.values(slot))) {
    for (const value of values) {
      wordsOf(value, found);
    }
  }
  return [...found].sort();
}

// What folding made one letter: a folded Turkish word is real if any of its spellings is ("askin" is "aşkın").
const UNFOLDED: Readonly<Record<string, readonly string[]>> = {
  i: ['i', 'ı'],
  s: ['s', 'ş'],
  g: ['g', 'ğ'],
  u: ['u', 'ü'],
  o: ['o', 'ö'],
  c: ['c', 'ç'],
};

/** A folded word's spellings with and without Turkish letters, at most 2^12 of them. */
function spellingsOf(folded: string): string[] {
  let spellings = [''];
  for (const letter of folded) {
    const choices = UNFOLDED[letter];
    spellings =
      choices === undefined || spellings.length >= 4096
        ? spellings.map((spelling) => spelling + letter)
        : spellings.flatMap((spelling) => choices.map((choice) => spelling + choice));
  }
  return spellings;
}

/** Whether a folded word is a word of the language's dictionary; in English also a name ("emil", "jon"). */
function dictionaryOf(locale: 'en' | 'tr'): (folded: string) => boolean {
  const dictionary = locale === 'en' ? dictionaryEn : dictionaryTr;
  const speller = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return locale === 'en'
    ? (folded) => speller.correct(folded) || speller.correct(folded.charAt(0).toUpperCase() + folded.slice(1))
    : (folded) => spellingsOf(folded).some((spelling) => speller.correct(spelling));
}

/** The sorted real words, not of the corpus, that a slip of a corpus word makes. */
export function realSlips(known: readonly string[], isReal: (folded: string) => boolean): string[] {
  const corpus = new Set(known);
  const found = new Set<string>();
  for (const word of known) {
    for (const slip of slipsOf(word)) {
      if (!corpus.has(slip) && !found.has(slip) && isReal(slip)) {
        found.add(slip);
      }
    }
  }
  return [...found].sort();
}

/** The source text of src/core/signals/typo-words.ts. */
export function typoWordsModule(): string {
  const families = [...TRAINING_FAMILIES, ...SENTIMENT_FAMILIES];
  const en = typoWords(families, [WIDER_ENGLISH_SLOTS, SENTIMENT_SLOTS], 'en');
  const tr = typoWords(families, [WIDER_TURKISH_SLOTS, SENTIMENT_SLOTS], 'tr');
  return [
    '// The words of the corpus: written by `npm run train:signals` (scripts/signals/typo-words.ts), do not edit.',
    '',
    '/** The folded words the corpus is written with, per language, space-separated and sorted. */',
    'export const TYPO_WORDS = {',
    `  en: '${en.join(' ')}',`,
    `  tr: '${tr.join(' ')}',`,
    '};',
    '',
    '/** The real words of the dictionaries, folded, that a slip of a word of the corpus makes: read as typed. */',
    'export const REAL_SLIPS = {',
    `  en: '${realSlips(en, dictionaryOf('en')).join(' ')}',`,
    `  tr: '${realSlips(tr, dictionaryOf('tr')).join(' ')}',`,
    '};',
    '',
  ].join('\n');
}
