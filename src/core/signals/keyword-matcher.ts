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

/**
 * Compiles keyword entries into a matcher. Whole words and phrases are indexed by their first
 * token; single-word prefixes (`iptal*`) by their length, so a token needs one lookup per distinct
 * prefix length rather than a scan of every keyword.
 */
export function compileKeywordMatcher(entries: readonly KeywordEntry[]): KeywordMatcher {
  const byFirstToken = new Map<string, CompiledKeyword[]>();
  const prefixes = new Map<string, CompiledKeyword[]>();
  const prefixLengths = new Set<number>();
  let compiledCount = 0;
  entries.forEach((entry, order) => {
    const keyword = compileEntry(entry, order);
    if (keyword === undefined) {
      return;
    }
    compiledCount += 1;
    const first = keyword.tokens[0] ?? '';
    if (keyword.isPrefix && keyword.tokens.length === 1) {
      pushTo(prefixes, first, keyword);
      prefixLengths.add(first.length);
    } else {
      pushTo(byFirstToken, first, keyword);
    }
  });
  const lengths = [...prefixLengths].sort((a, b) => a - b);

  return {
    match(tokens, locale, isNegated) {
      if (compiledCount === 0) {
        return [];
      }
      const language = languageOf(locale);
      const found = new Set<CompiledKeyword>();
      const consider = (keyword: CompiledKeyword, index: number): void => {
        if (found.has(keyword) || (keyword.locale !== undefined && keyword.locale !== language)) {
          return;
        }
        if (keyword.tokens.length > 1 && !matchesAt(tokens, index, keyword)) {
          return;
        }
        if (isNegated !== undefined) {
          const end = index + keyword.tokens.length - 1;
          const rest = keyword.isPrefix
            ? (tokens[end] ?? '').slice((keyword.tokens.at(-1) ?? '').length)
            : '';
          if (isNegated(tokens, index, end, rest)) {
            return;
          }
        }
        found.add(keyword);
      };
      for (let index = 0; index < tokens.length && found.size < compiledCount; index += 1) {
        const token = tokens[index] ?? '';
        for (const keyword of byFirstToken.get(token) ?? []) {
          consider(keyword, index);
        }
        for (const length of lengths) {
          if (length > token.length) {
            break;
          }
          for (const keyword of prefixes.get(length === token.length ? token : token.slice(0, length)) ??
            []) {
            consider(keyword, index);
          }
        }
      }
      const ordered = [...found].sort((a, b) => a.order - b.order).map((keyword) => keyword.keyword);
      return [...new Set(ordered)];
    },
  };
}
