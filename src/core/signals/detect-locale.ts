// Tells Turkish from English text, and turns a case's locale tag into one of the two.
import { forEachLocaleGram } from './locale-grams.js';
import { LOCALE_WEIGHTS } from './locale-weights.js';
import { foldText, type TextMemo, tokenize } from './normalise.js';

/** The locales the signals have word lists for. */
export type SignalLocale = 'tr' | 'en';

// Letters that only Turkish uses among the two languages (ç, ö, ü also occur in loan words).
const codesOf = (letters: string): ReadonlySet<number> =>
  new Set([...letters].map((letter) => letter.charCodeAt(0)));
const TURKISH_LETTER_CODES = codesOf('ğĞşŞıİ');
const TURKISH_SHARED_LETTER_CODES = codesOf('çÇöÖüÜ');

// Folded, so they also match text typed without Turkish letters.
const TURKISH_WORDS = new Set(
  (
    've bir bu su o ile icin ama fakat cok daha en de da ki mi mu ne neden nasil nerede niye hala ' +
    'hic degil var yok ben beni bana benim sen siz size sizi sizin bizim biz bize lutfen tesekkur ' +
    'tesekkurler merhaba selam evet hayir sadece simdi bile gibi kadar olarak olan ise yine tekrar ' +
    'artik hemen acil gun hafta dun bugun yarin tamam iyi kotu istiyorum istemiyorum lazim gerek ' +
    'siparis siparisim iade kargo fatura hesap sifre iptal sikayet musteri temsilci destek urun ' +
    'para odeme kart teslimat numara numaram adres adresim sorun yardim hizmet zaman misiniz misin ' +
    'musunuz miyim mudur midir nedir kimse herkes hepsi baska ayni boyle oyle'
  ).split(' '),
);

const LOCALE_SEPARATOR = /[-_]/;

const ENGLISH_WORDS = new Set(
  (
    'the a an is are was were be been i you he she we they it my your our their me us him her this ' +
    'that these those to of and or but in on at for with from by about as not no can could would ' +
    'should will do does did have has had please what how why when where which who there here ' +
    'want need help order account thanks thank hi hello yes just still again get any some'
  ).split(' '),
);

// Suffixes of Turkish verbs and nouns that English words practically never end with.
const TURKISH_SUFFIX =
  /(?:[iu]yor(?:um|uz|sun|sunuz|lar|du|dum)?|m[iu]s[iu]n(?:[iu]z)?|m[iu]y[iu]m|[ae]bil(?:ir|ir misiniz)?|[iu]m[iu]z|lar[iu]m|ler[iu]m|lar[iu]|ler[iu]|d[iu]m|t[iu]m|m[ae]d[iu]m?|m[ae]k|[ae]c[ae]g[iu]m|[aeiou]yl[ae]|n[iu]n|s[iu]n[iu]z)$/u;

// The letters the suffixes above end with: a word ending otherwise ("orders", "about") skips the expression.
const SUFFIX_LAST_CODES = new Set([...'rmznuilkae'].map((letter) => letter.charCodeAt(0)));

// No suffix above is longer than this: testing a long word's last letters only gives the same answer, faster.
const SUFFIX_SPAN = 10;

// The locale model's weights (int8 log-ratios, Turkish over English), decoded once.
const GRAM_WEIGHTS = new Int8Array(Buffer.from(LOCALE_WEIGHTS.weights, 'base64'));
/** English words this many more than Turkish evidence decide alone; fewer ask the grams too. */
const DECISIVE_MARGIN = 3;
/** What one word or letter of evidence weighs against the grams' log-odds. */
const MARGIN_WEIGHT = 8;
/** Log-odds above which the grams and the margin together read Turkish. */
const TURKISH_ABOVE = 10;

let gramSum = 0;
const addGram = (bucket: number): void => {
  gramSum += GRAM_WEIGHTS[bucket] ?? 0;
};

/** The locale model's log-odds that folded text is Turkish rather than English. */
function gramLogOdds(folded: string): number {
  gramSum = 0;
  forEachLocaleGram(folded, addGram);
  return gramSum * LOCALE_WEIGHTS.scale;
}

/**
 * Guesses whether text is Turkish or English from Turkish letters, common function words and
 * Turkish suffixes, and, when those do not settle it, from its character grams (the locale
 * model), which still read Turkish typed without Turkish letters ("kartimi yuttu", "islem
 * basarisiz oldu"). Defaults to `'en'` when nothing points either way.
 */
export function detectLocale(text: string): SignalLocale {
  if (text === '') {
    return 'en';
  }
  return localeOfMargin(wordMargin(letterScore(text), [tokenize(text)]), () => gramLogOdds(foldText(text)));
}

/**
 * detectLocale of the texts joined by line breaks, with each text's tokens taken from the memo (so the
 * detectors that read the same texts next do not fold them again).
 */
export function detectLocaleOfTexts(texts: readonly string[], memo: TextMemo): SignalLocale {
  let own = 0;
  let shared = 0;
  const words: (readonly string[])[] = [];
  for (const text of texts) {
    const letters = countTurkishLetters(text);
    own += letters.own;
    shared += letters.shared;
    words.push(...memo.sentenceClauses(text));
  }
  if (words.length === 0 && own === 0 && shared === 0) {
    return 'en';
  }
  return localeOfMargin(wordMargin(Math.min(6, own * 2) + Math.min(2, shared * 0.5), words), () => {
    let logOdds = 0;
    for (const text of texts) {
      logOdds += gramLogOdds(memo.fold(text));
    }
    return logOdds;
  });
}

/**
 * Turkish when the words and letters point to it; when nothing points either way, or English words only a little,
 * when the grams read Turkish all the same.
 */
function localeOfMargin(margin: number, gramsOf: () => number): SignalLocale {
  if (margin > 0) {
    return 'tr';
  }
  if (margin <= -DECISIVE_MARGIN) {
    return 'en';
  }
  return gramsOf() + MARGIN_WEIGHT * margin > TURKISH_ABOVE ? 'tr' : 'en';
}

function countTurkishLetters(text: string): { own: number; shared: number } {
  let own = 0;
  let shared = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // Every Turkish letter is at U+00C7 or above; most text is ASCII and costs one comparison a character.
    if (code >= 0xc7) {
      own += TURKISH_LETTER_CODES.has(code) ? 1 : 0;
      shared += TURKISH_SHARED_LETTER_CODES.has(code) ? 1 : 0;
    }
  }
  return { own, shared };
}

function letterScore(text: string): number {
  const { own, shared } = countTurkishLetters(text);
  return Math.min(6, own * 2) + Math.min(2, shared * 0.5);
}

/** Turkish evidence (letters, words, suffixes) less English evidence (words). */
function wordMargin(letters: number, clauses: readonly (readonly string[])[]): number {
  let turkish = letters;
  let english = 0;
  for (const tokens of clauses) {
    for (const token of tokens) {
      if (TURKISH_WORDS.has(token)) {
        turkish += 1;
      } else if (ENGLISH_WORDS.has(token)) {
        english += 1;
      } else if (
        token.length > 4 &&
        SUFFIX_LAST_CODES.has(token.charCodeAt(token.length - 1)) &&
        TURKISH_SUFFIX.test(token.length > SUFFIX_SPAN ? token.slice(-SUFFIX_SPAN) : token)
      ) {
        turkish += 1;
      }
    }
  }
  return turkish - english;
}

/**
 * Reduces a locale tag such as `tr-TR` or `en_GB` to `'tr'` or `'en'`; any other or missing tag
 * falls back to detecting the language of `text`.
 */
export function normaliseLocale(locale: string | undefined, text: string): SignalLocale {
  return localeOfTag(locale) ?? detectLocale(text);
}

/**
 * Reduces a locale tag such as `tr-TR` or `en_GB` to `'tr'` or `'en'`, or undefined for any other or
 * missing tag, so a caller can skip gathering the text to detect when the tag already says.
 */
export function localeOfTag(locale: string | undefined): SignalLocale | undefined {
  if (locale === 'en' || locale === 'tr') {
    return locale;
  }
  const language = locale?.trim().toLowerCase().split(LOCALE_SEPARATOR, 1)[0];
  if (language === 'tr' || language === 'tur') {
    return 'tr';
  }
  if (language === 'en' || language === 'eng') {
    return 'en';
  }
  return undefined;
}
