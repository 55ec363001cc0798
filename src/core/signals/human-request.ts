// Detects a request for a human in English or Turkish text: the grammar first, then the trained model.
import { isBotRefusal } from './bot-refusal.js';
import {
  hasAWord,
  withoutCourtesy,
  withoutReference,
  withoutUrgency,
  withoutUrgentTail,
} from './courtesy.js';
import { withTyposRead } from './typos.js';
import { markSpokenBreaks, splitClauses } from './human-request-clauses.js';
import { asksForAPersonNotAMachineIn } from './human-request-contrast.js';
import { asksNothing, asksTheBotForATask, onlyStates, onlyTells } from './human-request-asking.js';
import { asksForSomeoneByName } from './human-request-named.js';
import {
  isALineOfAPartAlone,
  isANamedBusinesssTeamAlone,
  isBareChannel,
  isHumanPartAlone,
} from './human-request-bare-channel.js';
import { isTurkishBareContact } from './human-request-turkish-contact.js';
import { asksForSomeoneNamedBefore, asksForSomeoneNamedBeforeInTurkish } from './human-request-pronoun.js';
import { asksForPeopleNamedFirst, isOnlyPeopleNamed } from './human-request-bare-people.js';
import { detectLocale, type SignalLocale } from './detect-locale.js';
import { findRequest, REFUSAL } from './human-request-grammar.js';
import { COMPILED_LANGUAGES, type CompiledLanguage } from './human-request-languages.js';
import { type ModelReading, readWithModel } from './human-request-model.js';
import { asksOrWaits, FRAGMENT_MOST } from './model-anchor-fragments.js';
import {
  CLAUSE_VETOES,
  type ClauseFound,
  firstVeto,
  isAStory,
  SENTENCE_VETOES,
  type SentenceFound,
  type Veto,
} from './human-request-vetoes.js';
import { isRefusal } from './refusal.js';
import { endsAskingWhatTheBotIs } from './what-the-bot-is.js';
import { withoutQuotedWords } from './quoted-words.js';
import { targetAt } from './human-request-targets.js';
import { withoutHandles } from './social-handles.js';
import { withSpacedLettersJoined } from './spaced-letters.js';
import { mentionsSomeoneToReach } from './model-anchor.js';
import { isALongStoryAskingNothing } from './human-request-long-story.js';
import { foldText, type TextMemo, tokenize } from './normalise.js';

/** Whether the text asks for a human, which part of the detector said so, and how sure it is. */
export interface HumanRequest {
  requested: boolean;
  /**
   * The folded words that asked: the grammar's matched cue (`"talk to a real person"`) or the sentence
   * the model read as a request; null when not requested.
   */
  phrase: string | null;
  /**
   * `rule` when the grammar decided (a match, or a refusal such as "I don't need an agent", which the
   * model is then not asked about); `model` when the model found a request; null when neither did.
   */
  source: 'rule' | 'model' | null;
  /** 1 for a grammar match, 0 for a refusal, else the model's probability for its likeliest sentence. */
  probability: number;
}

const QUESTION_MARK = 63;

const NONE: HumanRequest = { requested: false, phrase: null, source: null, probability: 0 };
const REFUSED: HumanRequest = { requested: false, phrase: null, source: 'rule', probability: 0 };

/** The readings that turn a found request away: the grammar's matches, then the model's sentences. */
export interface Vetoes {
  clause: readonly Veto<ClauseFound>[];
  sentence: readonly Veto<SentenceFound>[];
}

/** The detector's vetoes; a measurement of what one veto decides passes the tables without it. */
export const VETOES: Vetoes = { clause: CLAUSE_VETOES, sentence: SENTENCE_VETOES };

/**
 * Detects a request to talk to a human ("can I talk to a real person", "operatöre bağlar mısın",
 * "canlı destek"), in English or Turkish (also typed without Turkish letters). The grammar reads
 * first and says why; a refusal it reads ("I don't need an agent", "temsilciye gerek yok") stands.
 * Otherwise the trained model reads what the grammar has no words for ("need help talking w smone",
 * "I don't want to talk to a bot", typos, lost spaces). Other senses of the words ("travel agent",
 * "insan kaynakları") do not count. The locale defaults to detection.
 */
export function detectHumanRequest(
  text: string,
  locale?: SignalLocale,
  memo?: TextMemo,
  vetoes: Vetoes = VETOES,
): HumanRequest {
  text = withoutHandles(text);
  const found = detectInWords(text, locale, memo, vetoes);
  if (
    found.requested &&
    locale !== 'tr' &&
    isALongStoryAskingNothing(text) &&
    (locale ?? detectLocale(text)) === 'en'
  ) {
    // A review or a letter told from end to end: a person named in the story is not asked for.
    return { ...NONE, probability: found.probability };
  }
  if (!found.requested) {
    // "A g e n t!": a word shouted letter by letter, read joined.
    const joined = withSpacedLettersJoined(text);
    return joined === undefined ? found : detectInWords(joined, locale, memo, vetoes);
  }
  // 'the phone menu says "to speak to an agent, say agent"': a request only in the words quoted is someone else's.
  const unquoted = withoutQuotedWords(text);
  if (unquoted === undefined || detectInWords(unquoted, locale, memo, vetoes).requested) {
    return found;
  }
  return { ...NONE, probability: found.probability };
}

function detectInWords(
  text: string,
  locale: SignalLocale | undefined,
  memo: TextMemo | undefined,
  vetoes: Vetoes,
): HumanRequest {
  if (text === '') {
    // Most cases carry no customer message: nothing to split into clauses.
    return NONE;
  }
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(text);
  const lang = COMPILED_LANGUAGES[language];
  let isRefused = false;
  // Folded once, and a greeting before and thanks after read past ("Hi, phone number" asks as "phone number" does).
  const typed = withoutReference(
    withoutCourtesy(memo === undefined ? foldText(text) : memo.fold(text), language),
    language,
  );
  // Every reading takes a word typed with a slip as meant ("nsaıl ulaşabilirim", "i neeed a human", "phone numbr"):
  // the model as well, for on unread lines with a slip put in it misses fewer requests and raises fewer false alarms
  // that way than reading the text as typed (docs/signal-quality.md, round 66).
  const corrected = withTyposRead(typed, language);
  // The grammar and the bot refusal read a request without the urgency that ends it ("contact number asap", "şimdi ara
  // lütfen").
  const folded = withoutUrgentTail(corrected, language);
  const clauses = splitClauses(lang, folded);
  const hasQuestionMark = folded.includes('?');
  // The whole message's words, for the readings of the whole message. A loop, not clauses.flat(): flat() costs more
  // in V8 than the whole grammar pass.
  const words: string[] = [];
  for (const clause of clauses) {
    for (const word of clause) {
      words.push(word);
    }
  }
  // An index loop: entries() makes an iterator and a pair for each clause of every message.
  for (let at = 0; at < clauses.length; at += 1) {
    const clause = clauses[at] as string[];
    const found = findRequest(lang, clause);
    if (found === REFUSAL) {
      isRefused = true;
    } else if (
      found !== null &&
      firstVeto(vetoes.clause, {
        language,
        lang,
        clauses,
        at,
        clause,
        words,
        hasQuestionMark,
      }) === null
    ) {
      return { requested: true, phrase: found, source: 'rule', probability: 1 };
    }
  }
  if (isRefused) {
    return REFUSED;
  }
  // "Can I talk to Mike?", "Is Dr Shah in today?": someone of the business asked for by name, read as written.
  const named = language === 'en' ? asksForSomeoneByName(text) : null;
  if (named !== null) {
    return { requested: true, phrase: named, source: 'rule', probability: 1 };
  }
  // Refusing the bot asks for a person without naming one: "I don't want to talk to a bot".
  if (
    (isBotRefusal(words, language) &&
      isBotRefusedInOneSentence(lang, folded, language) &&
      !endsAskingWhatTheBotIs(words) &&
      !(language === 'en' && asksTheBotForATask(clauses, (clause) => isBotRefusal(clause, 'en')))) ||
    isAPartAlone(words, language) ||
    asksForPeopleNamedFirst(clauses, language) ||
    (language === 'en' && (asksForSomeoneNamedBefore(clauses) || asksForAPersonNotAMachineIn(clauses))) ||
    isAPartAloneInAStory(lang, folded, language) ||
    (language === 'tr' &&
      asksForSomeoneNamedBeforeInTurkish(words, (index) => targetAt(lang, words, index) !== undefined))
  ) {
    return { requested: true, phrase: words.join(' '), source: 'rule', probability: 1 };
  }
  // The model reads what is asked for, not how soon (English without the words of urgency, see withoutUrgency).
  let modelText = language === 'en' ? withoutUrgency(corrected) : corrected;
  let reading = readWithModel(modelText, language);
  if (!reading.isRequest && language === 'en') {
    // "…went up so much could a real person explain it to me": speech that runs sentences together, read again in
    // the parts its spoken breaks make.
    const marked = markSpokenBreaks(modelText);
    if (marked !== undefined) {
      modelText = marked;
      // Each part names whom it asks for itself: "…myself so i know how this goes" borrows no one from before.
      reading = readWithModel(modelText, language, (from, to) =>
        mentionsSomeoneToReach(tokenize(marked.slice(from, to)), language),
      );
    }
  }
  if (!reading.isRequest) {
    return { ...NONE, probability: reading.probability };
  }
  let sentence = tokenize(reading.sentence);
  if (namesNobodyItself(sentence, language)) {
    // "Tercüman lazım. Ayarlanabilir mi?", "you're not helping. who else can i talk to?": the sentence the model liked
    // best names nobody and would borrow someone from another sentence; a request is one of the sentences that name
    // someone (in English also a fragment: "how long is the wait for an agent? I'll hold").
    reading = readAgainKeeping(modelText, language, (text) => !namesNobodyItself(tokenize(text), language));
    if (!reading.isRequest) {
      return { ...NONE, probability: reading.probability };
    }
    sentence = tokenize(reading.sentence);
  }
  if (language === 'en' && isAStory(words, sentence)) {
    // "I rang twice and each time I was passed between departments. … cn u get me thru to sum1": in a story the
    // sentence that names someone may only tell what happened; a request is one of the sentences that ask.
    reading = readAgainKeeping(modelText, language, (text, isQuestion) => !onlyTells(text, isQuestion));
    if (!reading.isRequest) {
      return { ...NONE, probability: reading.probability };
    }
    sentence = tokenize(reading.sentence);
  }
  const message = { language, lang, words, clauses, hasQuestionMark };
  const judged = judgeModelSentence(vetoes, reading, sentence, message);
  // Where the model is less than sure, a sentence that asks nothing at all ("members of the staff", "computer is not
  // getting switched on") is turned away; where it is sure, only a statement of the speaker's is, for a sure reading
  // is most often a request typed too badly for the asking words to be read ("arethere a live agent hee").
  const tellsOnly = reading.probability < SURE ? asksNothing : onlyStates;
  if (
    !judged.requested ||
    language !== 'en' ||
    sentence.length <= FRAGMENT_MOST ||
    !tellsOnly(reading.sentence, false)
  ) {
    return judged;
  }
  // "I bought this computer three months ago", "I'll just take the escalator": a statement that asks nothing shares
  // a request's words without asking for anyone; a request is one of the sentences that ask, or a fragment.
  reading = readAgainKeeping(
    modelText,
    language,
    (text, isQuestion) => tokenize(text).length <= FRAGMENT_MOST || !tellsOnly(text, isQuestion),
  );
  return reading.isRequest
    ? judgeModelSentence(vetoes, reading, tokenize(reading.sentence), message)
    : { ...NONE, probability: reading.probability };
}

/**
 * Whether the words are only a part of the business or a way to reach it ("customer service", "phone number", "canlı
 * destek"), or only people ("a representative").
 */
function isAPartAlone(words: readonly string[], language: 'en' | 'tr'): boolean {
  if (language === 'tr') {
    return isOnlyPeopleNamed(words, language) || isTurkishBareContact(words);
  }
  return (
    isOnlyPeopleNamed(words, language) ||
    isBareChannel(words) ||
    isHumanPartAlone(words) ||
    isANamedBusinesssTeamAlone(words) ||
    isALineOfAPartAlone(words)
  );
}

// The readings of a part alone read a few words: a longer last sentence is not one.
const PART_ALONE_MOST = 8;

/** Whether a character code ends a sentence: a stop, a question or an exclamation mark, or a line break. */
function endsASentence(code: number): boolean {
  return code === 46 || code === 33 || code === QUESTION_MARK || code === 10;
}

/**
 * Whether the first or the last sentence of a longer message is a part alone: "My order never came. Phone number?"
 * asks for the number after the story, "Phone number. My order never came." before it.
 */
function isAPartAloneInAStory(lang: CompiledLanguage, folded: string, language: 'en' | 'tr'): boolean {
  let end = folded.length;
  while (end > 0 && (endsASentence(folded.charCodeAt(end - 1)) || folded.charCodeAt(end - 1) === 32)) {
    end -= 1;
  }
  let first = 0;
  while (first < end && !endsASentence(folded.charCodeAt(first))) {
    first += 1;
  }
  if (first >= end) {
    // One sentence: the readings of the whole message read it.
    return false;
  }
  let last = end;
  while (last > 0 && !endsASentence(folded.charCodeAt(last - 1))) {
    last -= 1;
  }
  return (
    isAShortPartAlone(lang, folded.slice(0, first), language) ||
    isAShortPartAlone(lang, folded.slice(last, end), language)
  );
}

/** Whether a sentence of at most a few words is a part alone. */
function isAShortPartAlone(lang: CompiledLanguage, sentence: string, language: 'en' | 'tr'): boolean {
  let spaces = 0;
  for (let at = 0; at < sentence.length; at += 1) {
    if (sentence.charCodeAt(at) === 32 && (spaces += 1) > PART_ALONE_MOST + 1) {
      return false;
    }
  }
  const words = splitClauses(lang, sentence).flat();
  return words.length > 0 && words.length <= PART_ALONE_MOST && isAPartAlone(words, language);
}

/** The sentences of folded text that have a word, split where endsASentence says. */
function sentencesOf(folded: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let at = 0; at <= folded.length; at += 1) {
    if (at === folded.length || endsASentence(folded.charCodeAt(at))) {
      const sentence = folded.slice(start, at);
      if (hasAWord(sentence)) {
        sentences.push(sentence);
      }
      start = at + 1;
    }
  }
  return sentences;
}

/**
 * Whether the bot is refused within one sentence: "It still has not arrived. What is a bot?" has a "not" in the story
 * and a bot in the question, and refuses nothing.
 */
function isBotRefusedInOneSentence(lang: CompiledLanguage, folded: string, language: 'en' | 'tr'): boolean {
  const sentences = sentencesOf(folded);
  return (
    sentences.length < 2 ||
    sentences.some((sentence) => isBotRefusal(splitClauses(lang, sentence).flat(), language))
  );
}

/** The model's probability at or above which a reading is sure (see tellsOnly in detectInWords). */
const SURE = 0.85;

/** Whether a sentence names nobody to reach itself; in English a fragment that asks may borrow. */
function namesNobodyItself(sentence: readonly string[], language: 'en' | 'tr'): boolean {
  const borrows = language === 'en' && sentence.length <= FRAGMENT_MOST && asksOrWaits(sentence);
  return !borrows && !mentionsSomeoneToReach(sentence, language);
}

/**
 * The model's reading again, of the sentences `keep` accepts: each sentence's text and whether a question mark ends it.
 */
function readAgainKeeping(
  text: string,
  language: 'en' | 'tr',
  keep: (sentence: string, isQuestion: boolean) => boolean,
): ModelReading {
  return readWithModel(text, language, (from, to) =>
    keep(text.slice(from, to), text.charCodeAt(to) === QUESTION_MARK),
  );
}

/** The model's sentence judged: a refusal the grammar reads in it, or a veto, turns it away. */
function judgeModelSentence(
  vetoes: Vetoes,
  reading: ModelReading,
  sentence: string[],
  message: Omit<SentenceFound, 'text' | 'sentence'>,
): HumanRequest {
  // The model has no notion of "not"; a refusal the grammar reads in the same sentence wins.
  if (isRefusal(sentence, message.language)) {
    return REFUSED;
  }
  const vetoed = firstVeto(vetoes.sentence, { ...message, text: reading.sentence, sentence });
  return vetoed === null
    ? { requested: true, phrase: sentence.join(' '), source: 'model', probability: reading.probability }
    : { ...NONE, probability: reading.probability };
}
