// Whether an English sentence asks for anything at all: a wish, a need, a plea, a question put to someone, an order.
// The model reads which words a request uses, not whether the sentence asks: a story or a review that names someone
// ("each time I'm transferred between departments") shares a request's words without asking for anything.
import { words } from './human-request-cues.js';
import { mentionsSomeoneToReach } from './model-anchor.js';
import { readEnglishTypoIn } from './model-anchor-typos.js';
import { isEnglishPerson } from './model-anchor-words.js';
import { tokenize } from './normalise.js';
import { makeTokenMemo } from './token-memo.js';

// A wish, a need, an attempt or a plea anywhere in the sentence, said now: "i need the fraud department", "I'd rather
// be connected to a supervisor", "struggling to get hold of anyone", "any chance I can be transferred". Told in the
// past ("I tried calling", "I wanted a manager", "she demanded") they are what happened.
const ASKING_WORDS = new Set(
  words(`want wanna wants need needs like prefer rather hoping hope wish must gotta please pls plz plss pleas plse
    kindly let lemme gimme request requesting demand require asap urgent urgently immediately trying try struggling
    struggle attempting looking wait waiting chance possible way help escalate callback appreciate grateful love
    seeking seek ask asking assistance assist needto wantto insist insisting abeg wonder wondering should`),
);
// Chat types these as badly as the rest: "wud apreciate", "plsss", "tryng".
const isAskingWord = makeTokenMemo((token: string) => readEnglishTypoIn(ASKING_WORDS, token));

// Modal verbs that put a question or an offer ("can I speak to a senior", "could some one contact me").
const MODALS = new Set(
  words(`can could may might will would shall should cna caan cn coul coud culd cud cld wud wuld woud wld shd cani
    canu couldi couldu`),
);
// Who a modal asks about: "can i", "could you", "will someone", "can this go to a human".
const ASKED = new Set(
  words(`i u you we someone somebody anyone anybody some1 this it he she they there one ur your somone`),
);

// "being connected to a person would be great": a wish put as what would please the speaker.
const PLEASING = new Set(
  words(`great nice good helpful ideal lovely better best appreciated amazing brilliant`),
);

// A question put at the start: "how do I reach billing", "where can I be connected", "is there a person".
const QUESTION_START = new Set(
  words(`how where who whom which what whats wat wats wht is are any anyone anybody do does`),
);
// An order at the start: "connect me to a represenative", "get me a manger", "transfer to operater".
const ORDER_START = new Set(
  words(`talk speak chat connect transfer put pass get give find bring send forward switch route call ring phone
    contact reach email text message page escalate have arrange move go hand let lets`),
);
// Who tells what happened: "they told me", "i rang", "the agent put me on hold" tell; "cn u get me thru" orders.
const TELLERS = new Set(words(`i im we they he she it you u the a my our your their this that there`));
// How far into a sentence an order's "me" may come: "get me", "cn u get me", "pls just put me".
const ORDER_REACH = 4;

// After "i'll": "only", "hold", "wait".
const TERMS = new Set(words(`only hold wait`));
// Whom an order inside a sentence moves: "give me", "connect us".
const THE_SPEAKER_MOVED = new Set(words(`me us`));
// What makes a verb before "me" told or wanted, not ordered: "to call me", "never call me", "will put me".
const NOT_ORDERED = new Set([
  ...MODALS,
  ...words(`to never not t dont didnt doesnt always keep keeps kept who that`),
]);

// Words that may open a sentence before the asking part: "hi, connect me", "so how do I", "ok please".
const OPENERS = new Set(words(`hi hello hey ok okay so just um uh and then now yes no well oh`));

// The machine the customer writes to: "talking to this bot is a waste of time" refuses it without asking anything.
const THE_BOT = new Set(words(`bot bots chatbot robot robots automated automatic ai virtual`));
const isTheBot = makeTokenMemo((token: string) => readEnglishTypoIn(THE_BOT, token));
// Words for the bot that more often name a thing the customer owns or uses ("i bought this computer", "the ticket
// machine ate my card"): the bot only when someone talks to it or is it ("talking to a computer", "you're a machine").
const THE_BOT_AS_A_THING = new Set(words(`machine machines computer computers`));
const isTheBotAsAThing = makeTokenMemo((token: string) => readEnglishTypoIn(THE_BOT_AS_A_THING, token));
const TALKED_TO = new Set(words(`to with a re are just only`));

function namesTheBot(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      isTheBot(token) ||
      (isTheBotAsAThing(token) &&
        (TALKED_TO.has(tokens[index - 1] as string) || TALKED_TO.has(tokens[index - 2] as string))),
  );
}
// "can't find how to reach anyone", "no idea how to get hold of you": how to do it, asked inside a sentence.
const HOW_TO = new Set(words(`to do can could would should`));
// Where a sentence turns from one part to the next: "you're not answering, get me a person" orders in its second.
const PART_BREAK = /[,;:]/u;

/** "to" however typed: "t", "ti", "ot", "too", or glued to a verb of contact ("toget", "toreach", "totalk"). */
const TO_TYPED = new Set(words(`to too t ti ot tp`));
const TO_GLUED = /^to(?:get|reach|speak|talk|contact|call|chat|be|go|see|find|discuss|deal|message|email)/u;

function isTo(token: string | undefined): boolean {
  return token !== undefined && (TO_TYPED.has(token) || TO_GLUED.test(token));
}

/**
 * Whether English tokens (folded) ask for something: a word of wishing, needing or pleading, a modal question about
 * someone, a question or an order at the start. "each time i m transferred between departments" and "customer
 * service is good too" ask nothing; "any chnce i can be transferred" and "get me a manger" ask.
 */
export function asksSomething(tokens: readonly string[]): boolean {
  let start = 0;
  while (start < tokens.length && OPENERS.has(tokens[start] as string)) {
    start += 1;
  }
  const first = tokens[start];
  if (first !== undefined && (QUESTION_START.has(first) || ORDER_START.has(first) || MODALS.has(first))) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (isAskingWord(token)) {
      return true;
    }
    if (token === 'how' && (HOW_TO.has(tokens[index + 1] as string) || isTo(tokens[index + 1]))) {
      return true;
    }
    // "i'll only discuss this with a person", "i'll hold for an agent": the speaker's terms, or waiting now.
    if (token === 'll' && TERMS.has(tokens[index + 1] as string)) {
      return true;
    }
    // "a real person has to see this", "i have to speak to billing": an obligation now ("i had to call" tells).
    if ((token === 'have' || token === 'has') && isTo(tokens[index + 1])) {
      return true;
    }
    // "this calls for a real person", "this issue requires a human".
    if ((token === 'calls' && tokens[index + 1] === 'for') || token === 'requires') {
      return true;
    }
    if (token === 'would' && tokens[index + 1] === 'be' && PLEASING.has(tokens[index + 2] as string)) {
      return true;
    }
    // An order inside the sentence: "this is not helping give me support", "…going in circles just connect me";
    // not what someone did or does ("they put me on hold", "i just call and wait").
    if (
      index > start &&
      ORDER_START.has(token) &&
      (THE_SPEAKER_MOVED.has(tokens[index + 1] as string) || tokens[index - 1] === 'just') &&
      !TELLERS.has(tokens[index - 1] as string) &&
      !TELLERS.has(tokens[index - 2] as string) &&
      !NOT_ORDERED.has(tokens[index - 1] as string)
    ) {
      return true;
    }
    // An order that names the speaker: "hook me up w somone", "cn u get me thru to sum1".
    if ((token === 'me' || token === 'us') && index > start && index - start <= ORDER_REACH) {
      if (!TELLERS.has(tokens[start] as string)) {
        return true;
      }
    }
    if (MODALS.has(token)) {
      const next = tokens[index + 1];
      const after = tokens[index + 2];
      if (
        (next !== undefined && ASKED.has(next)) ||
        (next === 'not' && after !== undefined && ASKED.has(after))
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether a folded English sentence only tells: no part of it asks, it is not a question and it says nothing of the
 * bot. In a story of several sentences, the one that names someone is then part of what happened ("each time I'm
 * transferred between departments"), not a request. `isQuestion`: the sentence ended with a question mark.
 */
export function onlyTells(sentence: string, isQuestion: boolean): boolean {
  if (isQuestion) {
    return false;
  }
  for (const part of sentence.split(PART_BREAK)) {
    const tokens = tokenize(part);
    if (namesTheBot(tokens) || asksSomething(tokens)) {
      return false;
    }
  }
  return true;
}

// A statement is read from its subject and the verb after it; a verb we do not know (a typo, "i ned", "i wnt") is
// no statement, so the reading only ever turns away what it can read.
/** Subjects other than the speaker: any finite verb after them states. */
const OTHER_SUBJECTS = new Set(
  words(`we you u they he she it this that there none nobody nothing everyone everybody humans people`),
);
/** What the speaker tells of themselves: "i bought", "i know", "i keep getting", "i ll just take". */
const TOLD_BY_ME = new Set(
  words(`had did got bought paid took went came made said told rang spoke talked knew know think thought saw found
    lost used received ordered sent keep kept have given gave`),
);
/** "i'm calling from…", "i'm here": where the speaker is or what they are doing, told. */
const WHERE_I_AM = new Set(words(`here there on in at from a an the`));
/** Finite verbs after another subject or a noun phrase: "a security notice has been issued". */
const FINITE = new Set(
  words(`is are re s was were been has have had do does did don doesn didn will wont would can cant could couldn
    keeps kept says said told left gave took hung cut`),
);
/** Words before a statement's subject: "omg i just realised…", "wow you re better…", "literally anyone who…". */
const INTERJECTIONS = new Set(words(`literally wow omg lol haha ugh honestly seriously actually`));
/** Words that may stand between a subject and its verb: "i just", "ai constantly", "i recently". */
const ADVERBS = new Set(
  words(`just recently already never always really constantly also still only even actually`),
);
/** What opens a noun phrase that may be a statement's subject: "the manager of your shop has…". */
const DETERMINERS = new Set(words(`the a an my your our their his her its this that these those`));
const SUBJECT_MOST = 6;
// "whoever is in charge of lost property", "anyone who works there": someone named by what they do, not a statement.
const WHOEVER = new Set(words(`whoever whomever`));
const WHO = new Set(words(`who that which`));
const PAST = /^[a-z]{4,}ed$/u;

function verbAt(tokens: readonly string[], at: number): number {
  let index = at;
  while (ADVERBS.has(tokens[index] as string)) {
    index += 1;
  }
  return index;
}

/** "i'm finished with this chatbot", "i'm done with…": the speaker fed up, which may turn from the bot. */
const FED_UP = new Set(words(`finished done sick tired fed`));

/** What may follow "i'm", "i was", "i've been": where the speaker is, a verb told ("i was charged"), "-ing". */
function isToldState(word: string): boolean {
  if (FED_UP.has(word)) {
    return false;
  }
  return WHERE_I_AM.has(word) || PAST.test(word) || TOLD_BY_ME.has(word) || word.endsWith('ing');
}

/**
 * Whether the speaker's verb at `at` tells: "i bought", "i have device manager open", "i m calling from", "i was
 * charged", "i ve been passed", "i ll just take"; not "i have to", "i ll wait", "i was hopnog" (a verb misread).
 */
function tellsOfTheSpeaker(tokens: readonly string[], at: number): boolean {
  const verb = tokens[at] as string;
  const next = tokens[at + 1] ?? '';
  switch (verb) {
    case 'm':
    case 'am':
    case 'was':
    case 'were':
      // "i m not going to bother": told.
      return next === 'not' ? tokens[at + 2] === 'going' : isToldState(next);
    case 've':
      return next === 'been' ? isToldState(tokens[at + 2] ?? '') : PAST.test(next) || TOLD_BY_ME.has(next);
    case 'll':
      return next === 'just';
    case 'have':
    case 'had':
      return !isTo(next);
    default:
      return TOLD_BY_ME.has(verb) || PAST.test(verb);
  }
}

function isTellingVerb(tokens: readonly string[], at: number): boolean {
  const verb = tokens[at] as string;
  return FINITE.has(verb) || PAST.test(verb);
}

/**
 * Whether English tokens (folded) make a statement we can read: the speaker and a verb that tells ("i bought this
 * computer", "i m calling from an estate agent"), or another subject or a noun phrase with a finite verb ("you are
 * not real", "the manager of your shop has left"). A noun phrase alone ("the billing team"), an order ("open a chat
 * with an agent"), someone named by what they do ("whoever is in charge") or a verb we cannot read ("i ned the
 * claims department") is none.
 */
export function isAStatement(tokens: readonly string[]): boolean {
  let start = 0;
  while (
    start < tokens.length &&
    (OPENERS.has(tokens[start] as string) || INTERJECTIONS.has(tokens[start] as string))
  ) {
    start += 1;
  }
  const first = tokens[start] as string;
  if (first === 'i') {
    return tellsOfTheSpeaker(tokens, verbAt(tokens, start + 1));
  }
  if (OTHER_SUBJECTS.has(first)) {
    return isTellingVerb(tokens, verbAt(tokens, start + 1));
  }
  if (WHOEVER.has(first) || !DETERMINERS.has(first)) {
    return false;
  }
  for (let index = start + 1; index < tokens.length && index <= start + SUBJECT_MOST; index += 1) {
    if (WHO.has(tokens[index] as string)) {
      return false;
    }
    if (isTellingVerb(tokens, index)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a folded English sentence tells something and asks nothing: a statement (isAStatement) that only tells
 * (onlyTells). The model's reading of such a sentence ("i bought this computer three months ago", "i ll just take
 * the escalator") shares a request's words without asking for anyone.
 */
export function onlyStates(sentence: string, isQuestion: boolean): boolean {
  if (isQuestion) {
    return false;
  }
  // One pass over the parts, onlyTells' reading and the statement's together.
  for (const part of sentence.split(PART_BREAK)) {
    const tokens = tokenize(part);
    if (tokens.length > 0 && (namesTheBot(tokens) || asksSomething(tokens) || !isAStatement(tokens))) {
      return false;
    }
  }
  return true;
}

// A way of contact named first, as a menu or a chat widget's choice is typed: "live chat with a person".
const WAY_OF_CONTACT_FIRST = new Set(words(`live livechat chat callback`));
// Someone named first and only described after, the way a plea or an answer to "whom?" is typed: "literally anyone who
// works there", "someone from billing"; not someone who does something ("people tease me").
const BEFORE_SOMEONE = new Set(
  words(`literally just any a an the some real actual proper live please pls plz`),
);
const DESCRIBING = new Set(words(`who that from at in of with please pls plz now asap`));

// A verb that tells of the one named first: "the engineers at the depot were late".
const TOLD_OF = new Set(
  words(`is are was were has have had do does did will would keeps kept said says told`),
);

function namesSomeoneFirst(tokens: readonly string[]): boolean {
  let start = 0;
  while (start < tokens.length && BEFORE_SOMEONE.has(tokens[start] as string)) {
    start += 1;
  }
  const next = tokens[start + 1];
  return (
    start < tokens.length &&
    isEnglishPerson(tokens[start] as string) &&
    (next === undefined || DESCRIBING.has(next)) &&
    !tokens.some((token, index) => index > start && TOLD_OF.has(token))
  );
}

/**
 * Whether a folded English sentence asks nothing at all: no question mark, and no part of it names the bot or asks
 * (asksSomething). Wider than onlyStates: "members of the staff", "computer is not getting switched on" are no
 * statement of the speaker's and still ask nothing.
 */
export function asksNothing(sentence: string, isQuestion: boolean): boolean {
  if (isQuestion) {
    return false;
  }
  for (const part of sentence.split(PART_BREAK)) {
    const tokens = tokenize(part);
    if (
      tokens.length > 0 &&
      (namesTheBot(tokens) ||
        asksSomething(tokens) ||
        WAY_OF_CONTACT_FIRST.has(tokens[0] as string) ||
        namesSomeoneFirst(tokens))
    ) {
      return false;
    }
  }
  return true;
}

// "I don't want to talk to a bot, how do I cancel?": talking to the bot refused outright still asks for a person.
const TALKING_TO_IT = new Set(
  words(
    `talk talking speak speaking chat chatting deal dealing type typing share sharing write writing communicate`,
  ),
);

/**
 * Whether a message (its clauses, folded) asks the bot itself for something after or beside a complaint about it:
 * "your chatbot is rubbish, just tell me where my refund is", "I hate bots but fine, how do I change my address". A
 * clause asks something, names no one to reach and no bot, the message names no one to reach at all and does not
 * refuse talking to the bot: the customer puts up with the bot for the task ("this bot is useless, get me a human"
 * still asks for someone).
 */
export function asksTheBotForATask(
  clauses: readonly (readonly string[])[],
  refusesTheBot: (clause: readonly string[]) => boolean,
): boolean {
  return (
    !clauses.some(
      (clause) =>
        (mentionsSomeoneToReach(clause, 'en') && !namesTheBot(clause)) ||
        (namesTheBot(clause) && clause.some((token) => TALKING_TO_IT.has(token))),
    ) && clauses.some((clause) => !namesTheBot(clause) && !refusesTheBot(clause) && asksSomething(clause))
  );
}
