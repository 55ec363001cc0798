// Scores the sentiment of a message (−1..1) and of a conversation, with named frustration cues.
import { detectLocale, type SignalLocale } from './detect-locale.js';
import { findFrustrationCues, type FrustrationCue } from './frustration.js';
import { joinEnglishContractions } from './negation.js';
import { type TextMemo, tokenizeClauses } from './normalise.js';
import { findRepeatedComplaint } from './repeated-complaint.js';
import { scoreEnglishTokens } from './score-english.js';
import { scoreTurkishTokens } from './score-turkish.js';
import { neitherNorValue } from './score-turkish-neither.js';

export type { FrustrationCue } from './frustration.js';

/** The sentiment of one message. */
export interface Sentiment {
  /** −1 (very negative) .. 0 (neutral) .. 1 (very positive). */
  score: number;
  /** Frustration cues seen in a message that is not positive. */
  frustration: FrustrationCue[];
}

/** The sentiment of a conversation's customer messages. */
export interface ConversationSentiment extends Sentiment {
  /** Scores of the last (at most ten) customer messages, oldest first. */
  trend: number[];
}

/** One message of a conversation; only `customer` messages are scored. */
export interface ConversationMessage {
  role: string;
  text: string;
}

const CONTRAST = new Set(['but', 'however', 'though', 'ama', 'fakat', 'ancak', 'lakin']);
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
// Squashes a raw sum into −1..1 the way VADER does: x / sqrt(x² + α).
const SQUASH_ALPHA = 15;
const CUE_PENALTY: Readonly<Record<FrustrationCue, number>> = {
  shouting: 2,
  repeated_punctuation: 1.5,
  profanity: 1,
  repeated_complaint: 0,
};
const POSITIVE_RAW = 1;
const TREND_LENGTH = 10;
const RECENCY_DECAY = 0.5;
const CUE_WINDOW = 3;
const REPEATED_COMPLAINT_PENALTY = 0.15;

// A problem named inside a request for help is the reason for the request, not a complaint about the service:
// "I lost my card, how do I block it?", "how do I report a fraudulent charge", "kartımı kaybettim, nasıl
// bloke ederim". Such a message stays negative when it names a failure, but only mildly: its words count half,
// and never below −2 (a score of −0.46); shouting or profanity still push it further.
const HELP_REQUEST_DAMPING = 0.5;
const HELP_REQUEST_FLOOR = -2;
const HELP_STARTS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  [
    'how',
    [
      ['do', 'i'],
      ['can', 'i'],
      ['should', 'i'],
      ['do', 'you'],
      ['to'],
      ['would', 'i'],
      ['can', 'we'],
      ['do', 'we'],
    ],
  ],
  [
    'what',
    [
      ['should', 'i'],
      ['do', 'i', 'do'],
      ['can', 'i', 'do'],
      ['do', 'i', 'need'],
    ],
  ],
  [
    'is',
    [
      ['there', 'a', 'way'],
      ['there', 'any', 'way'],
      ['it', 'possible'],
    ],
  ],
  ['nasil', []],
]);
const NOT_A_HELP_REQUEST = new Set(['olur', 'olabilir', 'oluyor', 'olurda']);
// Turkish asks for help with a verb that takes endings: "ne yapmam gerekiyor?", "ne yapmalıyım", "ne yapabilirim",
// "yardım eder misiniz?", "yardımcı olur musunuz?", and asks what happens in a case with "ne olur?" at the end.
const WHAT_TO_DO = /^(?:yapmal|yapabilir)/;
const HELP_OFFERED = /^(?:eder|edebilir|olur|olabilir)/;
const ASKED = /^m[iu](?:s[iu]n[iu]z|y[iu]m|s[iu]n)?$/;

function isTurkishHelpRequestAt(words: readonly string[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1] ?? '';
  if (word === 'ne') {
    // "… düşerse ne olur?" (what happens if …) closes a case asked about.
    return (
      WHAT_TO_DO.test(next) ||
      (next === 'yapmam' && (words[index + 2] ?? '').startsWith('gerek')) ||
      (next === 'olur' && index + 2 === words.length)
    );
  }
  return (
    (word === 'yardim' || word === 'yardimci') &&
    HELP_OFFERED.test(next) &&
    ASKED.test(words[index + 2] ?? '')
  );
}

function isHelpRequest(words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index += 1) {
    if (isTurkishHelpRequestAt(words, index)) {
      return true;
    }
    const starts = HELP_STARTS.get(words[index] ?? '');
    if (starts === undefined) {
      continue;
    }
    if (words[index] === 'nasil') {
      if (!NOT_A_HELP_REQUEST.has(words[index + 1] ?? '')) {
        return true;
      }
      continue;
    }
    if (starts.some((rest) => rest.every((word, offset) => words[index + 1 + offset] === word))) {
      return true;
    }
  }
  return false;
}

// Faces and hands carry the feeling of many chat lines that have no feeling word ("11 days and nobody knows
// where my order is 😡", "wide open package 🙄"). Each counts once, at most three in a message.
const NEGATIVE_EMOJI = /[😡😠🤬😤😞😩😫😢😭😔🙄👎💔😒😣😖🙁😟😕]|☹/gu;
const POSITIVE_EMOJI = /[😊🙂😀😃😄😁😍🥰👍😘🤗👌🙌💜]|❤|☺/gu;
const EMOJI_WEIGHT = 1.5;
const EMOJI_LIMIT = 3;
// Every emoji above lies at U+2600 or later: a text with no such character is not scanned.
const MAYBE_EMOJI = /[\u2600-\u27bf\ud83c-\udbff]/;

function emojiRaw(text: string): number {
  if (!MAYBE_EMOJI.test(text)) {
    return 0;
  }
  const negative = Math.min(EMOJI_LIMIT, text.match(NEGATIVE_EMOJI)?.length ?? 0);
  const positive = Math.min(EMOJI_LIMIT, text.match(POSITIVE_EMOJI)?.length ?? 0);
  return (positive - negative) * EMOJI_WEIGHT;
}

function squash(raw: number): number {
  const score = raw / Math.sqrt(raw * raw + SQUASH_ALPHA);
  return Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
}

function rawScore(
  text: string,
  locale: SignalLocale,
  memo: TextMemo | undefined,
): { raw: number; tokens: string[]; words: string[] } {
  const all: string[] = [];
  const words: string[] = [];
  let raw = 0;
  let weight = 1;
  for (const folded of memo === undefined ? tokenizeClauses(text) : memo.sentenceClauses(text)) {
    for (const word of folded) {
      words.push(word);
    }
    // Only a clause with a "t" has a contraction to join ("don t" → "dont"): the others are read as they are.
    const tokens = locale === 'en' && folded.includes('t') ? joinEnglishContractions(folded) : folded;
    const values = locale === 'en' ? scoreEnglishTokens(tokens) : scoreTurkishTokens(tokens);
    for (let index = 0; index < tokens.length; index += 1) {
      if (CONTRAST.has(tokens[index] ?? '')) {
        // What comes after "but" is what the customer means: "nice app, but it lost my order".
        raw *= BEFORE_CONTRAST;
        weight = AFTER_CONTRAST;
      }
      raw += (values[index] ?? 0) * weight;
    }
    for (const token of tokens) {
      all.push(token);
    }
  }
  if (locale === 'tr') {
    raw += neitherNorValue(words, text.includes('?'));
  }
  return { raw, tokens: all, words };
}

/**
 * Scores one message from −1 to 1: English with AFINN-165, Turkish with the built-in lexicon, both
 * reading negation. Frustration cues (shouting, repeated punctuation, profanity) of a message that
 * is not positive are listed and push the score down. The locale defaults to detection.
 */
export function scoreSentiment(text: string, locale?: SignalLocale): Sentiment {
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(text);
  return scoreWithWords(text, language, undefined).sentiment;
}

/** The sentiment of one message and its folded words (what tokenize gives), so a caller need not fold it again. */
function scoreWithWords(
  text: string,
  language: SignalLocale,
  memo: TextMemo | undefined,
): { sentiment: Sentiment; words: string[] } {
  const read = rawScore(text, language, memo);
  read.raw += emojiRaw(text);
  const { tokens, words } = read;
  const raw =
    read.raw < 0 && isHelpRequest(tokens)
      ? Math.max(read.raw * HELP_REQUEST_DAMPING, HELP_REQUEST_FLOOR)
      : read.raw;
  if (raw >= POSITIVE_RAW) {
    return { sentiment: { score: squash(raw), frustration: [] }, words };
  }
  const frustration = findFrustrationCues(text, tokens);
  const penalty = frustration.reduce((sum, cue) => sum + CUE_PENALTY[cue], 0);
  return { sentiment: { score: squash(raw - penalty), frustration }, words };
}

/**
 * Scores a conversation's customer messages: `trend` holds the last ten scores oldest first,
 * `score` weighs recent messages most (each earlier one half as much), and `frustration` lists
 * the cues of the last three customer messages plus `repeated_complaint` when the customer says
 * the same thing again or says "still", "again", "hâlâ", "yine", "tekrar" while unhappy.
 */
export function scoreConversation(
  messages: readonly ConversationMessage[],
  locale?: SignalLocale,
  memo?: TextMemo,
): ConversationSentiment {
  // Loops over arrays built one way (strings, numbers): filter/map chains gave V8 arrays of several kinds here (an empty
  // one, whole and fractional scores), and each new kind cost this function its optimised code.
  const texts: string[] = [];
  for (const message of messages) {
    if (message.role === 'customer') {
      texts.push(String(message.text ?? ''));
    }
  }
  if (texts.length === 0) {
    return { score: 0, trend: [], frustration: [] };
  }
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(texts.join('\n'));
  const recent = texts.length > TREND_LENGTH ? texts.slice(-TREND_LENGTH) : texts;
  const scored: Sentiment[] = [];
  const trend: number[] = [];
  const words: Array<readonly string[]> = [];
  for (const text of recent) {
    const item = scoreWithWords(text, language, memo);
    scored.push(item.sentiment);
    trend.push(item.sentiment.score);
    words.push(item.words);
  }
  let total = 0;
  let weights = 0;
  for (let index = 0; index < trend.length; index += 1) {
    const weight = RECENCY_DECAY ** (trend.length - 1 - index);
    total += (trend[index] ?? 0) * weight;
    weights += weight;
  }
  const cues = new Set<FrustrationCue>();
  for (let index = Math.max(0, scored.length - CUE_WINDOW); index < scored.length; index += 1) {
    for (const cue of scored[index]?.frustration ?? []) {
      cues.add(cue);
    }
  }
  let score = total / weights;
  if (findRepeatedComplaint(recent, trend, words)) {
    cues.add('repeated_complaint');
    score -= REPEATED_COMPLAINT_PENALTY;
  }
  const order: readonly FrustrationCue[] = [
    'shouting',
    'repeated_punctuation',
    'repeated_complaint',
    'profanity',
  ];
  return {
    score: Math.max(-1, Math.min(1, score)),
    trend,
    frustration: order.filter((cue) => cues.has(cue)),
  };
}
