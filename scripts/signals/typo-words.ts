// The words the corpus's families are written with, per language: the words the detector knows how to read. A word
// typed one edit off one of them ("ulşabilirim", "numraası", "represntative") is read as it (src/core/signals/typos.ts).
import { foldText, tokenize } from '../../src/core/signals/normalise.js';
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
  ].join('\n');
}
