// Compiles a playbook's keyword list once into an index, then finds which keywords occur in tokens.
import { tokenize } from './normalise.js';

/** A keyword as written in a playbook; a trailing `*` makes its last word a prefix. */
export interface KeywordEntry {
  keyword: string;
  /** When set, the keyword only matches text in this locale (`tr`, `en`, `tr-TR`…). */
  locale?: string;
}

/** Finds compiled keywords in tokenised text. */
export interface KeywordMatcher {
  /**
   * The distinct keywords (as written) found in `tokens`, in entry order. `tokens` come from
   * `tokenize`; phrases match consecutive tokens only. An occurrence `isNegated` rejects does not
   * count (a later one may); it gets the keyword's first and last token index and, for a prefix, what
   * the last token adds after it.
   */
  match(
    tokens: readonly string[],
    locale?: string,
    isNegated?: (tokens: readonly string[], start: number, end: number, rest: string) => boolean,
  ): string[];
}

interface CompiledKeyword {
  order: number;
  keyword: string;
  tokens: readonly string[];
  isPrefix: boolean;
  locale: string | undefined;
}

const LOCALE_SEPARATOR = /[-_]/;

function languageOf(locale: string | undefined): string | undefined {
  const language = locale?.trim().toLowerCase().split(LOCALE_SEPARATOR, 1)[0];
  return language === '' ? undefined : language;
}

function compileEntry(entry: KeywordEntry, order: number): CompiledKeyword | undefined {
  const written = entry.keyword.trim();
  const isPrefix = written.endsWith('*');
  const tokens = tokenize(isPrefix ? written.slice(0, -1) : written);
  if (tokens.length === 0) {
    return undefined;
  }
  return { order, keyword: entry.keyword, tokens, isPrefix, locale: languageOf(entry.locale) };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

function matchesAt(tokens: readonly string[], start: number, keyword: CompiledKeyword): boolean {
  const last = keyword.tokens.length - 1;
  if (start + last >= tokens.length) {
    return false;
  }
  for (let offset = 1; offset <= last; offset += 1) {
    const expected = keyword.tokens[offset] ?? '';
    const actual = tokens[start + offset] ?? '';
    const isMatch = offset === last && keyword.isPrefix ? actual.startsWith(expected) : actual === expected;
    if (!isMatch) {
      return false;
    }
  }
  return true;
}

/** The keywords one language can match (those of that locale and those of none), indexed for lookup. */
interface KeywordIndex {
  byFirstToken: Map<string, CompiledKeyword[]>;
  prefixes: Map<string, CompiledKeyword[]>;
  /** Distinct single-word prefix lengths, shortest first. */
  lengths: readonly number[];
  /** startKey of every single-word prefix: a token starting like none of them needs no prefix look-up. */
  prefixStarts: ReadonlySet<number>;
  count: number;
}

const ONE_LETTER = 2 ** 32;

/** The first letter of a prefix or token, or its first two letters: numbers, so no substring is made. */
function startKey(word: string, letters: number): number {
  return letters === 1 ? ONE_LETTER + word.charCodeAt(0) : word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

function indexKeywords(keywords: readonly CompiledKeyword[]): KeywordIndex {
  const byFirstToken = new Map<string, CompiledKeyword[]>();
  const prefixes = new Map<string, CompiledKeyword[]>();
  const prefixLengths = new Set<number>();
  const prefixStarts = new Set<number>();
  for (const keyword of keywords) {
    const first = keyword.tokens[0] ?? '';
    if (keyword.isPrefix && keyword.tokens.length === 1) {
      pushTo(prefixes, first, keyword);
      prefixLengths.add(first.length);
      prefixStarts.add(startKey(first, Math.min(2, first.length)));
    } else {
      pushTo(byFirstToken, first, keyword);
    }
  }
  const lengths = [...prefixLengths].sort((a, b) => a - b);
  return { byFirstToken, prefixes, lengths, prefixStarts, count: keywords.length };
}

/**
 * Compiles keyword entries into a matcher. Whole words and phrases are indexed by their first
 * token; single-word prefixes (`iptal*`) by their length, so a token needs one lookup per distinct
 * prefix length rather than a scan of every keyword. Each language gets an index of only the keywords
 * it can match, so Turkish keywords cost English text nothing.
 */
export function compileKeywordMatcher(entries: readonly KeywordEntry[]): KeywordMatcher {
  const compiled: CompiledKeyword[] = [];
  entries.forEach((entry, order) => {
    const keyword = compileEntry(entry, order);
    if (keyword !== undefined) {
      compiled.push(keyword);
    }
  });
  // A language no keyword names matches the keywords without a locale only.
  const unnamed = indexKeywords(compiled.filter((keyword) => keyword.locale === undefined));
  const byLanguage = new Map<string, KeywordIndex>();
  for (const keyword of compiled) {
    const language = keyword.locale;
    if (language !== undefined && !byLanguage.has(language)) {
      byLanguage.set(
        language,
        indexKeywords(compiled.filter((other) => other.locale === undefined || other.locale === language)),
      );
    }
  }

  return {
    match(tokens, locale, isNegated) {
      if (compiled.length === 0) {
        return [];
      }
      const language = locale === 'en' || locale === 'tr' ? locale : languageOf(locale);
      const index = (language === undefined ? undefined : byLanguage.get(language)) ?? unnamed;
      const { byFirstToken, prefixes, lengths, prefixStarts, count } = index;
      if (count === 0) {
        return [];
      }
      const found = new Set<CompiledKeyword>();
      const consider = (keyword: CompiledKeyword, at: number): void => {
        if (found.has(keyword)) {
          return;
        }
        if (keyword.tokens.length > 1 && !matchesAt(tokens, at, keyword)) {
          return;
        }
        if (isNegated !== undefined) {
          const end = at + keyword.tokens.length - 1;
          const rest = keyword.isPrefix
            ? (tokens[end] ?? '').slice((keyword.tokens.at(-1) ?? '').length)
            : '';
          if (isNegated(tokens, at, end, rest)) {
            return;
          }
        }
        found.add(keyword);
      };
      for (let at = 0; at < tokens.length && found.size < count; at += 1) {
        const token = tokens[at] ?? '';
        const listed = byFirstToken.get(token);
        if (listed !== undefined) {
          for (const keyword of listed) {
            consider(keyword, at);
          }
        }
        if (
          token.length === 0 ||
          (!prefixStarts.has(startKey(token, 1)) &&
            (token.length < 2 || !prefixStarts.has(startKey(token, 2))))
        ) {
          continue;
        }
        for (const length of lengths) {
          if (length > token.length) {
            break;
          }
          const started = prefixes.get(length === token.length ? token : token.slice(0, length));
          if (started !== undefined) {
            for (const keyword of started) {
              consider(keyword, at);
            }
          }
        }
      }
      if (found.size === 0) {
        return [];
      }
      const ordered = [...found].sort((a, b) => a.order - b.order).map((keyword) => keyword.keyword);
      return [...new Set(ordered)];
    },
  };
}
