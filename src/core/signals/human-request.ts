// Detects a request for a human in English or Turkish text: the grammar first, then the trained model.
import { isBotRefusal } from './bot-refusal.js';
import { words } from './human-request-cues.js';
import { isBusinessSpeaking } from './human-request-business.js';
import { splitClauses } from './human-request-clauses.js';
import { onlyTells } from './human-request-asking.js';
import { isHabitualContactSentence } from './human-request-habit.js';
import { isNamedAsSaying } from './human-request-reported.js';
import { asksForSomeoneByName } from './human-request-named.js';
import { isANameGiven, isSomeonePutOnHold } from './human-request-misreadings.js';
import { isWithoutContact } from './human-request-negation.js';
import { isOnTheSpeakersSide } from './human-request-own-side.js';
import { isBareChannel, isBareUnitAsked } from './human-request-bare-channel.js';
import { detectLocale, type SignalLocale } from './detect-locale.js';
import {
  isAReviewOfSomeone,
  isDirectoryListing,
  namesSomeoneElsesRole,
  tellsOfAWait,
} from './human-request-directory.js';
import { findRequest, REFUSAL } from './human-request-grammar.js';
import { COMPILED_LANGUAGES } from './human-request-languages.js';
import { readWithModel } from './human-request-model.js';
import { isPuttingThroughRefused } from './human-request-put-through.js';
import { isAboutSomeoneElse, isGivenSomething } from './human-request-third-party.js';
import {
  isAComplaintAboutStaff,
  isAReviewOfStaff,
  isOnlyAThingForwarded,
  isPassingTheCustomerOn,
  namesOnlyThings,
  tellsContactAsHard,
  tellsContactAsTold,
  refusesCalls,
  namesOnlyOwnPeople,
} from './human-request-turkish.js';
import { tellsAWayToReach, tellsOwnAct, tellsOwnCall } from './human-request-turkish-whose-act.js';
import { isSmallTalk } from './human-request-turkish-small-talk.js';
import {
  isAboutARoleOrANeed,
  isContactNecessityAsked,
  isOnlyWantedForSomethingElse,
  isStaffSought,
} from './human-request-wanting.js';
import { mentionsSomeoneToReach } from './model-anchor.js';
import { isAboutPeopleOnly, isAboutRunningSupport } from './about-people-only.js';
import { isPastContactOnly } from './past-contact.js';
import { isRefusal } from './refusal.js';
import { isAboutWhatTheBotIs } from './what-the-bot-is.js';
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

// "The car would not start, so I rang the breakdown line and got a person. … Later I found a flat tyre.": in a message
// this long, a word for someone in one sentence does not anchor the model's reading of another; short messages keep the
// whole message's words ("a bor. aget", typos split by a full stop).
const STORY_WORDS = 20;

const QUESTION_MARK = 63;
/** The longest clause that may only name who said the quotation after it ("müşteri hizmetleri", "the agent"). */
const SAYER_MOST = 3;

/** Whether a message is a story of several sentences, of which the model's likeliest sentence is one. */
const isAStory = (message: readonly string[], sentence: readonly string[]): boolean =>
  message.length >= STORY_WORDS && sentence.length < message.length;

const NONE: HumanRequest = { requested: false, phrase: null, source: null, probability: 0 };
const REFUSED: HumanRequest = { requested: false, phrase: null, source: 'rule', probability: 0 };

// Where the sentence the model read turns from one thing to the next: "customer service is useless, i want a real
// persn" judges in one part and asks in the other.
const PART_BREAK = /[,;:.!?]|\b(?:but|so|and)\b/u;

// Words of a part that asks: a wish or a verb of contact ("i want a real persn", "connect me w somone").
const ASKING_PART = new Set(words(`want wanna need needs gimme connect talk speak`));

/**
 * Whether the model's sentence judges someone ("the agent was rude", "customer care never answers") and no other
 * part of it asks for anyone: "customer service is useless, i want a real persn" asks.
 */
function isOnlyAReview(sentence: string): boolean {
  let judged = false;
  for (const part of sentence.split(PART_BREAK)) {
    const tokens = tokenize(part);
    if (isAReviewOfSomeone(tokens)) {
      judged = true;
    } else if (tokens.some((token) => ASKING_PART.has(token)) && mentionsSomeoneToReach(tokens, 'en')) {
      return false;
    }
  }
  return judged;
}

/**
 * Detects a request to talk to a human ("can I talk to a real person", "operatöre bağlar mısın",
 * "canlı destek"), in English or Turkish (also typed without Turkish letters). The grammar reads
 * first and says why; a refusal it reads ("I don't need an agent", "temsilciye gerek yok") stands.
 * Otherwise the trained model reads what the grammar has no words for ("need help talking w somone",
 * "I don't want to talk to a bot", typos, lost spaces). Other senses of the words ("travel agent",
 * "insan kaynakları") do not count. The locale defaults to detection.
 */
export function detectHumanRequest(text: string, locale?: SignalLocale, memo?: TextMemo): HumanRequest {
  if (text === '') {
    // Most cases carry no customer message: nothing to split into clauses.
    return NONE;
  }
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(text);
  const lang = COMPILED_LANGUAGES[language];
  let isRefused = false;
  // Folded once: the grammar, the bot refusal and the model all read the same text.
  const folded = memo === undefined ? foldText(text) : memo.fold(text);
  const clauses = splitClauses(lang, folded);
  // An index loop: entries() makes an iterator and a pair for each clause of every message.
  for (let at = 0; at < clauses.length; at += 1) {
    const clause = clauses[at] as string[];
    const found = findRequest(lang, clause);
    if (found === REFUSAL) {
      isRefused = true;
    } else if (
      found !== null &&
      // "gerçek bir insanla mı konuşuyorum?": who is answering, asked; "how do I transfer a chat to another agent":
      // someone who runs support, about their work. Neither asks for a person yet.
      !isAboutWhatTheBotIs(clause) &&
      // 'müşteri hizmetleri "kurye teslim etti" diyor': the team named as the one who said it.
      !(clause.length <= SAYER_MOST && isNamedAsSaying(clauses, at)) &&
      !(
        language === 'en' &&
        (isAboutRunningSupport(clause) ||
          isGivenSomething(clause) ||
          isOnTheSpeakersSide(clause) ||
          isContactNecessityAsked(clause))
      )
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
  // A loop, not clauses.flat(): flat() costs more in V8 than the whole grammar pass before it.
  const words: string[] = [];
  for (const clause of clauses) {
    for (const word of clause) {
      words.push(word);
    }
  }
  if (
    isBotRefusal(words, language) ||
    (language === 'en' && (isBareChannel(words) || isBareUnitAsked(words)))
  ) {
    return { requested: true, phrase: words.join(' '), source: 'rule', probability: 1 };
  }
  let reading = readWithModel(folded, language);
  if (!reading.isRequest) {
    return { ...NONE, probability: reading.probability };
  }
  let sentence = tokenize(reading.sentence);
  if (language === 'en' && isAStory(words, sentence)) {
    // "I rang twice and each time I was passed between departments. … cn u get me thru to sum1": in a story the
    // sentence that names someone may only tell what happened; a request is one of the sentences that ask.
    reading = readWithModel(
      folded,
      language,
      (from, to) => !onlyTells(folded.slice(from, to), folded.charCodeAt(to) === QUESTION_MARK),
    );
    if (!reading.isRequest) {
      return { ...NONE, probability: reading.probability };
    }
    sentence = tokenize(reading.sentence);
  }
  // The model has no notion of "not"; a refusal the grammar reads in the same sentence wins.
  if (isRefusal(sentence, language)) {
    return REFUSED;
  }
  if (isPastContactOnly(sentence, language) || (language === 'en' && isHabitualContactSentence(sentence))) {
    return { ...NONE, probability: reading.probability };
  }
  return isAboutWhatTheBotIs(sentence) ||
    isAboutPeopleOnly(sentence, language) ||
    (language === 'en' &&
      (isAboutRunningSupport(sentence) ||
        // The business's own line anywhere in the message makes it the business writing, whichever sentence
        // the model liked best ("We're looping in an expert. They will reply soon.").
        isBusinessSpeaking(words) ||
        isAboutSomeoneElse(sentence, words) ||
        // "show me all employees in sales", "get me the head of sales at Acme", "the agent was rude"
        isDirectoryListing(sentence) ||
        namesSomeoneElsesRole(sentence) ||
        isOnlyAReview(reading.sentence) ||
        tellsOfAWait(sentence) ||
        isAboutARoleOrANeed(sentence, words) ||
        isOnlyWantedForSomethingElse(lang, sentence) ||
        isGivenSomething(sentence) ||
        // "let me talk with my team", "someone at my company will call you", "we want to be your agent"
        isOnTheSpeakersSide(sentence) ||
        // "do I need to talk to a person before paying?"
        isContactNecessityAsked(sentence) ||
        // "don't transfer me to sales", "the app keeps transferring me"
        isPuttingThroughRefused(sentence) ||
        // "call me Sam": a name given, not a call asked for.
        isANameGiven(sentence) ||
        // "can I do this without talking to someone?", "how do I put someone on hold"
        isWithoutContact(sentence) ||
        isSomeonePutOnHold(sentence))) ||
    // "satış temsilcisi aranıyor": a job advertised, someone sought as staff; "temsilci çok kaba davrandı": staff
    // reviewed; "bağlanmak ölüm": contact told as hard; "sizi birime yönlendireyim": the business speaking;
    // "şikayetimi iletin": a thing sent on; "yönetici modu": a person word inside a thing's name; "yetkiliye
    // ulaşabilirsiniz": a way told; "ne konuşmak istersin", "chatbot istiyoruz": said to a chat companion.
    (language === 'tr' &&
      (isStaffSought(words) ||
        isAReviewOfStaff(lang, sentence) ||
        isAComplaintAboutStaff(lang, sentence) ||
        tellsContactAsHard(lang, sentence) ||
        tellsContactAsTold(lang, sentence) ||
        // "kimse beni aramasın": calls refused; "müdürümü ara": the speaker's own.
        refusesCalls(sentence) ||
        namesOnlyOwnPeople(lang, sentence) ||
        isPassingTheCustomerOn(sentence) ||
        isOnlyAThingForwarded(sentence) ||
        namesOnlyThings(lang, sentence) ||
        tellsAWayToReach(sentence) ||
        // "başvurunuzu muhasebeye ilettik, yarın dönüş yapacağız": the business telling its own act.
        tellsOwnAct(lang, sentence) ||
        // "danışmanı aramalıyım": the speaker's own call to someone, an errand.
        tellsOwnCall(lang, sentence) ||
        isSmallTalk(sentence))) ||
    !mentionsSomeoneToReach(words, language) ||
    // A story of several sentences (a review, a complaint): the one the model liked best must name someone itself.
    (isAStory(words, sentence) && !mentionsSomeoneToReach(sentence, language))
    ? { ...NONE, probability: reading.probability }
    : { requested: true, phrase: sentence.join(' '), source: 'model', probability: reading.probability };
}
