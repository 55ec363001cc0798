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
const NEGATED_COMPLAINT = -2;
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
// problem comes up with: "sıkıntı çıkmadı", "hiçbir sorun çıkmadı" (no problem at all).
const lookupLightVerb = makeStemLookup(
  ['ol', 'kal', 'et', 'ed', 'edil', 'yap', 'bul', 'cik'].map((stem) => [stem, true] as const),
);
const LIGHT_VERB_REFUSAL = /^m[ae]m$/;
// "gelmedi ki beğenelim" (it never came, so how could we like it): a feeling verb in the "let us" mood is no
// feeling felt.
const OPTATIVE = /^y?[ae]l[iu]m$/;
const PRIVATIVE = /^s[iu]z/;

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

// The question particle, alone or with person and tense: "mi", "mı", "mu", "miyim", "mudur", "misiniz".
const QUESTION_PARTICLE = /^m[iu](?:y[iu]m|y[iu]z|s[iu]n|s[iu]n[iu]z|d[iu]r|yd[iu]|ym[iu]s)?$/;

function isQuestionParticle(token: string | undefined): boolean {
  return (
    token !== undefined && token.length <= 7 && token.charCodeAt(0) === 109 && QUESTION_PARTICLE.test(token)
  );
}

// A verb in the conditional, "if …": aorist "yazarsam", "olursa", "unutursak", negative "gelmezse", past
// "aldıysam", reported "olmuşsa"; or "eğer", "şayet". A problem named under "if" is a case asked about
// ("kartımı kaybedersem ne yapmalıyım?", "yanlış yazarsam ne olur?"), and counts half.
const CONDITIONAL_VERB = /\p{L}{2}(?:[aeiu]r|m[ae]z|d[iu]y|m[iu]s)s[ae](?:m|n|k|n[iu]z|l[ae]r)?$/u;
const CONDITIONAL_WORDS = new Set(['eger', 'sayet']);
const CONDITIONAL_FACTOR = 0.5;

// An ultimatum is no case asked about: "paramı iade etmezseniz tüketici hakem heyetine başvuracağım", "kargom gelmezse
// şikayet edeceğim" tell what the customer will do (first person future) if something is not done (a negative
// conditional), with no question word.
const FIRST_PERSON_FUTURE = /\p{L}[ae]c[ae]g[iu][mz]$/u;
const NEGATIVE_CONDITIONAL = /\p{L}m[ae]zs[ae](?:m|n|k|n[iu]z|l[ae]r)?$/u;
const QUESTION_WORDS = new Set(['ne', 'nasil', 'neden', 'niye', 'nereye', 'kime', 'hangi']);

function isUltimatum(tokens: readonly string[]): boolean {
  return (
    tokens.some((token) => FIRST_PERSON_FUTURE.test(token)) &&
    tokens.some((token) => NEGATIVE_CONDITIONAL.test(token)) &&
    !tokens.some((token) => QUESTION_WORDS.has(token) || isQuestionParticle(token))
  );
}

// "kaç kere yazarsam yazayım cevap gelmiyor", "ne yaparsam yapayım açılmıyor", "arasam da açan yok": whatever the
// customer does, it fails; the "if" is no case asked about.
const CONCESSIVE_AFTER = new Set(['da', 'de']);

function isConcessive(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!isConditional(token)) {
      return false;
    }
    const next = tokens[index + 1] ?? '';
    return CONCESSIVE_AFTER.has(next) || (next.length > 3 && next.slice(0, 3) === token.slice(0, 3));
  });
}

function isConditional(token: string): boolean {
  return CONDITIONAL_WORDS.has(token) || (token.length > 5 && CONDITIONAL_VERB.test(token));
}

// Doubled letters are a common typo ("gelmeddi", "arızza"); the suffix tests read the word with each run of
// one letter kept once. Listed stems are looked up as typed first ("tesekkur" has a real double).
const LETTER_RUN = /([a-z])\1+/g;

/** The word with each run of one letter kept once; the word itself (no copy) when it has none. */
function singleLetters(token: string): string {
  for (let index = 1; index < token.length; index += 1) {
    if (token.charCodeAt(index) === token.charCodeAt(index - 1)) {
      return token.replace(LETTER_RUN, '$1');
    }
  }
  return token;
}
// A verb's negative ending at the end of a word, also glued to the word before it ("kartimcalismiyor") and in
// chat spellings: present -mıyor/-muyor and colloquial -mıyo/-miyom, with a letter swapped or dropped
// ("-mıyro", "-mıor", "-myior"); past -madı/-medi; reported -mamış. The person ending may follow.
const NEGATIVE_VERB_TAIL =
  /\p{L}{2}(?:m(?:[iu]y|y[iu])(?:or|ro|o|r)|m[iu](?:or|ro)|myo|m[ae]d[iu]|m[ae]m[iu]s)\p{L}{0,5}$/u;
// A negative verb turned into a noun or adjective, as complaint titles write it: "Promosyonumun Ödenmemesi",
// "Müşteri Hizmetlerine Ulaşılamaması", "ilgilenmeyen", "kullanılamazlığı"; -mAdAn ("bilgilendirme yapılmadan")
// counts less, since "yapmadan önce" (before doing) is no complaint.
// The noun may go on with a case ending: "girememekten", "ödenmemesinden", "yapılmamasına", "gelmemesiyle".
const NEGATIVE_NOUN_TAIL =
  /\p{L}{2}m[ae](?:m[ae](?:s[iu](?:n[dt]?[ae]n?|yl[ae])?|k(?:t[ae]n?|l[ae])?|l[iu]|y[ae])?|y[ae]n\p{L}{0,3})$|[^aeiou][ae]m[ae]zl[iu]/u;
// What should have been done: "yapılmalıydı", "bildirilmeliydi".
const SHOULD_HAVE_TAIL = /\p{L}{2}m[ae]l[iu]y?d[iu]\p{L}{0,3}$/u;
const WITHOUT_DOING_TAIL = /\p{L}{2}m[ae]d[ae]n$/u;
const WITHOUT_DOING = -1;
// "24 saat dolmadan geldi", "süre bitmeden": before a time runs out is a time, not something left undone.
const BEFORE_TIME_RUNS_OUT = /^(?:dolmadan|gecmeden|bitmeden)$/;
// Negative verbs that state no failure: "istemiyorum" (I do not want), "bilmiyorum", "gerekmiyor", "önemli değil".
// "istemedim", "istemediğim paket" (not asked for, in the past) is a grievance about what was done unasked.
const NOT_A_FAILURE = /^(?:iste(?!med)|bil|gerek|unut|merak|sakinc|farket|tamam)/;
// Problem words inside a longer word, when a lost space glued them to the word before: "sureklihataveriyor".
const GLUED_PROBLEM = /(?:hata|sorun|ariza|magdur|sikayet|rezalet|basarisiz|yanlis|dolandir)(?!s[iu]z)/;
const FAILURE_FORM = -1.5;

/** A failure told by the verb form alone ("çalışmıyor", "olmuyo", "gelmedi"), on any verb, or a glued problem word. */
function failureValue(token: string): number {
  // Every form read below has an "m" or is a long glued word; most words are neither.
  if (token.length <= 6 && !token.includes('m')) {
    return 0;
  }
  const plain = singleLetters(token);
  // Every verb form below has an "m": a word without one can only be a glued problem word.
  if (!plain.includes('m')) {
    return plain.length > 6 && GLUED_PROBLEM.test(plain.slice(2)) ? NEGATED_COMPLAINT : 0;
  }
  if (NOT_A_FAILURE.test(plain)) {
    return 0;
  }
  if (isTurkishCannotForm(plain)) {
    return NEGATED_COMPLAINT;
  }
  if (NEGATIVE_VERB_TAIL.test(plain) || NEGATIVE_NOUN_TAIL.test(plain) || SHOULD_HAVE_TAIL.test(plain)) {
    return FAILURE_FORM;
  }
  if (WITHOUT_DOING_TAIL.test(plain)) {
    return WITHOUT_DOING;
  }
  return plain.length > 6 && GLUED_PROBLEM.test(plain.slice(2)) ? NEGATED_COMPLAINT : 0;
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
    const reach = word.agreesWithNegation ? end : end + POST_NEGATION_REACH;
    for (let after = end + 1; after <= reach && after < tokens.length; after += 1) {
      const next = tokens[after] ?? '';
      if (isPostNegatorAt(after)) {
        if (value < 0 && words[after]?.isCannot === true) {
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

/** Whether a question particle follows the word at `from` in its clause. */
function asksQuestion(tokens: readonly string[], from: number): boolean {
  for (let index = from + 1; index < tokens.length; index += 1) {
    if (isQuestionParticle(tokens[index])) {
      return true;
    }
  }
  return false;
}
