// Folds text for matching (case, Turkish dotted/dotless I, diacritics, quotes) and splits it into word tokens.

const COMBINING_MARKS = /\p{M}+/gu;
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

/** The general fold of lower-cased text: decomposition, marks dropped, special letters replaced. */
function foldLower(lower: string): string {
  // Lower-casing first turns `İ` into `i` plus a combining dot, which the mark stripping removes.
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '').replace(SPECIAL_PATTERN, replaceSpecial);
}

// The fold of each lower-cased character of Latin-1, Latin Extended-A/B, the combining marks and general
// punctuation, worked out once by foldLower itself: most non-ASCII text (Turkish, French, German) then
// folds one table look-up per character. Other characters take the general path for the whole text.
const TABLE_END = 0x2070;
const BACKTICKS = /`/g;
const FOLD_TABLE: (string | undefined)[] = Array.from({ length: TABLE_END }, (_, code) =>
  code < 0x80 || (code >= 0x370 && code < 0x2000) ? undefined : foldLower(String.fromCharCode(code)),
);

/**
 * Folds text for matching: lower case, Turkish `İ`/`I`/`ı` all become `i`, diacritics are dropped
 * (`ş`→`s`, `ğ`→`g`, `ü`→`u`…), `ß`→`ss`, and curly quotes become straight ones.
 * The result is for comparing words, not for offsets into the original text.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let index = 0;
  while (index < lower.length && lower.charCodeAt(index) < 0x80) {
    index += 1;
  }
  if (index === lower.length) {
    return lower;
  }
  // Text with any other letter also straightens the backtick, as the general path does.
  let folded = lower.slice(0, index).replace(BACKTICKS, "'");
  for (; index < lower.length; index += 1) {
    const code = lower.charCodeAt(index);
    if (code < 0x80) {
      folded += code === 0x60 ? "'" : lower[index];
      continue;
    }
    const fold = code < TABLE_END ? FOLD_TABLE[code] : undefined;
    if (fold === undefined) {
      return foldLower(lower);
    }
    folded += fold;
  }
  return folded;
}

// Whether a character code of folded text is part of a word (\p{L} or \p{N}), worked out once per code.
const WORD_CODES = new Uint8Array(0x10000);
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;

// Folding can leave capitals: NFKD turns the mathematical bold 𝐀 into A.
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

function isWordCode(code: number): boolean {
  let kind = WORD_CODES[code] ?? UNKNOWN;
  if (kind === UNKNOWN) {
    kind = WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    WORD_CODES[code] = kind;
  }
  return kind === WORD;
}

/**
 * Folds text and splits it into word tokens (runs of Unicode letters and digits). Apostrophes,
 * hyphens and punctuation separate tokens, so "Ayşe'nin" gives `["ayse", "nin"]`.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const tokens: string[] = [];
  let start = -1;
  for (let index = 0; index < folded.length; index += 1) {
    const code = folded.charCodeAt(index);
    if (code >= 0xd800 && code < 0xe000) {
      // Letters beyond the first plane (surrogate pairs): the general expression reads them.
      return folded.match(TOKEN) ?? [];
    }
    const isWord = code < 0x80 ? isAsciiWordCode(code) : isWordCode(code);
    if (isWord) {
      if (start < 0) {
        start = index;
      }
    } else if (start >= 0) {
      tokens.push(folded.slice(start, index));
      start = -1;
    }
  }
  if (start >= 0) {
    tokens.push(folded.slice(start));
  }
  return tokens;
}

// . ! ? ; , : and line breaks end a clause; "…", "！" and "？" fold to them.
const CLAUSE_BREAK_CODES = new Set([46, 33, 63, 59, 44, 58, 10, 13]);

/**
 * Folds text once and splits it into clauses of word tokens at . ! ? ; , : and line breaks (also their
 * full-width and compatibility forms, which fold to them): what splitting first and tokenizing each part
 * gives, with one fold instead of one per clause. Clauses without words are left out.
 */
export function tokenizeClauses(text: string): string[][] {
  return tokenizeFolded(foldText(text));
}

function tokenizeFolded(folded: string): string[][] {
  const clauses: string[][] = [];
  let clause: string[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index += 1) {
    const code = index < folded.length ? folded.charCodeAt(index) : 10;
    if (code >= 0xd800 && code < 0xe000) {
      return folded
        .split(/[.!?;,:\n\r]+/)
        .map((part) => part.match(TOKEN) ?? [])
        .filter((words) => words.length > 0);
    }
    const isWord = code < 0x80 ? isAsciiWordCode(code) : isWordCode(code);
    if (isWord) {
      if (start < 0) {
        start = index;
      }
      continue;
    }
    if (start >= 0) {
      clause.push(folded.slice(start, index));
      start = -1;
    }
    if (CLAUSE_BREAK_CODES.has(code) && clause.length > 0) {
      clauses.push(clause);
      clause = [];
    }
  }
  return clauses;
}

// The grammar's clause breaks: . ! ? ; : , brackets, double quotes, tabs and line breaks, and a dash with
// white space on both sides ("fine - but").
const GRAMMAR_BREAK_CODES = new Set([46, 33, 63, 59, 58, 44, 40, 41, 91, 93, 123, 125, 10, 13, 9, 34]);
const HYPHEN = 45;
const DASH_CODES = new Set([HYPHEN, 0x2013, 0x2014]);
const WHITE_SPACE = /\s/;
const LETTER = /\p{L}/u;

function isLetter(character: string | undefined): boolean {
  return character !== undefined && LETTER.test(character);
}

/** Whether the character at `index` of folded text is part of a word: a letter or a digit. */
export function isFoldedWordAt(folded: string, index: number): boolean {
  const code = folded.charCodeAt(index);
  return code < 0x80 ? isAsciiWordCode(code) : isWordCode(code);
}

function isSpacedDash(folded: string, index: number): boolean {
  if (!DASH_CODES.has(folded.charCodeAt(index))) {
    return false;
  }
  let before = index - 1;
  while (before >= 0 && DASH_CODES.has(folded.charCodeAt(before))) {
    before -= 1;
  }
  let after = index + 1;
  while (after < folded.length && DASH_CODES.has(folded.charCodeAt(after))) {
    after += 1;
  }
  return WHITE_SPACE.test(folded[before] ?? '') && WHITE_SPACE.test(folded[after] ?? '');
}

/**
 * Splits already folded text (see foldText) into clauses of word tokens in one pass, at the breaks the
 * human-request grammar and keyword negation read: . ! ? ; : , brackets, double quotes, tabs, line breaks
 * and a spaced dash. With `joinHyphens`, a hyphen between two letters joins its words ("person-to-person"
 * gives `persontoperson`, one modifier). Clauses without words are left out.
 */
export function splitFoldedClauses(folded: string, joinHyphens: boolean): string[][] {
  const clauses: string[][] = [];
  let tokens: string[] = [];
  let word = '';
  let start = -1;
  for (let index = 0; index <= folded.length; index += 1) {
    if (index < folded.length && isFoldedWordAt(folded, index)) {
      if (start < 0) {
        start = index;
      }
      continue;
    }
    const code = index < folded.length ? folded.charCodeAt(index) : 10;
    if (
      joinHyphens &&
      code === HYPHEN &&
      start >= 0 &&
      isLetter(folded[index - 1]) &&
      isLetter(folded[index + 1])
    ) {
      word += folded.slice(start, index);
      start = index + 1;
      continue;
    }
    if (start >= 0) {
      tokens.push(word + folded.slice(start, index));
      word = '';
      start = -1;
    }
    if ((GRAMMAR_BREAK_CODES.has(code) || isSpacedDash(folded, index)) && tokens.length > 0) {
      clauses.push(tokens);
      tokens = [];
    }
  }
  return clauses;
}

/**
 * tokenizeFolded(folded) and splitFoldedClauses(folded, false) in one pass, the two sharing each token's string
 * (the grammar's breaks include every sentence break, so its clauses only cut the sentences finer); undefined
 * for text with a character beyond the first plane, which each reads its own way.
 */
function splitSentencesAndGrammar(
  folded: string,
): { sentences: string[][]; grammar: string[][] } | undefined {
  const sentences: string[][] = [];
  const grammar: string[][] = [];
  let sentence: string[] = [];
  let clause: string[] = [];
  let start = -1;
  for (let index = 0; index <= folded.length; index += 1) {
    const code = index < folded.length ? folded.charCodeAt(index) : 10;
    if (code >= 0xd800 && code < 0xe000) {
      return undefined;
    }
    if (index < folded.length && (code < 0x80 ? isAsciiWordCode(code) : isWordCode(code))) {
      if (start < 0) {
        start = index;
      }
      continue;
    }
    if (start >= 0) {
      const token = folded.slice(start, index);
      sentence.push(token);
      clause.push(token);
      start = -1;
    }
    if (CLAUSE_BREAK_CODES.has(code) && sentence.length > 0) {
      sentences.push(sentence);
      sentence = [];
    }
    if ((GRAMMAR_BREAK_CODES.has(code) || isSpacedDash(folded, index)) && clause.length > 0) {
      grammar.push(clause);
      clause = [];
    }
  }
  return { sentences, grammar };
}

/**
 * The normalised forms of the texts of one case, each worked out once and shared by the detectors that read
 * them (locale, sentiment, keywords, human request): make one per decision, so nothing outlives it.
 */
export class TextMemo {
  private readonly folds = new Map<string, string>();
  private readonly sentences = new Map<string, string[][]>();
  private readonly grammar = new Map<string, string[][]>();

  /** foldText(text). */
  fold(text: string): string {
    let folded = this.folds.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      this.folds.set(text, folded);
    }
    return folded;
  }

  /** tokenizeClauses(text): do not change the arrays, others read them too. */
  sentenceClauses(text: string): readonly (readonly string[])[] {
    let clauses = this.sentences.get(text);
    if (clauses === undefined) {
      clauses = this.split(text).sentences;
    }
    return clauses;
  }

  /** splitFoldedClauses(fold(text), false): the clauses keyword negation reads. */
  grammarClauses(text: string): readonly (readonly string[])[] {
    let clauses = this.grammar.get(text);
    if (clauses === undefined) {
      clauses = this.split(text).grammar;
    }
    return clauses;
  }

  /** Both clause splits of a text, made in one pass over its fold when they can be (see splitSentencesAndGrammar). */
  private split(text: string): { sentences: string[][]; grammar: string[][] } {
    const folded = this.fold(text);
    const both = splitSentencesAndGrammar(folded) ?? {
      sentences: tokenizeFolded(folded),
      grammar: splitFoldedClauses(folded, false),
    };
    this.sentences.set(text, both.sentences);
    this.grammar.set(text, both.grammar);
    return both;
  }
}

const JOINED = new WeakMap<readonly string[], string>();

/**
 * The words joined by single spaces, worked out once per word list: the human-request vetoes read the same clause or
 * sentence as a string many times, and the lists are not changed once read.
 */
export function joinedWords(words: readonly string[]): string {
  let joined = JOINED.get(words);
  if (joined === undefined) {
    joined = words.join(' ');
    JOINED.set(words, joined);
  }
  return joined;
}
