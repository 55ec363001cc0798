// Folds text for matching (case, Turkish dotted/dotless I, diacritics, quotes) and splits it into word tokens.

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const TOKEN = /[\p{L}\p{N}]+/gu;

// Letters that NFKD leaves alone but people type interchangeably with a plain Latin letter.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u0060': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

function replaceSpecial(letter: string): string {
  return SPECIAL_LETTERS[letter] ?? letter;
}

/**
 * Folds text for matching: lower case, Turkish `İ`/`I`/`ı` all become `i`, diacritics are dropped
 * (`ş`→`s`, `ğ`→`g`, `ü`→`u`…), `ß`→`ss`, and curly quotes become straight ones.
 * The result is for comparing words, not for offsets into the original text.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) {
    return lower;
  }
  // Lower-casing first turns `İ` into `i` plus a combining dot, which the mark stripping removes.
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(SPECIAL_PATTERN, replaceSpecial);
}

/**
 * Folds text and splits it into word tokens (runs of Unicode letters and digits). Apostrophes,
 * hyphens and punctuation separate tokens, so "Ayşe'nin" gives `["ayse", "nin"]`.
 */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}
