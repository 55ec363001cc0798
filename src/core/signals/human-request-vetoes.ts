// The readings that turn a found request away: a grammar match that is about something else ("how do I transfer a
// chat to another agent"), or a sentence the model liked that only names someone ("the agent was rude"). Each has a
// name, so that `scripts/signals/veto-counts.ts` can say which lines it alone decides and whether it still earns its
// place.
import { isAboutPeopleOnly, isAboutRunningSupport } from './about-people-only.js';
import { isAssignedPersonAsked } from './human-request-assigned.js';
import { asksAboutPeopleOnly } from './human-request-about-staff.js';
import { isBusinessSpeaking } from './human-request-business.js';
import { asksForNoOneNamed, tellsOfContactOnly } from './human-request-not-asking.js';
import { asksWhatWouldHappen, asksWhatWouldHappenInTurkish } from './human-request-hypothetical.js';
import { worksACallOrAPlan } from './human-request-call-controls.js';
import { tellsOfAPersonNotAMachine } from './human-request-contrast.js';
import {
  isAReviewOfSomeone,
  isDirectoryListing,
  namesSomeoneElsesRole,
  tellsOfAWait,
} from './human-request-directory.js';
import { isHabitualContactSentence } from './human-request-habit.js';
import type { CompiledLanguage } from './human-request-languages.js';
import {
  asksWhetherSomeoneIsComing,
  asksWhetherToCallAhead,
  isANameGiven,
  isSomeonePutOnHold,
} from './human-request-misreadings.js';
import { isWithoutContact, refusesToTalkToAPerson } from './human-request-negation.js';
import { isEnglishPerson } from './model-anchor-words.js';
import { isEnglishBotAt } from './bot-refusal-english-bot-words.js';
import { isOnTheSpeakersSide, tellsTheSpeakersOwnPlanOrJustDone } from './human-request-own-side.js';
import { isPuttingThroughRefused } from './human-request-put-through.js';
import { isNamedAsSaying } from './human-request-reported.js';
import { isAboutSomeoneElse, isGivenSomething } from './human-request-third-party.js';
import {
  isAComplaintAboutStaff,
  isAThingPassedOn,
  isAReviewOfStaff,
  isOnlyAThingForwarded,
  isPassingTheCustomerOn,
  namesOnlyOwnPeople,
  namesOnlyThings,
  refusesCalls,
  tellsContactAsHard,
  tellsContactAsTold,
} from './human-request-turkish.js';
import {
  ordersOwnCall,
  tellsAWayToReach,
  tellsOwnAct,
  tellsOwnCall,
} from './human-request-turkish-whose-act.js';
import { isSmallTalk } from './human-request-turkish-small-talk.js';
import { endsARunOfActs, isAStoryTold, isOnlyAStory } from './human-request-story.js';
import {
  complainsAboutSomeone,
  tellsACallToCome,
  tellsAPromise,
  tellsWhatSomeoneDid,
  tellsWhatTheSpeakerWasToldToDo,
} from './human-request-told-of.js';
import {
  asksInScornWhatKind,
  asksWhatABotProductDoes,
  asksWhetherOffered,
  endsTelling,
  onlyJudges,
  tellsAPastWishOrWait,
  tellsOfSwitching,
} from './human-request-turkish-told.js';
import {
  isAboutARoleOrANeed,
  isContactNecessityAsked,
  isOnlyWantedForSomethingElse,
  isStaffSought,
} from './human-request-wanting.js';
import { words as wordList } from './human-request-cues.js';
import { asksForStaffWithALanguage, isAboutStaffInTurkish } from './human-request-turkish-about-staff.js';
import { mentionsSomeoneToReach } from './model-anchor.js';
import { isPastContactOnly } from './past-contact.js';
import { tokenize, joinedWords } from './normalise.js';
import { isAboutWhatTheBotIs } from './what-the-bot-is.js';
import { isTheBotPraised } from './bot-refusal-english.js';
import { isTheBotPraisedInTurkish } from './bot-refusal.js';
import type { SignalLocale } from './detect-locale.js';
import { isAThingHandedOn } from './human-request-handed-on.js';
import { isAnInabilityTold } from './human-request-inability-told.js';
import { isSettingUpSupport } from './human-request-support-setup.js';
import { isAContactRated, isThanksPassedOn } from './human-request-feedback.js';
import { asksToTalkWithTheSpeakersOwn } from './human-request-turkish-asking.js';

/** A reading that turns a found request away; `language` limits it to one language. */
export interface Veto<Found> {
  name: string;
  language?: SignalLocale;
  applies: (found: Found) => boolean;
}

/** A clause the grammar matched, with the message's other clauses. */
export interface ClauseFound {
  language: SignalLocale;
  lang: CompiledLanguage;
  clauses: readonly (readonly string[])[];
  at: number;
  clause: readonly string[];
  /** The whole message's words, every clause's in order. */
  words: readonly string[];
  /** Whether the message holds a question mark. */
  hasQuestionMark: boolean;
}

/** The sentence the model liked best, with the whole message's words. */
export interface SentenceFound {
  language: SignalLocale;
  lang: CompiledLanguage;
  /** The sentence as the model read it (folded text, with its commas). */
  text: string;
  sentence: readonly string[];
  words: readonly string[];
  /** The message's clauses, as the grammar read them. */
  clauses: readonly (readonly string[])[];
  /** Whether the message holds a question mark. */
  hasQuestionMark: boolean;
}

/** The name of the first veto that applies, or null: the found request stands. */
export function firstVeto<Found extends { language: SignalLocale }>(
  vetoes: readonly Veto<Found>[],
  found: Found,
): string | null {
  for (const veto of vetoes) {
    if ((veto.language === undefined || veto.language === found.language) && veto.applies(found)) {
      return veto.name;
    }
  }
  return null;
}

/** The longest clause that may only name who said the quotation after it ("müşteri hizmetleri", "the agent"). */
const SAYER_MOST = 3;

// "what hours is customer service available", "when are your agents available": the hours of someone of ours asked,
// with no verb of contact ("when can I talk to an agent" asks for one).
const HOURS_ASKED = /^(?:(?:what|which) (?:hours|time|times|days)|when|till when|until when)\b/;
// "when will I get a response from you": a reply awaited is contact, not hours.
const CONTACTING = new Set(
  wordList(
    `talk speak chat call ring phone contact reach connect transfer response reply hear callback answer respond`,
  ),
);

// "canlı destek 7/24 mü", "müşteri hizmetleri kaça kadar açık", "temsilciler hafta sonu çalışıyor mu": the same, in
// Turkish: the hours, then the question, with no verb of contact asked ("7/24 temsilciye bağlanabilir miyim" asks).
// "cumartesi canlı destek var mı", "bayramda müşteri hizmetleri açık mı": a day, a holiday or the evening named.
const TURKISH_HOURS =
  /(?:^| )(?:7 24|24 7|kaca kadar|saat kac(?:a|ta)?|hangi saatler(?:de)?|hangi gunler(?:de)?|calisma saatleri|hafta sonu|hafta sonlari|haftasonu|haftasonlari|pazar gunu|gece|geceleri|aksamlari|(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)(?:lari|leri|gunleri)?|bayram(?:da|larda)?|resmi tatil(?:de|lerde)?|tatil gunleri(?:nde)?)(?: |$)/;
const TURKISH_HOURS_END = /^(?:m[iu]|acik|acik m[iu]|calisiyor|calisiyor m[iu]|ne|nedir|var m[iu])$/;
const TURKISH_CONTACTING = /^(?:bagla|bagl[ae]n|konus|gorus|aktar|ulas|ara)/;

// "do you have human agents or only AI?", "do you have customer support on weekends?": whether the business has people
// at all, or at some hours, asked ("do you have a real person I can talk to" asks for one).
const HAS_PEOPLE_ASKED = new RegExp(
  String.raw`^(?:(?:hi|hey|ok|so|and|but) )?(?:do|does) (?:you|u|you guys|your company|your team|your bank|your shop) (?:have|has|got) (?:any |a |an )?(?:\S+ ){0,2}(?:agents?|staff|people|humans?|persons?|representatives?|reps?|support team|customer support|support|customer service|advisers?|advisors?|operators?)(?: (?:or (?:is it |are they |it s )?(?:all |only |just )?(?:ai|a i|bots?|a bot|automated|machines?|chatbots?)|on (?:weekends?|sundays?|saturdays?|bank holidays|holidays)|at (?:night|weekends?)|24 ?7|24 hours(?: a day)?|overnight|around the clock|(?:in|at) (?:the |your |our )?(?!(?:the )?(?:moment|minute)$)\S+(?: (?!(?:i|we|you)$)\S+)?))+$`,
);

// "when is the best time to call customer service", "çağrı merkezini aramak için en uygun saat ne": when to call,
// asked for a plan, not a call now.
const BEST_TIME =
  /(?:^| )(?:best|good|right|quietest|least busy) (?:time|times|day|days|hour|hours)(?: of (?:the )?day)? to (?:call|contact|reach|ring|phone|talk|speak|get through)(?: |$)/;
const TURKISH_BEST_TIME = /(?:^| )en (?:uygun|iyi|musait|sakin) (?:saat|saatler|zaman|gun|vakit)(?: |$)/;

function isAskingTheBestTime(clause: readonly string[], language: SignalLocale): boolean {
  return (language === 'tr' ? TURKISH_BEST_TIME : BEST_TIME).test(joinedWords(clause));
}

const CALL_BACK_REFUSED =
  /^(?:no|no need for a|no need for) (?:callback|call back|callbacks|call backs|calls|phone calls?)(?: (?:needed|necessary|required|please|pls|thanks|thank you))*$/;

function isAskingHours(clause: readonly string[], language: SignalLocale): boolean {
  if (language === 'tr') {
    const joined = joinedWords(clause);
    const last = clause.length - 1;
    return (
      TURKISH_HOURS.test(joined) &&
      (TURKISH_HOURS_END.test(clause[last] ?? '') ||
        TURKISH_HOURS_END.test(clause.slice(last - 1).join(' '))) &&
      !clause.some((token) => TURKISH_CONTACTING.test(token))
    );
  }
  return HOURS_ASKED.test(joinedWords(clause)) && !clause.some((token) => CONTACTING.has(token));
}

// "is there a fee to talk to an advisor on the phone?", "does it cost extra to speak with a person", "telefonla
// danışmana bağlanmak ücretli mi": what contact costs, asked; "can I talk to an agent for free" still asks for one.
const COST_ASKING = new Set(wordList(`is are does do will would how what whats`));
const COSTS = new Set(wordList(`fee fees charged cost costs costly extra pay paid price priced premium`));
// The cost comes before the contact it prices: "is there a fee to talk to…", not "talk to someone about a fee".
const COST_REACH = 5;
const FREE_LINES = new Set(wordList(`it helpline hotline line number care calls call phone`));
const TURKISH_COST = /^(?:ucret|parali|masraf)/;
const TURKISH_QUESTION = /^m[iu](?:s[iu]n(?:[iu]z)?|y[iu]m|y[iu]z)?$/;

function isCostOfContactAsked(clause: readonly string[], language: SignalLocale): boolean {
  if (language === 'tr') {
    // "… ücretli mi", "… ekstra ücret var mı": the cost asked at the end.
    const last = clause.length - 1;
    const cost = clause[last - 1] === 'var' ? last - 2 : last - 1;
    return TURKISH_QUESTION.test(clause[last] ?? '') && TURKISH_COST.test(clause[cost] ?? '');
  }
  // "what does a customer care call cost": the cost last, after the call it prices.
  if (COST_ASKING.has(clause[0] ?? '') && clause.some((token) => token === 'cost' || token === 'costs')) {
    const cost = clause.findIndex((token) => token === 'cost' || token === 'costs');
    if (clause[cost - 1] === 'call' || clause[cost - 1] === 'calls') {
      return true;
    }
  }
  return (
    COST_ASKING.has(clause[0] ?? '') &&
    clause.slice(0, COST_REACH).some(
      (token, index) =>
        COSTS.has(token) ||
        // "is it free to call", "is customer care free to call": a line free, then "to" and the call ("is a nurse free
        // to talk" asks whether someone is).
        (token === 'free' &&
          (clause[index - 1] === 'it' ||
            clause[index + 1] === 'of' ||
            (clause[index + 1] === 'to' && FREE_LINES.has(clause[index - 1] ?? '')))) ||
        // "a charge to speak with…", not "in charge" nor "a charge on my account".
        (token === 'charge' && (clause[index + 1] === 'to' || clause[index + 1] === 'for')),
    )
  );
}

// "can i speak to your manager lol jk", "just kidding", "müdürünüzle görüşmek istiyorum şaka şaka": said in jest and
// taken back by the speaker; "are you kidding me?", "şaka mı bu" are angry, not in jest.
const JEST = new Set(wordList(`jk jking jkjk`));
const OWN_JEST_BEFORE = new Set(wordList(`just only im m am`));
const JOKING = new Set(wordList(`kidding joking jokin`));
const TURKISH_OWN_JEST = new Set(wordList(`saka yaptim yapiyorum`));

function isInJest(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      JEST.has(word) ||
      (JOKING.has(word) && OWN_JEST_BEFORE.has(words[index - 1] ?? '')) ||
      (word === 'saka' && (TURKISH_OWN_JEST.has(words[index + 1] ?? '') || words[index - 1] === 'sadece')),
  );
}

// "just one person", "2 people please", "for one person only": how many, for a booking or a ticket, the whole clause.
const COUNTED_BEFORE = new Set(wordList(`just only for a party table of room booking`));
const COUNTS = new Set(wordList(`one two three four five six seven eight nine ten single`));
const COUNTED = new Set(wordList(`person people persons adult adults guest guests`));
const COUNTED_AFTER = new Set(wordList(`please pls plz only thanks`));

function isACountOfPeople(tokens: readonly string[]): boolean {
  const count = tokens.findIndex((token) => COUNTS.has(token) || /^\d{1,2}$/.test(token));
  return (
    count >= 0 &&
    COUNTED.has(tokens[count + 1] ?? '') &&
    tokens.slice(0, count).every((token) => COUNTED_BEFORE.has(token)) &&
    tokens.slice(count + 2).every((token) => COUNTED_AFTER.has(token))
  );
}

/** What a veto read in both tables sees: the tokens found (a clause, or the model's sentence) and the message. */
interface FoundIn {
  language: SignalLocale;
  tokens: readonly string[];
  words: readonly string[];
}

/** Readings that turn away a grammar match and the model's sentence alike. */
const IN_BOTH: readonly Veto<FoundIn>[] = [
  // "what hours is customer service available", "canlı destek 7/24 mü": when someone works, asked.
  { name: 'hours asked', applies: ({ tokens, language }) => isAskingHours(tokens, language) },
  // "when is the best time to call customer service": when to call, asked for a plan.
  {
    name: 'the best time to call asked',
    applies: ({ tokens, language }) => isAskingTheBestTime(tokens, language),
  },
  // "do you have human agents or only AI?", "do you have staff at the airport": whether the business has people at
  // all, at some hours or in some place, asked.
  {
    name: 'people at all asked',
    language: 'en',
    applies: ({ tokens }) => HAS_PEOPLE_ASKED.test(joinedWords(tokens)),
  },
  {
    name: 'cost of contact asked',
    applies: ({ tokens, language }) => isCostOfContactAsked(tokens, language),
  },
  // "transfer my season pass to someone else", "biletimi başka birine devredebilir miyim"
  { name: 'a thing handed on', applies: ({ tokens, language }) => isAThingHandedOn(tokens, language) },
  { name: 'said in jest', applies: ({ words }) => isInJest(words) },
  { name: 'a count of people', language: 'en', applies: ({ tokens }) => isACountOfPeople(tokens) },
  {
    name: 'what the speaker was told to do',
    language: 'en',
    applies: ({ tokens }) => tellsWhatTheSpeakerWasToldToDo(tokens),
  },
  // "the agent said someone would call me back", "they said they would get the owner to call": a call promised, told.
  { name: 'a promise told', language: 'en', applies: ({ tokens }) => tellsAPromise(tokens) },
  {
    name: "the speaker's own plan or a call just ended",
    language: 'en',
    applies: ({ tokens }) => tellsTheSpeakersOwnPlanOrJustDone(tokens),
  },
  // "are your agents available on sundays", "is there a manager at the clinic?", "someone who has had this done".
  {
    name: 'people asked about',
    language: 'en',
    applies: ({ tokens }) => asksAboutPeopleOnly(tokens),
  },
  // "I miss talking to real people", "it took me an hour to speak to a person", "when I call, I get a robot"
  {
    name: 'contact told of',
    language: 'en',
    applies: ({ tokens }) => tellsOfContactOnly(tokens),
  },
  // "would I be able to talk to a person if the app is down?": what would happen, asked.
  {
    name: 'what would happen asked',
    applies: ({ tokens, words, language }) =>
      language === 'tr' ? asksWhatWouldHappenInTurkish(tokens) : asksWhatWouldHappen(tokens, words),
  },
  // "end call", "put the call on speaker", "can you put me on the same deal?"
  {
    name: 'a call or a plan worked',
    language: 'en',
    applies: ({ tokens }) => worksACallOrAPlan(tokens),
  },
  // "şubenizde Arapça bilen personel var mı": staff who speak a language, asked about.
  {
    name: 'staff with a language asked',
    language: 'tr',
    applies: ({ tokens }) => asksForStaffWithALanguage(tokens),
  },
  // "the escalate to human button isn't showing on our widget": the whole message sets up the product.
  { name: 'setting up support', applies: ({ words, language }) => isSettingUpSupport(words, language) },
];

/** Grammar matches that ask for no person yet. */
export const CLAUSE_VETOES: readonly Veto<ClauseFound>[] = [
  // "Unable to reach a Comcast agent for internet and billing issues.": told in a complaint, not pleaded.
  {
    name: 'an inability told',
    applies: ({ language, clause, words, hasQuestionMark }) =>
      isAnInabilityTold(language, clause, words, hasQuestionMark),
  },
  // "hayatımda gördüğüm en iyi destek hattı": a point of contact judged, asking nothing.
  { name: 'a line judged', language: 'tr', applies: ({ clause }) => onlyJudges(clause) },
  // "gerçek bir insanla mı konuşuyorum?": who is answering, asked.
  { name: 'what the bot is', applies: ({ clause }) => isAboutWhatTheBotIs(clause) },
  // 'müşteri hizmetleri "kurye teslim etti" diyor': the team named as the one who said it.
  {
    name: 'named as saying',
    applies: ({ clauses, at, clause }) => clause.length <= SAYER_MOST && isNamedAsSaying(clauses, at),
  },
  // "how do I transfer a chat to another agent": someone who runs support, about their work.
  { name: 'running support', language: 'en', applies: ({ clause }) => isAboutRunningSupport(clause) },
  // "give the agent a good rating": something other than a call given to someone.
  { name: 'given something', language: 'en', applies: ({ clause }) => isGivenSomething(clause) },
  { name: "the speaker's side", language: 'en', applies: ({ clause }) => isOnTheSpeakersSide(clause) },
  {
    name: 'contact necessity asked',
    language: 'en',
    applies: ({ clause }) => isContactNecessityAsked(clause),
  },
  // "belgeleri yetkiliye iletin": a thing passed on to someone.
  {
    name: 'a thing passed on',
    language: 'tr',
    applies: ({ lang, clause }) => isAThingPassedOn(lang, clause),
  },
  // "So I go to the desk and ask to speak to the manager, and the girl says he's at lunch": a story told.
  { name: 'a story told', language: 'en', applies: ({ clauses, at }) => isAStoryTold(clauses, at) },
  // "hesabıma atanmış bir temsilci var mı": whether the speaker has an assigned person, asked.
  {
    name: 'an assigned person asked about',
    language: 'tr',
    applies: ({ clause }) => isAssignedPersonAsked(clause, 'tr'),
  },
  ...IN_BOTH.map((veto): Veto<ClauseFound> => ({
    ...veto,
    applies: ({ clause, words, language }) => veto.applies({ tokens: clause, words, language }),
  })),
];

// Where the sentence the model read turns from one thing to the next: "customer service is useless, i want a real
// persn" judges in one part and asks in the other.
const PART_BREAK = /[,;:.!?]|\b(?:but|so|and)\b/u;

// Words of a part that asks: a wish or a verb of contact ("i want a real persn", "connect me w somone").
const ASKING_PART = new Set(wordList(`want wanna need needs gimme connect talk speak`));

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

// "The car would not start, so I rang the breakdown line and got a person. … Later I found a flat tyre.": in a message
// this long, a word for someone in one sentence does not anchor the model's reading of another; short messages keep the
// whole message's words ("a bor. aget", typos split by a full stop).
const STORY_WORDS = 20;

/** Whether a message is a story of several sentences, of which the model's likeliest sentence is one. */
export const isAStory = (message: readonly string[], sentence: readonly string[]): boolean =>
  message.length >= STORY_WORDS && sentence.length < message.length;

function isNamedOnlyInAStory(sentence: readonly string[], clauses: readonly (readonly string[])[]): boolean {
  if (mentionsSomeoneToReach(sentence, 'en')) {
    return false;
  }
  const naming = clauses.filter((clause) => mentionsSomeoneToReach(clause, 'en'));
  return naming.length > 0 && naming.every(isOnlyAStory);
}

/** Sentences the model liked that ask for no one, in the order cheapest and likeliest first. */
export const SENTENCE_VETOES: readonly Veto<SentenceFound>[] = [
  {
    name: 'an inability told',
    applies: ({ language, sentence, words, hasQuestionMark }) =>
      isAnInabilityTold(language, sentence, words, hasQuestionMark),
  },
  { name: 'past contact only', applies: ({ sentence, language }) => isPastContactOnly(sentence, language) },
  {
    name: 'habitual contact',
    language: 'en',
    applies: ({ sentence }) => isHabitualContactSentence(sentence),
  },
  { name: 'what the bot is', applies: ({ sentence }) => isAboutWhatTheBotIs(sentence) },
  { name: 'the bot praised', language: 'en', applies: ({ sentence }) => isTheBotPraised(sentence) },
  { name: 'the bot praised', language: 'tr', applies: ({ sentence }) => isTheBotPraisedInTurkish(sentence) },
  ...IN_BOTH.map((veto): Veto<SentenceFound> => ({
    ...veto,
    applies: ({ sentence, words, language }) => veto.applies({ tokens: sentence, words, language }),
  })),
  // "are you a person? just curious": the whole message asks it, whichever of its sentences the model liked.
  { name: 'what the bot is, the whole message', applies: ({ words }) => isAboutWhatTheBotIs(words) },
  { name: 'about people only', applies: ({ sentence, language }) => isAboutPeopleOnly(sentence, language) },
  // "do I have a dedicated advisor?", "müşteri temsilcim kim?"
  {
    name: 'an assigned person asked about',
    applies: ({ sentence, language }) => isAssignedPersonAsked(sentence, language),
  },
  { name: 'running support', language: 'en', applies: ({ sentence }) => isAboutRunningSupport(sentence) },
  // The business's own line anywhere in the message makes it the business writing, whichever sentence the model
  // liked best ("We're looping in an expert. They will reply soon.").
  { name: 'the business speaking', language: 'en', applies: ({ words }) => isBusinessSpeaking(words) },
  {
    name: 'someone else',
    language: 'en',
    applies: ({ sentence, words }) => isAboutSomeoneElse(sentence, words),
  },
  // "show me all employees in sales", "get me the head of sales at Acme"
  { name: 'a directory listing', language: 'en', applies: ({ sentence }) => isDirectoryListing(sentence) },
  { name: "someone else's role", language: 'en', applies: ({ sentence }) => namesSomeoneElsesRole(sentence) },
  // "the agent was rude"
  { name: 'only a review', language: 'en', applies: ({ text }) => isOnlyAReview(text) },
  // "rate my call with the agent"
  { name: 'a contact rated', language: 'en', applies: ({ sentence }) => isAContactRated(sentence) },
  // "thank customer service for me"
  { name: 'thanks passed on', language: 'en', applies: ({ sentence }) => isThanksPassedOn(sentence) },
  // "the agent transferred me here", "customer service told me to reply here"
  {
    name: 'what someone did, told',
    language: 'en',
    applies: ({ sentence }) => tellsWhatSomeoneDid(sentence),
  },
  // "I made several requests to talk to a manager on duty", "finally I decided to press another number"
  { name: 'a story told', language: 'en', applies: ({ sentence }) => isOnlyAStory(sentence) },
  // "Seriously. I asked a machine for a real person, and I got one. Stunning, isn't it?": the model liked a sentence
  // that names no one, and every clause that names someone only tells a story.
  {
    name: 'someone named only in a story',
    language: 'en',
    applies: ({ sentence, clauses }) => isNamedOnlyInAStory(sentence, clauses),
  },
  // "I give my name. I explain the problem. I ask for a supervisor."
  {
    name: 'a run of acts told',
    language: 'en',
    applies: ({ sentence, clauses }) => endsARunOfActs(clauses, sentence),
  },
  // "I'll call back later", "I guess they'll call back": a call to come, told.
  { name: 'a call to come', language: 'en', applies: ({ sentence }) => tellsACallToCome(sentence) },
  // "I want to complain about the way your agent spoke to me"
  {
    name: 'a complaint about someone',
    language: 'en',
    applies: ({ sentence }) => complainsAboutSomeone(sentence),
  },
  { name: 'a wait told', language: 'en', applies: ({ sentence }) => tellsOfAWait(sentence) },
  {
    name: 'a role or a need',
    language: 'en',
    applies: ({ sentence, words }) => isAboutARoleOrANeed(sentence, words),
  },
  {
    name: 'wanted for something else',
    language: 'en',
    applies: ({ lang, sentence }) => isOnlyWantedForSomethingElse(lang, sentence),
  },
  { name: 'given something', language: 'en', applies: ({ sentence }) => isGivenSomething(sentence) },
  // "let me talk with my team", "someone at my company will call you", "we want to be your agent"
  { name: "the speaker's side", language: 'en', applies: ({ sentence }) => isOnTheSpeakersSide(sentence) },
  // "do I need to talk to a person before paying?"
  {
    name: 'contact necessity asked',
    language: 'en',
    applies: ({ sentence }) => isContactNecessityAsked(sentence),
  },
  // "don't transfer me to sales", "the app keeps transferring me"
  {
    name: 'putting through refused',
    language: 'en',
    applies: ({ sentence }) => isPuttingThroughRefused(sentence),
  },
  // "just one person in the car", "has my case been assigned to someone yet?", "set up a call with my manager"
  {
    name: 'people named, none asked for',
    language: 'en',
    applies: ({ sentence }) => asksForNoOneNamed(sentence),
  },
  // "the letter was written by a person, not a machine": a person set against a machine, told.
  {
    name: 'a person set against a machine, told',
    language: 'en',
    applies: ({ sentence }) => tellsOfAPersonNotAMachine(sentence),
  },
  // "call me Sam": a name given, not a call asked for.
  { name: 'a name given', language: 'en', applies: ({ sentence }) => isANameGiven(sentence) },
  // "can I do this without talking to someone?"
  { name: 'without contact', language: 'en', applies: ({ sentence }) => isWithoutContact(sentence) },
  // "I am not talking to an agent", "no way I'm speaking to the manager"
  {
    name: 'a person refused',
    language: 'en',
    applies: ({ sentence }) =>
      refusesToTalkToAPerson(sentence, isEnglishPerson) &&
      !sentence.some((_, index) => isEnglishBotAt(sentence, index)),
  },
  // "how do I put someone on hold"
  { name: 'someone put on hold', language: 'en', applies: ({ sentence }) => isSomeonePutOnHold(sentence) },
  // "is someone on the way?": a visit under way, asked.
  {
    name: 'someone on the way',
    language: 'en',
    applies: ({ sentence }) => asksWhetherSomeoneIsComing(sentence),
  },
  // "should I call ahead before arriving?": the speaker's own call before a visit.
  { name: 'calling ahead', language: 'en', applies: ({ sentence }) => asksWhetherToCallAhead(sentence) },
  // "satış temsilcisi aranıyor": a job advertised, someone sought as staff.
  { name: 'staff sought', language: 'tr', applies: ({ words }) => isStaffSought(words) },
  // "temsilci çok kaba davrandı": staff reviewed or complained of.
  {
    name: 'a review of staff',
    language: 'tr',
    applies: ({ lang, sentence }) => isAReviewOfStaff(lang, sentence),
  },
  {
    name: 'a complaint about staff',
    language: 'tr',
    applies: ({ lang, sentence }) => isAComplaintAboutStaff(lang, sentence),
  },
  // "belgeleri yetkiliye iletin": a thing passed on to someone.
  {
    name: 'a thing passed on',
    language: 'tr',
    applies: ({ lang, sentence }) => isAThingPassedOn(lang, sentence),
  },
  // "temsilciyle konuşmak için yarım saat bekledim": a wish or a wait in the past, told.
  {
    name: 'a past wish or wait',
    language: 'tr',
    applies: ({ lang, sentence }) => tellsAPastWishOrWait(lang, sentence),
  },
  // "görüşme sağlayamadım", "beni departmanlara yönlendiriyorlar": what was done or what others do, told.
  { name: 'a telling ending', language: 'tr', applies: ({ sentence }) => endsTelling(sentence) },
  // "bu nasıl bir müşteri hizmeti?": scorn, asking nothing.
  { name: 'what kind, in scorn', language: 'tr', applies: ({ sentence }) => asksInScornWhatKind(sentence) },
  // "çağrı asistanı ne yapar": what a product of bots does.
  {
    name: 'a bot product asked about',
    language: 'tr',
    applies: ({ sentence }) => asksWhatABotProductDoes(sentence),
  },
  // "canlı destek sunuyor musunuz": whether support is offered.
  { name: 'support offered asked', language: 'tr', applies: ({ sentence }) => asksWhetherOffered(sentence) },
  // "başka bir operatöre geçmek istiyorum": moving to another provider.
  { name: 'switching provider', language: 'tr', applies: ({ sentence }) => tellsOfSwitching(sentence) },
  // "bağlanmak ölüm": contact told as hard, or as told.
  {
    name: 'contact told as hard',
    language: 'tr',
    applies: ({ lang, sentence }) => tellsContactAsHard(lang, sentence),
  },
  {
    name: 'contact told',
    language: 'tr',
    applies: ({ lang, sentence }) => tellsContactAsTold(lang, sentence),
  },
  // "kimse beni aramasın": calls refused.
  { name: 'calls refused', language: 'tr', applies: ({ sentence }) => refusesCalls(sentence) },
  // "no callback please", "no call back needed": a call back refused.
  {
    name: 'a call back refused',
    language: 'en',
    applies: ({ sentence }) => CALL_BACK_REFUSED.test(joinedWords(sentence)),
  },
  // "müdürümü ara": the speaker's own.
  {
    name: 'only own people',
    language: 'tr',
    applies: ({ lang, sentence }) => namesOnlyOwnPeople(lang, sentence),
  },
  // "sizi birime yönlendireyim": the business passing the customer on.
  {
    name: 'passing the customer on',
    language: 'tr',
    applies: ({ sentence }) => isPassingTheCustomerOn(sentence),
  },
  // "şikayetimi iletin": a thing sent on.
  {
    name: 'only a thing forwarded',
    language: 'tr',
    applies: ({ sentence }) => isOnlyAThingForwarded(sentence),
  },
  // "yönetici modu": a person word inside a thing's name.
  { name: 'only things', language: 'tr', applies: ({ lang, sentence }) => namesOnlyThings(lang, sentence) },
  // "yetkiliye ulaşabilirsiniz": a way told.
  { name: 'a way to reach told', language: 'tr', applies: ({ sentence }) => tellsAWayToReach(sentence) },
  // "başvurunuzu muhasebeye ilettik, yarın dönüş yapacağız": the business telling its own act.
  { name: 'own act told', language: 'tr', applies: ({ lang, sentence }) => tellsOwnAct(lang, sentence) },
  // "danışmanı aramalıyım": the speaker's own call to someone, an errand.
  { name: 'own call told', language: 'tr', applies: ({ lang, sentence }) => tellsOwnCall(lang, sentence) },
  // "son arayanı geri ara": the speaker's own call, ordered of an assistant.
  {
    name: 'own call ordered',
    language: 'tr',
    applies: ({ lang, sentence }) => ordersOwnCall(lang, sentence),
  },
  // "annemle görüşmek istiyorum": someone of the speaker's own to talk with.
  {
    name: "the speaker's own to talk with",
    language: 'tr',
    applies: ({ sentence }) => asksToTalkWithTheSpeakersOwn(sentence),
  },
  // "ne konuşmak istersin", "chatbot istiyoruz": said to a chat companion.
  { name: 'small talk', language: 'tr', applies: ({ sentence }) => isSmallTalk(sentence) },
  // "talebimi hangi temsilci inceledi", "bir temsilciden şikayetçiyim", "müşteri temsilcisi alıyor musunuz".
  {
    name: 'staff asked or told about',
    language: 'tr',
    applies: ({ sentence }) => isAboutStaffInTurkish(sentence),
  },
  { name: 'nobody to reach', applies: ({ words, language }) => !mentionsSomeoneToReach(words, language) },
  // A story of several sentences (a review, a complaint): the one the model liked best must name someone itself.
  {
    name: "a story's sentence names nobody",
    applies: ({ words, sentence, language }) =>
      isAStory(words, sentence) && !mentionsSomeoneToReach(sentence, language),
  },
];
