// Asking to be put through to a part of the business with no word for a person: "can you transfer me?", "put me
// through to the accounts office", "pass me to shipping", "can I be redirected to product inquiries?".
import { afterAQuestionToYou, ENGLISH_CUES, HOW_MODALS, PLEAS, words } from './human-request-cues.js';
import { isEnglishPerson } from './model-anchor-words.js';
import { PASSIVE_NOT, passiveAskedFrom } from './human-request-passive.js';

/** Verbs that put a caller or a chat through to someone; "put" and "patch" only with "through" after "me". */
const PUTTING = new Set(words(`transfer connect pass redirect forward route put patch`));
/** Of those, the ones that ask with nothing after "me" ("can you transfer me?"); "pass me" alone hands a thing. */
const PUTTING_ALONE = new Set(words(`transfer connect redirect forward route`));
/** Of those, the ones that ask with the one put through left out ("connect to billing"); "forward to" sends a thing. */
const THROUGH_ALONE = new Set(words(`transfer connect redirect route`));
/** The same verbs in the passive, after "be" ("can I be transferred", "I'd like to be put through"). */
const PUT_PASSIVE = new Set(words(`transferred connected passed redirected forwarded routed put patched`));
/** What may come before the verb in a request: "yes please", "can you", "could you just", "can't you". */
const ASKING_BEFORE = new Set(
  words(`yes yeah ok okay so then please pls plz can could would will you u just kindly actually now hi hello and
    also cant couldnt wont`),
);
/** What may end the request after "me" or after the part named: "please", "now", "asap", "sir", "ji". */
const ENDING = new Set(
  words(`please pls plz now asap thanks thank you right away again quickly immediately its it s urgent urgently
    emergency or not directly sir maam madam ji bro bhai mate dear`),
);
const RUN_ON = new Set(words(`i im ive id`));
// "I'd rather not be transferred": turned down, as the shared words say, or rather not.
const RATHER_NOT = 'rather';
/** A part of the business that people work in ("the billing department", "IT support", "the front desk"). */
const UNITS = new Set(
  words(`department departments dept team office desk line support helpdesk reception billing sales shipping
    returns accounts claims hr operations inquiries enquiries complaints admissions pharmacy control counter unit
    ward restaurant payable receivable payroll finance legal collections dispatch housekeeping concierge
    registry branch clinic surgery relations infosec security onboarding admissions dispensary depot warehouse
    lettings underwriting fraud dept hotel reservations bookings escalations lab laboratory retention
    cancellations banking cell services division section`),
);
/** The speaker's own or a third person's: "my savings account", "his office". */
const NOT_OURS_WORDS = words(`my our his her their me us`);
/** A thing named after a unit: "the support page", "the billing address"; not a part to be put through to. */
const UNIT_THINGS = new Set(
  words(`page pages site website app portal link links article articles address plan plans account ticket form email
    number`),
);
// "connect me to the out of hours team", "the out of hours repairs team": a name of up to five words before the unit.
const UNIT_REACH = 6;
const ASKED_FOR_NOW = new Set(words(`please pls plz asap now urgently immediately directly`));
/** The most words of "at the airport", "in the Leeds branch" after a unit, to the clause's end. */
const WHERE_MOST = 5;

/** After a unit's name: who works there, or what the customer wants of it ("billing about my refund"). */
const AFTER_UNIT = new Set(
  words(`people staff person agent someone somebody rep representative about regarding for re
  because as since where that which who`),
);

/**
 * Whether the words after "to" name a unit within a few words, and the unit ends the clause or is followed by
 * who works there or why: "the treasurer's office", "it support please", "billing about my refund"; not "the
 * office printer", "the returns policy", "the billing address".
 */
function namesAUnit(tokens: readonly string[], from: number, endingFrom: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + UNIT_REACH); index += 1) {
    if (UNITS.has(tokens[index] ?? '')) {
      let next = index + 1;
      while (UNITS.has(tokens[next] ?? '')) {
        next += 1;
      }
      const after = tokens[next];
      // "the car rental counter at the airport": where the unit is, named after it.
      if (after === 'at' || after === 'in') {
        return (
          tokens.length - next <= WHERE_MOST && !tokens.slice(next).some((token) => UNIT_THINGS.has(token))
        );
      }
      // "the clinic's reception": the unit's owner first, the unit after it.
      if (after === 's' && index + 2 < from + UNIT_REACH + 2) {
        return namesAUnit(tokens, next + 1, endingFrom);
      }
      // "infosec asap, i entered my password on a weird site": asked for, then why.
      return (
        after === undefined ||
        isWhyToldAfter(tokens, next) ||
        AFTER_UNIT.has(after) ||
        ASKED_FOR_NOW.has(after) ||
        (!UNIT_THINGS.has(after) && next >= endingFrom)
      );
    }
  }
  return false;
}

// "put me through to claims my claim number is 4472", "connect me with fraud i lost my card": the reason told right
// after the unit, as a new sentence with its stop left out.
const TELLING_FIRST = new Set(words(`my i im ive we our its`));
const TOLD_MOST_WORDS = 2;

const FILLERS = new Set(words(`um umm uh er erm so and ok okay`));

function isWhyToldAfter(tokens: readonly string[], from: number): boolean {
  let at = from;
  while (FILLERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  return TELLING_FIRST.has(tokens[at] ?? '') && tokens.length - at > TOLD_MOST_WORDS;
}

/** Where the clause's closing words ("please", "now", "thanks") begin: tokens.length when it has none. */
function endingStart(tokens: readonly string[]): number {
  let from = tokens.length;
  while (from > 0 && ENDING.has(tokens[from - 1] ?? '')) {
    from -= 1;
  }
  return from;
}

/** What follows the one put through: nothing (or "please"), or "to" and a unit. */
function isPutThroughAfter(
  tokens: readonly string[],
  from: number,
  mayEnd: boolean,
  endingFrom: number,
): boolean {
  let next = from;
  if (tokens[next] === 'through') {
    next += 1;
  }
  if (next >= endingFrom) {
    return mayEnd;
  }
  // "pls transfer me im on my lunch break": the ask, then a sentence run on from the speaker.
  if (mayEnd && RUN_ON.has(tokens[next] ?? '')) {
    return true;
  }
  const isThroughTo = tokens[from] === 'through' && tokens[next] === 'to';
  return (
    (tokens[next] === 'to' || tokens[next] === 'with') &&
    (namesAUnit(tokens, next + 1, endingFrom) ||
      (isThroughTo && isAShortNameThroughTo(tokens.slice(next + 1, endingFrom))))
  );
}

// "put me through to corporate travel please": "put through to" is said of a call, so a short name after it is a part
// of the business the grammar has no word for; not the next stage of a contest ("put me through to the next round")
// nor the speaker's own or a thing ("my account", "the support page").
const THROUGH_NAME_MOST = 3;
const NOT_A_PART = new Set([...NOT_OURS_WORDS, ...words(`next final round level stage step another`)]);

function isAShortNameThroughTo(name: readonly string[]): boolean {
  return (
    name.length > 0 &&
    name.length <= THROUGH_NAME_MOST &&
    !name.some((token) => NOT_A_PART.has(token) || UNIT_THINGS.has(token))
  );
}

// "I'd like to speak to the admissions office please", "can I talk to the billing department": talking to a unit of
// the business, asked; "I talked to the billing department" tells.
const TALKING = new Set(words(`talk speak chat`));
const ASKING_TO_TALK = new Set(
  words(`please pls plz hi hello so ok okay yes can could may i id d would want need wanna like love to just really
    urgently let me`),
);

// "how may I talk with your information desk", "how do I speak to the claims team": the way to them, asked.
const HOW_ASKING = new Set(words(`do can could may should`));

function isTalkToAUnit(tokens: readonly string[], endingFrom: number): boolean {
  const at = tokens.findIndex((token) => TALKING.has(token));
  const from = tokens[0] === 'how' && HOW_ASKING.has(tokens[1] ?? '') ? 2 : 0;
  return (
    at >= 0 &&
    (tokens[at + 1] === 'to' || tokens[at + 1] === 'with') &&
    tokens.slice(from, at).every((token) => ASKING_TO_TALK.has(token)) &&
    namesAUnit(tokens, at + 2, endingFrom)
  );
}

// "how do I contact the grievance cell?", "how can I reach enrollment services", "how do we email the records office":
// the way to a unit of the business, asked; "how do I contact the seller" names someone else.
const REACHING_A_UNIT = new Set(words(`contact reach email call phone ring`));
const ASKED_BY = new Set(words(`i we`));
// "how do I contact the restaurant": in an order, the restaurant is someone else's business; "my cell" the speaker's.
const SOMEONE_ELSES = new Set([...NOT_OURS_WORDS, ...words(`restaurant restaurants`)]);

function isTheWayToAUnitAsked(tokens: readonly string[], endingFrom: number): boolean {
  if (tokens[0] !== 'how') {
    return false;
  }
  // "how do I contact …", "how to contact …"
  const verb =
    HOW_ASKING.has(tokens[1] ?? '') && ASKED_BY.has(tokens[2] ?? '') ? 3 : tokens[1] === 'to' ? 2 : -1;
  return (
    verb > 0 &&
    REACHING_A_UNIT.has(tokens[verb] ?? '') &&
    !tokens.slice(verb + 1).some((token) => SOMEONE_ELSES.has(token)) &&
    namesAUnit(tokens, verb + 1, endingFrom)
  );
}

/**
 * Whether an English clause asks to be put through with no word for a person: an imperative or a question to the
 * one answering ("transfer me to IT support please", "can you transfer me?", "put me through to the accounts
 * office"), or the passive asked by the speaker ("can I be redirected to billing?", "I'd like to be put through to
 * claims"). "The app keeps transferring me", "don't transfer me" and "transfer me to my savings account" are not.
 */
// "stop asking me questions and transfer me", "forget it and put me through": an order after an order the clause
// opens with, joined by "and" ("they asked questions and transferred me" tells).
const ORDERS_OPENING = new Set(words(`stop quit cut forget skip enough please just ok okay`));

function isSecondOrder(tokens: readonly string[], index: number): boolean {
  return tokens[index - 1] === 'and' && ORDERS_OPENING.has(tokens[0] ?? '');
}

// "please add an agent to the chat", "bring someone from billing into this conversation", "loop a supervisor in on
// this call": someone of the business added to the conversation; not the speaker's own ("add my wife to the account")
// nor a thing ("add a person to my booking").
const ADDING = new Set(words(`add bring invite pull loop get`));
const ADDED_FROM = new Set(words(`a an the someone somebody anyone anybody your one`));
const NOT_OURS = new Set(NOT_OURS_WORDS);
const INTO = new Set(words(`to into in`));
const CONVERSATION = new Set(words(`chat conversation call thread session chatroom convo`));
const WHICH_CONVERSATION = new Set(words(`the this our`));
const ADDED_MOST = 5;

function isAddedToTheChat(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!ADDING.has(token) || !ADDED_FROM.has(tokens[index + 1] ?? '')) {
      return false;
    }
    for (let at = index + 2; at <= index + 1 + ADDED_MOST && at < tokens.length; at += 1) {
      const word = tokens[at] ?? '';
      if (NOT_OURS.has(word)) {
        return false;
      }
      if (INTO.has(word)) {
        const next = tokens[at + 1] === 'on' ? at + 2 : at + 1;
        const head = WHICH_CONVERSATION.has(tokens[next] ?? '') ? next + 1 : next;
        return CONVERSATION.has(tokens[head] ?? '');
      }
    }
    return false;
  });
}

const CALL_MOVERS = new Set(words(`transfer forward pass escalate`));
const THE_CALL_WHOSE = new Set(words(`the my this our`));

// "why aren't you transferring me?", "why won't you connect me": not being put through, asked as a reproach.
const WHY_NOT = new Set(words(`aren won don can isn wont dont cant arent`));
const PUTTING_THROUGH = new Set(
  words(`transfer transferring connect connecting put putting escalate escalating pass passing`),
);

function asksWhyNotPutThrough(tokens: readonly string[]): boolean {
  const at = tokens[0] === 'why' ? 1 : -1;
  const you = tokens[at + 1] === 't' ? at + 2 : at + 1;
  return (
    at > 0 &&
    WHY_NOT.has(tokens[at] ?? '') &&
    (tokens[you] === 'you' || tokens[you] === 'u') &&
    PUTTING_THROUGH.has(tokens[you + 1] ?? '') &&
    (tokens[you + 2] === 'me' || tokens[you + 2] === 'us') &&
    isPutThroughToSomeone(tokens.slice(you + 3))
  );
}

// "… me", "… me through already", "… me to a human": to someone; "… me to another date" moves a booking.
const AFTER_ME = new Set(words(`through already yet now please`));

function isPutThroughToSomeone(rest: readonly string[]): boolean {
  if (rest.length === 0 || AFTER_ME.has(rest[0] ?? '')) {
    return true;
  }
  return rest[0] === 'to' && rest.slice(1, 4).some((word) => isEnglishPerson(word));
}

export function isPutThrough(tokens: readonly string[]): boolean {
  if (isAddedToTheChat(tokens) || asksWhyNotPutThrough(tokens)) {
    return true;
  }
  // Worked out once, so a long message costs one pass: where the asking words before a verb stop, where the first
  // "not" stands, where the closing words begin.
  // "if so transfer me", "if not put me through": the answer to a question before, then the ask.
  let askingUntil = tokens[0] === 'if' && (tokens[1] === 'so' || tokens[1] === 'not') ? 2 : 0;
  while (ASKING_BEFORE.has(tokens[askingUntil] ?? '')) {
    askingUntil += 1;
  }
  const firstNot = tokens.findIndex((word) => PASSIVE_NOT.has(word) || word === RATHER_NOT);
  const endingFrom = endingStart(tokens);
  if (firstNot < 0 && (isTalkToAUnit(tokens, endingFrom) || isTheWayToAUnitAsked(tokens, endingFrom))) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    // "connect to the pharmacy counter", "transfer to billing please": the one put through left out.
    if (
      THROUGH_ALONE.has(token) &&
      index <= askingUntil &&
      (tokens[index + 1] === 'to' || tokens[index + 1] === 'with') &&
      namesAUnit(tokens, index + 2, endingFrom)
    ) {
      return true;
    }
    // "can you transfer the call?", "please transfer my call to billing": the speaker's call put through.
    if (
      CALL_MOVERS.has(token) &&
      index <= askingUntil &&
      THE_CALL_WHOSE.has(tokens[index + 1] ?? '') &&
      tokens[index + 2] === 'call' &&
      isPutThroughAfter(tokens, index + 3, true, endingFrom)
    ) {
      return true;
    }
    if (PUTTING.has(token) && (tokens[index + 1] === 'me' || tokens[index + 1] === 'us')) {
      const needsThrough = token === 'put' || token === 'patch';
      if (
        (index <= askingUntil || isSecondOrder(tokens, index)) &&
        (!needsThrough || tokens[index + 2] === 'through') &&
        isPutThroughAfter(tokens, index + 2, PUTTING_ALONE.has(token) || needsThrough, endingFrom)
      ) {
        return true;
      }
    }
    if (PUT_PASSIVE.has(token)) {
      if (
        (firstNot === -1 || firstNot > index) &&
        passiveAskedFrom(tokens, index) >= 0 &&
        (token !== 'put' || tokens[index + 1] === 'through') &&
        isPutThroughAfter(tokens, index + 1, true, endingFrom)
      ) {
        return true;
      }
    }
  }
  return false;
}

// "I need level 2 support", "escalate this to tier 3", "get me second line", "I need higher level support": a higher
// level of support, asked for.
const LEVELS = new Set(words(`level tier line`));
const HIGHER = new Set(words(`2 3 two three ii iii`));
const ORDINALS = new Set(words(`second third 2nd 3rd`));
// "higher level support", "an upper tier agent": the level named by how high, and the people of it after; "a higher tier
// plan" names a thing.
const RAISED = new Set(words(`higher upper`));
const PEOPLE_OF_A_LEVEL = new Set(
  words(`support help team agent agents tech techs technician engineer engineers staff`),
);
const LEVEL_ASKS = new Set(words(`need want escalate get transfer connect move speak talk put send`));

/** Whether an English clause asks for a higher level of support ("I need level 2 support"). */
export function asksForAHigherLevel(tokens: readonly string[]): boolean {
  const level = tokens.findIndex(
    (token, index) =>
      (LEVELS.has(token) && HIGHER.has(tokens[index + 1] ?? '')) ||
      (ORDINALS.has(token) && LEVELS.has(tokens[index + 1] ?? '')) ||
      (RAISED.has(token) &&
        LEVELS.has(tokens[index + 1] ?? '') &&
        PEOPLE_OF_A_LEVEL.has(tokens[index + 2] ?? '')),
  );
  return (
    (level > 0 && tokens.slice(0, level).some((token) => LEVEL_ASKS.has(token))) || asksToGoHigher(tokens)
  );
}

// "escalate it up the chain", "raise this to a higher level", "can you forward my complaint to management", "please
// escalate my case", "i need this to go higher": the matter taken to the business's higher people, asked; "the price
// went higher" and "don't escalate this" do not ask.
const GOING_HIGHER = new Set(words(`escalate raise take send move bump kick push forward refer pass`));
const THE_MATTER = new Set(words(`it this that me us`));
const WHOSE_MATTER = new Set(words(`my our the this`));
const MATTERS = new Set(words(`case complaint ticket issue problem matter query request claim concern`));
const HIGHER_UP = new Set(
  words(`management manager managers superior superiors senior seniors supervisor
  supervisors boss bosses`),
);
const HIGHER_FILLERS = new Set(words(`a the your someone somebody more upper higher`));
const STILL_ASKED = new Set(words(`please pls plz asap now immediately urgently today`));

/** Where the matter taken higher ends after the verb at `verb` ("it", "my complaint"), or -1. */
function afterTheMatter(tokens: readonly string[], verb: number): number {
  if (THE_MATTER.has(tokens[verb + 1] ?? '')) {
    return verb + 2;
  }
  if (WHOSE_MATTER.has(tokens[verb + 1] ?? '') && MATTERS.has(tokens[verb + 2] ?? '')) {
    return verb + 3;
  }
  // "escalate issue", "escalate ticket asap": chat drops the article; "take issue with the manager" disagrees.
  return tokens[verb] === 'escalate' && MATTERS.has(tokens[verb + 1] ?? '') ? verb + 2 : -1;
}

/** Where a destination higher up ends at `at` ("higher", "up the chain", "to a higher level", "to management"), or -1. */
function afterHigherUp(tokens: readonly string[], at: number): number {
  if (tokens[at] === 'higher') {
    return tokens[at + 1] === 'up' ? at + 2 : at + 1;
  }
  if (
    tokens[at] === 'up' &&
    tokens[at + 1] === 'the' &&
    (tokens[at + 2] === 'chain' || tokens[at + 2] === 'ladder')
  ) {
    return at + 3;
  }
  if (tokens[at] !== 'to' && tokens[at] !== 'with') {
    return -1;
  }
  let to = at + 1;
  while (HIGHER_FILLERS.has(tokens[to] ?? '')) {
    to += 1;
  }
  if (HIGHER_UP.has(tokens[to] ?? '') || (tokens[to] === 'level' && tokens[to - 1] === 'higher')) {
    return to + 1;
  }
  // "to someone higher", "to someone more senior"
  if ((tokens[to] === 'up' || tokens[to] === 'ups') && tokens[to - 1] === 'higher') {
    return to + 1;
  }
  return tokens[to - 1] === 'higher' && to - 1 > at + 1 ? to : -1;
}

function asksToGoHigher(tokens: readonly string[]): boolean {
  let at = 0;
  while (PLEAS.has(tokens[at] ?? '') || tokens[at] === 'just' || tokens[at] === 'so') {
    at += 1;
  }
  at = afterAQuestionToYou(tokens, at);
  // "how do I escalate this", "how can we escalate my complaint", "how to escalate": the way to take it higher, asked.
  if (tokens[at] === 'how') {
    const verb =
      tokens[at + 1] === 'to'
        ? at + 2
        : HOW_MODALS.has(tokens[at + 1] ?? '') && ASKED_BY.has(tokens[at + 2] ?? '')
          ? at + 3
          : -1;
    if (verb < 0 || tokens[verb] !== 'escalate') {
      return false;
    }
    at = verb;
  }
  // "i need this to go higher", "i want it to go up the chain"
  if (
    (tokens[at] === 'i' || tokens[at] === 'we') &&
    (tokens[at + 1] === 'need' || tokens[at + 1] === 'want')
  ) {
    const matter = afterTheMatter(tokens, at + 1);
    if (matter > 0 && tokens[matter] === 'to' && tokens[matter + 1] === 'go') {
      const end = afterHigherUp(tokens, matter + 2);
      return end > 0 && tokens.slice(end).every((token) => STILL_ASKED.has(token));
    }
    return false;
  }
  if (!GOING_HIGHER.has(tokens[at] ?? '')) {
    return false;
  }
  const matter = afterTheMatter(tokens, at);
  // "please escalate", "escalate my case asap": escalating is taking it higher by itself.
  if (tokens[at] === 'escalate') {
    const from = matter > 0 ? matter : at + 1;
    const end = afterHigherUp(tokens, from);
    return (
      (at > 0 || matter > 0) && tokens.slice(end > 0 ? end : from).every((token) => STILL_ASKED.has(token))
    );
  }
  const end = matter > 0 ? afterHigherUp(tokens, matter) : -1;
  return end > 0 && tokens.slice(end).every((token) => STILL_ASKED.has(token));
}

/** The verbs of putting through in every form, as told not to happen or as told of happening again and again. */
const PUTTING_FORMS = new Set(
  words(`transfer transferring transferred transfers connect connecting connected redirect redirecting redirected
    forward forwarding forwarded pass passing passed bounce bouncing bounced route routing routed put calling
    emailing texting contacting ringing phoning messaging`),
);
/** Right before the verb: telling the bot not to ("don't", "never"). */
const TOLD_NOT_TO = new Set(words(`dont never`));
/** Right before the verb's -ing form: telling it to stop, or that it keeps doing it. */
const KEEPS_DOING = new Set(words(`stop quit keep keeps kept`));
/** "don't", "didn't", "won't", "wouldn't" as tokenize splits them ("don", "t"). */
const NOT_CONTRACTED = new Set(words(`don doesn didn won wouldn couldn`));

/** "I wouldn't like to be transferred", "I'd rather not be put through": the passive turned down before the verb. */
function isPassiveTurnedDown(tokens: readonly string[], index: number): boolean {
  if (tokens[index - 1] !== 'be') {
    return false;
  }
  for (let back = Math.max(0, index - 6); back < index - 1; back += 1) {
    const word = tokens[back] ?? '';
    if (PASSIVE_NOT.has(word) || (word === 't' && NOT_CONTRACTED.has(tokens[back - 1] ?? ''))) {
      return true;
    }
  }
  return false;
}

/**
 * Whether an English sentence tells the bot not to put the speaker through, or tells of being put through again and
 * again: "don't transfer me to sales", "please stop transferring me", "the app keeps transferring me", "you keep
 * bouncing me around". Neither asks for anyone; a request in the same message ("stop transferring me and get me a
 * manager") is the grammar's, read before. "My order never arrived, connect me with sales" still asks.
 */
export function isPuttingThroughRefused(tokens: readonly string[]): boolean {
  for (let index = 1; index < tokens.length; index += 1) {
    const verb = tokens[index] ?? '';
    if (PUTTING_FORMS.has(verb) && isPassiveTurnedDown(tokens, index)) {
      return true;
    }
    if (!PUTTING_FORMS.has(verb) || (tokens[index + 1] !== 'me' && tokens[index + 1] !== 'us')) {
      continue;
    }
    const before = tokens[index - 1] ?? '';
    const twoBefore = tokens[index - 2] ?? '';
    if (
      TOLD_NOT_TO.has(before) ||
      (KEEPS_DOING.has(before) && verb.endsWith('ing')) ||
      (before === 'not' && (twoBefore === 'do' || twoBefore === 'please')) ||
      (before === 't' && NOT_CONTRACTED.has(twoBefore))
    ) {
      return true;
    }
  }
  return false;
}

// "card stolen need fraud dept on the phone NOW", "can i get somebody from it on the phone": someone of the business
// or a part of it fetched to the line; not "get my mom on the phone" (the speaker's own).
const FETCHING = new Set(words(`get need want have gimme`));
const LINES = new Set(words(`phone line call`));
const FETCHED = new Set([...ENGLISH_CUES.strongTargets, ...ENGLISH_CUES.weakTargets, ...UNITS]);
const SPEAKERS_OWN = new Set(words(`my our his her their`));
const FETCH_MOST = 6;

/** Whether an English clause asks for someone of the business fetched to the line. */
export function isFetchedToTheLine(tokens: readonly string[]): boolean {
  const on = tokens.findIndex(
    (token, index) => token === 'on' && tokens[index + 1] === 'the' && LINES.has(tokens[index + 2] ?? ''),
  );
  if (on < 1) {
    return false;
  }
  const verb = tokens.findLastIndex((token, index) => index < on && FETCHING.has(token));
  if (verb < 0 || on - verb > FETCH_MOST || tokens.slice(0, verb).some((token) => PASSIVE_NOT.has(token))) {
    return false;
  }
  const between = tokens.slice(verb + 1, on);
  return between.some((token) => FETCHED.has(token)) && !between.some((token) => SPEAKERS_OWN.has(token));
}
