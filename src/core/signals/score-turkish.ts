// Scores the words of one Turkish clause from the Turkish lexicon, tolerating suffixes and reading negation.
import {
  TURKISH_FAILURE_PHRASES,
  TURKISH_INTENSIFIERS,
  TURKISH_NEGATABLE,
  TURKISH_PERSISTENCE,
  TURKISH_PHRASES,
  TURKISH_STEMS,
  TURKISH_VERB_ENDING,
  TURKISH_VERB_STEMS,
} from './lexicon-tr.js';
import { isTurkishCannotForm, isTurkishNegativeVerbEnding, TURKISH_POST_NEGATORS } from './negation.js';
import { adjustForClause, isNegativePolarity, measureValue, stateValue } from './score-turkish-clause.js';
import {
  BEFORE_TIME_RUNS_OUT,
  failureValue,
  NEGATED_COMPLAINT,
  singleLetters,
  WITHOUT_DOING,
} from './score-turkish-failure.js';
import {
  CONDITIONAL_FACTOR,
  isConcessive,
  isConditional,
  isQuestionParticle,
  isUltimatum,
} from './score-turkish-mood.js';
import { makeStemLookup } from './stem-lookup.js';
import { makeTokenMemo } from './token-memo.js';

interface Entry {
  weight: number;
  isVerb: boolean;
  isNegatable: boolean;
}

interface Phrase {
  stems: readonly string[];
  weight: number;
  /** A failure either way: a negation after it does not turn it round ("uygulama kapanmıyor"). */
  keepsSign: boolean;
}

const MIN_STEM = 2;
const POST_NEGATED_FACTOR = -0.8;
const INTENSIFIED = 1.5;
const POST_NEGATION_REACH = 2;

function buildEntries(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [stem, weight] of Object.entries(TURKISH_STEMS)) {
    entries.set(stem, { weight, isVerb: false, isNegatable: false });
  }
  for (const [stem, weight] of Object.entries(TURKISH_VERB_STEMS)) {
    entries.set(stem, { weight, isVerb: true, isNegatable: false });
  }
  for (const stem of TURKISH_NEGATABLE) {
    const known = entries.get(stem);
    entries.set(stem, { weight: known?.weight ?? 0, isVerb: known?.isVerb ?? false, isNegatable: true });
  }
  return entries;
}

const lookupEntry = makeStemLookup(buildEntries(), MIN_STEM);
function buildPhrases(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (text: string, weight: number, keepsSign: boolean): void => {
    const stems = text.split(' ');
    const first = stems[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push({ stems, weight, keepsSign });
    list.sort((a, b) => b.stems.length - a.stems.length);
    byFirst.set(first, list);
  };
  for (const [text, weight] of Object.entries(TURKISH_PHRASES)) {
    add(text, weight, false);
  }
  for (const [text, weight] of Object.entries(TURKISH_FAILURE_PHRASES)) {
    add(text, weight, true);
  }
  return byFirst;
}

const lookupPhrases = makeStemLookup(buildPhrases());
// Light verbs carry the negation of the word before them: "memnun kalmadım", "tavsiye etmem"; so does the verb a
// problem comes up with: "sıkıntı çıkmadı", "hiçbir sorun çıkmadı" (no problem at all), and the verb respect or care
// is shown with: "saygı göstermiyor", "özen gösterilmiyor".
const lookupLightVerb = makeStemLookup(
  ['ol', 'kal', 'et', 'ed', 'edil', 'yap', 'bul', 'cik', 'goster', 'gosteril'].map(
    (stem) => [stem, true] as const,
  ),
);
const LIGHT_VERB_REFUSAL = /^m[ae]m$/;
// "gelmedi ki beğenelim" (it never came, so how could we like it): a feeling verb in the "let us" mood is no
// feeling felt.
const OPTATIVE = /^y?[ae]l[iu]m$/;
const PRIVATIVE = /^s[iu]z/;
// "edilmemeli", "yaşanmamalı": must not (be).
const SHOULD_NOT = /m[ae]m[ae]l[iu]/;

function isPostNegator(token: string): boolean {
  if (TURKISH_POST_NEGATORS.has(token)) {
    return true;
  }
  const light = lookupLightVerb(token);
  if (light === undefined) {
    return false;
  }
  const rest = token.slice(light.stem.length);
  return isTurkishNegativeVerbEnding(rest) || LIGHT_VERB_REFUSAL.test(rest);
}

/** The first of the phrases a word may start (longest first) that the tokens from `index` go on with. */
function phraseAt(
  tokens: readonly string[],
  index: number,
  candidates: readonly Phrase[],
): Phrase | undefined {
  for (const phrase of candidates) {
    if (phrase.stems.every((stem, offset) => (tokens[index + offset] ?? '').startsWith(stem))) {
      return phrase;
    }
  }
  return undefined;
}

/** A phrase's weight, flipped when its last word has a negative verb ending ("işe yaramıyor"). */
function phraseValue(tokens: readonly string[], end: number, phrase: Phrase): number {
  if (phrase.keepsSign) {
    return phrase.weight;
  }
  const rest = (tokens[end] ?? '').slice((phrase.stems.at(-1) ?? '').length);
  return isTurkishNegativeVerbEnding(rest) ? -phrase.weight : phrase.weight;
}

/**
 * The value of one word from its stem and ending: negative verb, "-siz" (without), or as listed. A
 * negative form of any verb ("kullanamıyorum", "çekemedim", "çalışmıyor") is a complaint even when the verb is
 * not listed: Turkish complaints are mostly plain statements of what failed.
 */
function findEntry(token: string): ReturnType<typeof lookupEntry> {
  const single = singleLetters(token);
  return lookupEntry(token) ?? (single === token ? undefined : lookupEntry(single));
}

function wordValue(token: string, found: ReturnType<typeof lookupEntry>): number {
  if (found === undefined) {
    return failureValue(token);
  }
  const { weight, isVerb, isNegatable } = found.value;
  const rest = singleLetters(token.slice(found.stem.length));
  if (isVerb && !TURKISH_VERB_ENDING.test(rest)) {
    return failureValue(token);
  }
  if (isVerb && weight > 0 && OPTATIVE.test(rest)) {
    return 0;
  }
  if (isTurkishNegativeVerbEnding(rest)) {
    if (weight === 0) {
      return isNegatable ? NEGATED_COMPLAINT : 0;
    }
    return weight > 0 ? -weight : -weight / 2;
  }
  if (!isVerb && PRIVATIVE.test(rest)) {
    return -weight;
  }
  return weight === 0 ? failureValue(token) : weight;
}

/** What one word is worth on its own (no phrase, nothing around it): the pure part of scoring a word. */
interface WordReading {
  value: number;
  isComplaintWhenMissing: boolean;
  phrases: readonly Phrase[];
  isPostNegator: boolean;
  /** A light verb's "cannot" form ("yapamıyorum", "edemedim"): a failure of its own, not "not" for the word before. */
  isCannot: boolean;
  isConditional: boolean;
  /** "kimse", "asla": agrees with a negation after it ("kimse gelmedi") instead of being turned round. */
  agreesWithNegation: boolean;
}

// Most words of a chat are seen many times over: each is looked up (stems, endings, failure forms) once.
const readWord = makeTokenMemo((token: string): WordReading => {
  const found = findEntry(token);
  return {
    value: wordValue(token, found),
    isComplaintWhenMissing: found?.value.isNegatable ?? false,
    phrases: lookupPhrases(token)?.value ?? [],
    isPostNegator: isPostNegator(token),
    isCannot: isTurkishCannotForm(token),
    isConditional: isConditional(token),
    agreesWithNegation: isNegativePolarity(token),
  };
});

/**
 * Feeling values of a Turkish clause's folded tokens, one per token. Stems match with any suffix;
 * a negative verb ending flips a feeling verb ("beğenmedim") and makes a complaint of a neutral one
 * ("gelmedi"); "değil", "yok" and negated light verbs flip the word before them ("memnun değilim",
 * "sorun yok"); intensifiers ("çok", "hiç") add half again.
 */
export function scoreTurkishTokens(tokens: readonly string[]): number[] {
  const values = new Array<number>(tokens.length).fill(0);
  // Each word read once: the look-ahead for a post-negator reads the next words again.
  const words = tokens.map(readWord);
  // The words a post-negator took (rare): made when the first is.
  let consumed: Set<number> | undefined;
  const isPostNegatorAt = (at: number): boolean =>
    words[at]?.isPostNegator === true && tokens[at + 1] !== 'mi' && tokens[at + 1] !== 'mu';
  // Whether a phrase starts at `at` and holds a post-negator of its own.
  const isNegationInAPhraseAt = (at: number): boolean => {
    const phrases = words[at]?.phrases ?? [];
    const phrase = phrases.length === 0 ? undefined : phraseAt(tokens, at, phrases);
    if (phrase === undefined) {
      return false;
    }
    for (let inside = at; inside < at + phrase.stems.length; inside += 1) {
      if (isPostNegatorAt(inside)) {
        return true;
      }
    }
    return false;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    if (consumed?.has(index) === true) {
      continue;
    }
    const persistence = TURKISH_PERSISTENCE.get(tokens[index] ?? '');
    if (persistence !== undefined) {
      values[index] = persistence;
      continue;
    }
    const word = words[index] ?? readWord('');
    const phrase = word.phrases.length === 0 ? undefined : phraseAt(tokens, index, word.phrases);
    const end = index + (phrase?.stems.length ?? 1) - 1;
    let value = phrase === undefined ? word.value : phraseValue(tokens, end, phrase);
    if (phrase === undefined && value === 0) {
      value = measureValue(tokens, index) ?? stateValue(tokens, index) ?? 0;
    }
    const isComplaintWhenMissing = phrase === undefined && word.isComplaintWhenMissing;
    // "bir daha asla … yapmam": a phrase that holds "asla" agrees with the negation as the word does.
    const agrees = word.agreesWithNegation || (phrase !== undefined && spanAgrees(words, index, end));
    // "hiç adil bir durum değil": "bir" and the noun it opens stand between the word and its negation.
    const reach = agrees ? end : end + POST_NEGATION_REACH + (tokens[end + 1] === 'bir' ? 1 : 0);
    for (let after = end + 1; after <= reach && after < tokens.length; after += 1) {
      const next = tokens[after] ?? '';
      if (isNegationInAPhraseAt(after)) {
        // "bekletmenin bir anlamı yok": the negation belongs to a phrase of its own ("anlamı yok").
        break;
      }
      if (isPostNegatorAt(after)) {
        if (value < 0 && (words[after]?.isCannot === true || SHOULD_NOT.test(next) || next === 'olamaz')) {
          // "böyle bir rezillik olamaz": a disgrace that should not be, exclaimed.
          // "vatandaş mağdur edilmemeli": what must not happen is the grievance, not its denial.
          // "güncellemeden giriş yapamıyorum": the cannot form is the failure, not a "not" for the word before.
          break;
        }
        if (value !== 0) {
          value *= POST_NEGATED_FACTOR;
          (consumed ??= new Set()).add(after);
        } else if (isComplaintWhenMissing && (next === 'yok' || next === 'yoktu')) {
          value = NEGATED_COMPLAINT;
          (consumed ??= new Set()).add(after);
        }
        break;
      }
    }
    if (
      value === WITHOUT_DOING &&
      ((tokens[end + 1] ?? '').startsWith('once') ||
        BEFORE_TIME_RUNS_OUT.test(tokens[end] ?? '') ||
        asksQuestion(tokens, end))
    ) {
      // "başvurmadan önce" (before applying) tells when, not what went wrong; so does "süre dolmadan iptal
      // edebilir miyim?", a condition asked about.
      value = 0;
    }
    if (phrase !== undefined && value < 0 && isQuestionParticle(tokens[end + 1])) {
      // "ücret kesilir mi?", "aidat yansıtılıyor mu?": a charge asked about.
      value = 0;
    }
    if (TURKISH_INTENSIFIERS.has(tokens[index - 1] ?? '')) {
      value *= INTENSIFIED;
    }
    values[index] = value;
    index = end;
  }
  adjustForClause(tokens, values, isQuestionParticle);
  if (words.some((word) => word.isConditional) && !isUltimatum(tokens) && !isConcessive(tokens)) {
    for (let index = 0; index < values.length; index += 1) {
      if ((values[index] ?? 0) < 0) {
        values[index] = (values[index] ?? 0) * CONDITIONAL_FACTOR;
      }
    }
  }
  return values;
}

/** Whether a word from `from` to `to` agrees with a negation after it ("asla" in "bir daha asla"). */
function spanAgrees(words: readonly WordReading[], from: number, to: number): boolean {
  for (let index = from; index <= to; index += 1) {
    if (words[index]?.agreesWithNegation === true) {
      return true;
    }
  }
  return false;
}

/** Whether a question particle follows the word at `from` in its clause. */
function asksQuestion(tokens: readonly string[], from: number): boolean {
  for (let index = from + 1; index < tokens.length; index += 1) {
    if (isQuestionParticle(tokens[index])) {
      return true;
    }
  }
  return false;
}
