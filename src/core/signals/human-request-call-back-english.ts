// English ways of asking to be called back: "call me" and when or why, a call given ("give me a call tomorrow"), a
// callback asked for as a noun ("I need a callback") or in the passive ("can I be called back").
import {
  afterAQuestionToYou,
  ASSIGNED_TO_THE_CUSTOMER,
  CALLING_VERBS,
  ENGLISH_CUES,
  PLEAS,
  words,
} from './human-request-cues.js';
import { PASSIVE_NOT, passiveAskedFrom } from './human-request-passive.js';
import { joinedWords } from './normalise.js';

// English "can you call me later", "please ring me back tomorrow": asking to be called back, me and a time at most;
// "call me a taxi", "call me Sam" or "call my mum" name something else.
const ENGLISH_CALL_BEFORE = new Set([
  // "I request you to please call me back", "request you to call me"
  'request',
  'requesting',
  'humbly',
  'i',
  'am',
  'to',
  'please',
  'pls',
  'plz',
  'can',
  'could',
  'would',
  'will',
  'you',
  'u',
  'someone',
  'somebody',
  'anyone',
  'kindly',
  'just',
]);
const ENGLISH_CALL = new Set(['call', 'ring', 'phone', 'contact']);
const ENGLISH_CALL_AFTER = new Set([
  'back',
  // "plz call me bak"
  'bak',
  'bck',
  'later',
  'tomorrow',
  // "call me tmrw", "2moro": chat's spellings of tomorrow.
  'tmrw',
  'tmr',
  'tmw',
  '2moro',
  '2morrow',
  'tomoro',
  'today',
  'tonight',
  'soon',
  'asap',
  'please',
  'pls',
  'plz',
  'this',
  'afternoon',
  'evening',
  'morning',
  'in',
  'the',
  'when',
  'possible',
  'you',
  'can',
  'again',
  ...words(`after before around between until next on at monday tuesday wednesday thursday friday saturday sunday
    weekend week lunch lunchtime work now urgently`),
  // "call me back in an hour", "ring me in 10 minutes", "ring me back in twenty minutes": how soon.
  ...words(`a an hour hours minutes minute mins min half few couple one two three five ten fifteen twenty thirty
    forty`),
  // "call me at home tonight", "ring me at the office": where the speaker is, for the call.
  'home',
  'office',
  // "can you call me instead": a call instead of the chat.
  'instead',
]);
const PERMITTING = new Set(words(`can may could cna`));
/** Only asking words before the verb: "please", "pls", "can you", "could u please". */
function isAskedBefore(before: readonly string[]): boolean {
  return before.every(
    (token, index) =>
      CALL_ASKING.has(token) ||
      ((token === 'you' || token === 'u') && index > 0 && YOU_ASKED_BY.has(before[index - 1] ?? '')),
  );
}
/** The speaker's own sentence run on after the call asked: "…ring me im at work", "…call me my battery is low". */
const RUNS_ON_WITH = new Set(words(`i im ive my its it`));
const RUN_ON_LEAST = 2;
/** Words before a clock time: "at 5pm", "after 5", "before 10 30", "around noon". */
const BEFORE_CLOCK = new Set(words(`at after before around between until by and from in`));
// "give me a call tomorrow", "just give me a ring": a call asked for as a thing given.
const GIVEN_CALLS = new Set(words(`call ring buzz bell callback shout`));

const CLOCK_TIME =
  /^(?:\d{1,2}(?:am|pm)?|noon|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
const CALL_ASKING = new Set(words(`please pls plz can could would will kindly`));
const YOU_ASKED_BY = new Set(words(`can could would will`));

// "please call me to schedule a visit", "can you call me about my claim": what the call is for, after "me".
const CALL_PURPOSES = new Set(
  words(`schedule reschedule arrange book confirm discuss talk go explain sort set follow review`),
);

function isCallForAPurpose(rest: readonly string[]): boolean {
  return (
    (rest[0] === 'to' && CALL_PURPOSES.has(rest[1] ?? '')) || rest[0] === 'about' || rest[0] === 'regarding'
  );
}

// "I need a return call", "arrange a callback for me": a call back asked for as a noun; "I got a callback" is not.
const CALLBACK_NOUNS = new Set(['callback', 'callbacks']);
const CALLBACK_ASKS = new Set([
  // "any chance of a callback this afternoon?"
  'chance',
  'ask',
  'asking',
  'want',
  'need',
  'like',
  'prefer',
  'get',
  'have',
  'arrange',
  'book',
  'request',
  'schedule',
  'organise',
  'organize',
  'set',
  'please',
]);
const CALLBACK_NOT = new Set([
  'not',
  'no',
  'dont',
  'never',
  'didnt',
  'doesnt',
  'cancel',
  'stop',
  'got',
  'had',
  'missed',
]);

const CALLBACK_ASKED_AFTER = new Set(
  // "callback re ticket 48213": the noun, then what it is about, as on a form.
  words(`request requested please pls plz asap needed required wanted re regarding`),
);

// "I want a call from your side today", "kindly arrange a call from your team": a call from the business, wanted.
const FROM_THE_BUSINESS = new Set(words(`your you ur the someone somebody one an a`));

// "return my call", "please return my calls", "can someone return my call": the speaker's call returned, asked.
const RETURN_OPENERS = new Set(
  words(`please pls plz kindly can could would you u someone somebody anyone just`),
);
const RETURN_AFTER = new Set(words(`please pls plz asap today now soon`));

function isMyCallReturnAsked(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('return');
  return (
    at >= 0 &&
    tokens[at + 1] === 'my' &&
    (tokens[at + 2] === 'call' || tokens[at + 2] === 'calls') &&
    tokens.slice(0, at).every((token) => RETURN_OPENERS.has(token)) &&
    tokens.slice(at + 3).every((token) => RETURN_AFTER.has(token))
  );
}

function isEnglishCallbackNoun(tokens: readonly string[]): boolean {
  if (isMyCallReturnAsked(tokens)) {
    return true;
  }
  const at = tokens.findIndex(
    (token, index) =>
      CALLBACK_NOUNS.has(token) ||
      (token === 'call' &&
        tokens[index - 1] === 'a' &&
        tokens[index + 1] === 'from' &&
        FROM_THE_BUSINESS.has(tokens[index + 2] ?? '')) ||
      (token === 'call' && tokens[index - 1] === 'return' && tokens[index - 2] === 'a') ||
      // "i want a call back from the doctor's office"
      (token === 'call' && tokens[index + 1] === 'back' && tokens[index - 1] === 'a') ||
      // "call back request for my landline": the noun in two words, asked as on a form.
      (token === 'call' &&
        tokens[index + 1] === 'back' &&
        CALLBACK_ASKED_AFTER.has(tokens[index + 2] ?? '')) ||
      (token === 'call' && tokens[index - 1] === 'return'),
  );
  if (at < 0 || tokens.some((token) => CALLBACK_NOT.has(token))) {
    return false;
  }
  const noun = tokens[at - 1] === 'return' ? at - 1 : at;
  // "callback request for account ending 4411", "callback pls": asked after the noun, as on a form; "my callback
  // request was ignored" tells.
  const after = tokens[tokens[at + 1] === 'back' ? at + 2 : at + 1] ?? '';
  if (CALLBACK_ASKED_AFTER.has(after)) {
    return !tokens.some((token) => BOOKING_TOLD.has(token) || token === 'is');
  }
  return tokens.slice(Math.max(0, noun - 4), noun).some((token) => CALLBACK_ASKS.has(token));
}

// "can I be called back", "I'd like to be phoned tomorrow", "could we be contacted by someone": the call asked for in
// the passive, by the one who wants it. Before "be": a modal with "I"/"we" ("can I be"), or a wish with "to" ("want to
// be"); after the verb nothing, or only when, how and by whom ("can I be called John", "how can I be called a member"
// name something else; "I don't want to be called" refuses).
const PASSIVE_CALLED = new Set(words(`called phoned rung contacted`));
// Words that may open the clause before the modal or the speaker ("please can I be called", "ok I'd like to be…").
const PASSIVE_OPENERS = new Set(words(`or and please pls plz so ok okay yes then also`));
// After the verb: when, on which line, by whom, about what ("by a specialist from your team", "on my mobile at 5pm").
const PASSIVE_AFTER = new Set([
  ...ENGLISH_CALL_AFTER,
  ...words(`by a an someone somebody anyone person human agent representative rep manager supervisor specialist
    staff member your team on my number phone mobile cell landline instead now right away immediately quickly as
    from at regarding it this issue`),
]);
const BY_WHOM_MOST = 6;
const BY_WHOM = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`handler handlers office desk department team expert specialist underwriter adjuster`),
]);
const CALL_TOPICS = new Set(words(`regarding about concerning re`));
// Told, not asked: "I was called back twice", "stop, I don't want to be called".
const TOLD_NOT_ASKED = new Set(words(`stop was were`));

function isEnglishPassiveCallBack(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((token) => PASSIVE_CALLED.has(token));
  if (tokens.some((token) => PASSIVE_NOT.has(token) || TOLD_NOT_ASKED.has(token))) {
    return false;
  }
  const start = passiveAskedFrom(tokens, at);
  if (start < 0) {
    return false;
  }
  const opening = tokens.slice(0, start);
  // "… by phone regarding my application": what the call is about may say anything.
  const topic = tokens.findIndex((token, index) => index > at && CALL_TOPICS.has(token));
  const rest = tokens.slice(at + 1, topic < 0 ? undefined : topic);
  // "by a claims handler", "by someone in the finance office": by whom, named in a few words.
  if (rest[0] === 'by' && rest.length <= BY_WHOM_MOST && BY_WHOM.has(rest[rest.length - 1] ?? '')) {
    return opening.every((token) => PASSIVE_OPENERS.has(token)) || tokens[start - 1] === 'or';
  }
  return (
    // "… or can I be called": a second request joined to the first, whatever the first said.
    (opening.every((token) => PASSIVE_OPENERS.has(token)) ||
      tokens[start - 1] === 'or' ||
      tokens[start - 1] === 'and') &&
    rest.every(
      (token, index) =>
        PASSIVE_AFTER.has(token) ||
        (rest[index - 1] === 'at' && CLOCK_TIME.test(token)) ||
        (CLOCK_TIME.test(rest[index - 1] ?? '') && /^(?:am|pm|\d{2})$/.test(token)),
    )
  );
}

/** Whether a token after "call me" says when: a word of time, or a clock time after "at", "after", "before"… */
function isWhen(rest: readonly string[], index: number): boolean {
  const token = rest[index] as string;
  return (
    ENGLISH_CALL_AFTER.has(token) ||
    (BEFORE_CLOCK.has(rest[index - 1] ?? '') && CLOCK_TIME.test(token)) ||
    (CLOCK_TIME.test(rest[index - 1] ?? '') && /^(?:am|pm|\d{2})$/.test(token))
  );
}

// "have someone give me a call tomorrow morning": the business told to have it given.
const HAVING = new Set(words(`have get`));

/** "give me a call tomorrow", "pls just give me a ring": only asking words before, only when after. */
function isCallGiven(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('give');
  if (
    at < 0 ||
    !ME.has(tokens[at + 1] ?? '') ||
    tokens[at + 2] !== 'a' ||
    !GIVEN_CALLS.has(tokens[at + 3] ?? '') ||
    !tokens.slice(0, at).every((token) => ENGLISH_CALL_BEFORE.has(token) || HAVING.has(token))
  ) {
    return false;
  }
  const rest = tokens.slice(at + 4);
  return rest.every((_, index) => isWhen(rest, index));
}

// "i want to book a call", "can I schedule a quick call with a specialist", "can i set up a video call with someone
// about a business account", "book a meeting with my relationship manager": a call or a meeting with the business's
// people booked; "schedule a call with my mom" books one with someone else, "book a call room" is a room, "book a
// meeting with my team" and "an appointment with a doctor" fill a calendar.
// "we need a call with your integrations people", "we'd like a call with your consultant": wanted as booked.
const BOOKING = new Set(words(`book schedule arrange request organise organize set need like want`));
const CALL_KINDS = new Set(words(`quick short phone video zoom teams`));
const MEETINGS = new Set(words(`meeting appointment consultation`));
const WITH_WHOM_SKIPPED = new Set(words(`a an the your one of from`));
const SOMEONE = new Set(words(`someone somebody`));
const BUSINESS_PEOPLE = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`expert experts sales support billing specialist consultant advisor us you`),
]);
// The business's people one meets to talk about money or a contract, also as the speaker's own ("my relationship
// manager", "my financial adviser").
const ADVISERS = new Set(
  words(`advisor advisors adviser advisers manager banker specialist consultant planner broker representative rep
    agent underwriter`),
);
const ADVISER_NAMING_MOST = 2;
const OWN_BOSSES = new Set(words(`manager agent rep representative specialist consultant`));

// The trades a visit is booked with, by phone or in person: "book a phone consultation with the nurse".
const BOOKED_TRADES = new Set(
  words(
    `doctor doctors gp nurse dentist physio physiotherapist therapist practitioner optician midwife surgeon`,
  ),
);
// "I tried to book a call", "I already booked…": a booking told.
const BOOKING_TOLD = new Set(words(`tried already was were had did`));

function isWithTheBusiness(rest: readonly string[], isMeeting: boolean): boolean {
  let at = 1;
  while (WITH_WHOM_SKIPPED.has(rest[at] ?? '')) {
    at += 1;
  }
  const whom = rest[at] ?? '';
  // "book a phone consultation with the nurse": a visit booked with a trade, by phone.
  if (BOOKED_TRADES.has(whom)) {
    return false;
  }
  // "a video call with someone about…", "someone from lending".
  if (SOMEONE.has(whom)) {
    return true;
  }
  if (!isMeeting && BUSINESS_PEOPLE.has(whom) && rest[at - 1] !== 'my') {
    return true;
  }
  // "my relationship manager", "a financial adviser": an adviser, a word or two naming which one before.
  // "my manager", "my agent" is the speaker's own boss or agent; "my account manager" is the business's.
  const isMine = rest[at] === 'my';
  const start = isMine ? at + 1 : at;
  for (let index = start; index <= start + ADVISER_NAMING_MOST; index += 1) {
    const word = rest[index] ?? '';
    if (ADVISERS.has(word) && !(isMine && index === start && OWN_BOSSES.has(word))) {
      return true;
    }
  }
  return false;
}

// "can we have a quick call?", "can we do a call", "could we hop on a call", "are we able to have a teams call": a call with the business,
// asked as a question of the speaker's leave; "we had a call", "I have a call at 3" tell.
const CALL_JOINED = new Set(words(`hop jump get`));
const LEAVE_ASKED = new Set(words(`can could may`));

function isACallHadAsked(tokens: readonly string[], verb: number, isJoined: boolean): boolean {
  // "can we do a call": had, in the chat's words.
  if (isJoined ? !CALL_JOINED.has(tokens[verb] ?? '') : tokens[verb] !== 'have' && tokens[verb] !== 'do') {
    return false;
  }
  if (tokens[verb - 1] === 'to') {
    return tokens[verb - 2] === 'able' && tokens[verb - 3] === 'we' && tokens[verb - 4] === 'are';
  }
  return LEAVE_ASKED.has(tokens[verb - 2] ?? '') && (tokens[verb - 1] === 'we' || tokens[verb - 1] === 'i');
}

function isCallBooked(tokens: readonly string[]): boolean {
  // "schedule call", "book call": a menu's words for it, typed as they stand.
  if (tokens.length === 2 && BOOKING.has(tokens[0] ?? '') && tokens[1] === 'call') {
    return true;
  }
  const at = tokens.findIndex((token) => token === 'call' || MEETINGS.has(token));
  if (at < 2 || tokens.some((token) => CALLBACK_NOT.has(token) || BOOKING_TOLD.has(token))) {
    return false;
  }
  let article = at - 1;
  while (CALL_KINDS.has(tokens[article] ?? '')) {
    article -= 1;
  }
  // A meeting is a call only by phone or video, or with an adviser.
  const isMeeting = tokens[at] !== 'call' && article === at - 1;
  const verb = tokens[article - 1] === 'up' || tokens[article - 1] === 'on' ? article - 2 : article - 1;
  if (
    (tokens[article] !== 'a' && tokens[article] !== 'an') ||
    !(BOOKING.has(tokens[verb] ?? '') || isACallHadAsked(tokens, verb, tokens[article - 1] === 'on'))
  ) {
    return false;
  }
  const rest = tokens.slice(at + 1);
  if (rest[0] !== 'with') {
    return (
      !isMeeting &&
      rest.every((_, index) => isWhen(rest, index) || rest[index] === 'for' || rest[index] === 'me')
    );
  }
  return isWithTheBusiness(rest, isMeeting);
}

// "I just want you to call back and tell me", "I need you to ring me back": a call back wished of the business.
const WANTING = new Set(words(`want need wanted needed expect`));

function isCallBackWantedOfYou(tokens: readonly string[]): boolean {
  const at = tokens.findIndex(
    (token, index) =>
      ENGLISH_CALL.has(token) &&
      tokens[index - 1] === 'to' &&
      (tokens[index - 2] === 'you' || tokens[index - 2] === 'u'),
  );
  if (at < 3 || !WANTING.has(tokens[at - 3] ?? '') || tokens.some((token) => CALLBACK_NOT.has(token))) {
    return false;
  }
  const back = tokens[at + 1] === 'me' || tokens[at + 1] === 'us' ? at + 2 : at + 1;
  return tokens[back] === 'back';
}

// "please have the clinic ring me", "can the finance office call me", "ask the on-call sysadmin to ring me": whoever
// of the business is named, told or asked to call the speaker; "have my wife call me" names the speaker's own.
const TELLING = new Set(words(`have get ask tell let`));
const ASKING_IF = new Set(words(`can could will would`));
const WISHED_OF = new Set(words(`like want need prefer`));
const OWN = new Set(words(`my his her our their`));
const OPENING = new Set(words(`please pls plz so ok okay and then just kindly hello hi hey`));
const NAMED_MOST = 8;
const SENDING_THINGS = new Set(words(`app system website site bot automated portal`));
const YOU_ASKED = new Set(words(`you u`));
/** How a longer name of whoever calls opens: "the finance office", "someone from the branch". */
const WHO_OPENS = new Set(words(`the your a an someone somebody one whoever`));

function isSomeoneToldToCallMe(tokens: readonly string[]): boolean {
  let start = 0;
  while (OPENING.has(tokens[start] ?? '')) {
    start += 1;
  }
  // "can you get the hotel to ring me?": the business asked to have someone call.
  if (
    ASKING_IF.has(tokens[start] ?? '') &&
    YOU_ASKED.has(tokens[start + 1] ?? '') &&
    TELLING.has(tokens[start + 2] ?? '')
  ) {
    start += 2;
  }
  // "can I have the branch call me": the speaker asks to have someone call.
  if (ASKING_IF.has(tokens[start] ?? '') && tokens[start + 1] === 'i' && tokens[start + 2] === 'have') {
    start += 2;
  }
  // "I'd like the store to phone me", "I need the branch to contact me": someone wished to call, as "get … to".
  let wish = tokens[start] === 'i' ? start + 1 : start;
  if (tokens[wish] === 'd' || tokens[wish] === 'would') {
    wish += 1;
  }
  const isWished = wish > start && WISHED_OF.has(tokens[wish] ?? '');
  if (isWished) {
    start = wish;
  }
  const opener = tokens[start] ?? '';
  if (!TELLING.has(opener) && !ASKING_IF.has(opener) && !isWished) {
    return false;
  }
  const isTold = TELLING.has(opener) || isWished;
  const verb = tokens.findIndex(
    (token, index) =>
      index > start + 1 &&
      index <= start + 1 + NAMED_MOST &&
      (CALLING_VERBS.has(token) ||
        // "get the installer to give me a ring"
        (token === 'give' && tokens[index + 2] === 'a' && GIVEN_CALLS.has(tokens[index + 3] ?? ''))) &&
      (tokens[index + 1] === 'me' ||
        tokens[index + 1] === 'us' ||
        (tokens[index + 1] === 'my' && WHERE_TO_CALL.has(tokens[index + 2] ?? ''))),
  );
  if (verb < 0) {
    return false;
  }
  const named = tokens.slice(start + 1, verb);
  const needsTo = opener !== 'have' && opener !== 'let' && isTold;
  if (needsTo && named[named.length - 1] !== 'to') {
    return false;
  }
  // "can you call me" is the business itself; "ask them to call me" names no one.
  const who = needsTo ? named.slice(0, -1) : named;
  return (
    who.length > 0 &&
    (who.length <= 2 || WHO_OPENS.has(who[0] ?? '')) &&
    !['you', 'u', 'i', 'we', 'me'].includes(who[0] ?? '') &&
    // "can the app message me when it ships": a thing sends a notice, nobody calls.
    !who.some((token) => SENDING_THINGS.has(token)) &&
    // "have my wife call me", "get my manager to ring me": the speaker's own; "whoever has taken over our account"
    // and "our account manager" are the business's.
    (!who.slice(0, 2).some((token) => OWN.has(token)) ||
      who.some((token) => ASSIGNED_TO_THE_CUSTOMER.has(token)))
  );
}

// "we were kept awake until 3am and I'd like the general manager to call me about it": the wish joined on after a
// story, read from the speaker on.
const JOINING = new Set(words(`and so but then`));

function isSomeoneWishedToCallMeLater(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'i' && JOINING.has(tokens[index - 1] ?? '') && isSomeoneToldToCallMe(tokens.slice(index)),
  );
}

// "kindly call back on this number", "please call back asap", "kindly revert with a call": a call back asked, the
// speaker left out; "revert" is "reply" in much of the world's English.
const CALL_BACK_OPENERS = new Set(words(`please pls plz kindly so just ok okay`));
const CALL_BACK_AFTER = new Set(
  words(`on at asap today now soon urgently please when this number immediately`),
);
const CALL_BACK_WHEN = new Set(
  words(`tomorrow today tonight later morning afternoon evening asap soon please pls plz in at after before around
    next week monday tuesday wednesday thursday friday saturday sunday an a hour hours minutes mins min pm am o clock
    the this half`),
);

function isCallBackAlone(tokens: readonly string[]): boolean {
  let at = 0;
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  if ((tokens[at] === 'call' || tokens[at] === 'ring') && tokens[at + 1] === 'back') {
    const rest = tokens.slice(at + 2);
    return (
      (tokens[at] === 'call' &&
        at > 0 &&
        (tokens[at + 2] === undefined || CALL_BACK_AFTER.has(tokens[at + 2] ?? ''))) ||
      // "call back tomorrow morning", "ring back in an hour": when, and nothing else, after it.
      (rest.length > 0 && rest.every((token) => CALL_BACK_WHEN.has(token) || /^\d/.test(token)))
    );
  }
  return (
    tokens[at] === 'revert' &&
    (tokens[at + 1] === 'with' || tokens[at + 1] === 'by' || tokens[at + 1] === 'on') &&
    ['call', 'phone'].includes(tokens[at + 2] === 'a' ? (tokens[at + 3] ?? '') : (tokens[at + 2] ?? ''))
  );
}

// Right after "call me": the words that ask ("please", "back", "asap"), and what makes the rest an offer instead.
const ASKED_RIGHT_AFTER = new Set(words(`back please pls plz asap now urgently immediately`));
const OFFERING = new Set(words(`if when whenever once anytime any in after before and or`));
const FREE_ONE = new Set(words(`someone somebody anyone one agent person rep representative advisor you u`));
const FREE = new Set(words(`free available ready back`));
const FREE_BETWEEN = new Set(words(`is are re gets becomes your agents you`));

/** "when someone is free", "back when an agent is available": after "call me", when one of ours can. */
function isWhenSomeoneIsFree(rest: readonly string[]): boolean {
  const when = rest[0] === 'back' ? 1 : 0;
  if (rest[when] !== 'when' && rest[when] !== 'once') {
    return false;
  }
  const tail = rest.slice(when + 1).filter((token) => token !== 'a' && token !== 'an' && token !== 'of');
  return (
    tail.length >= 2 &&
    tail.length <= 4 &&
    FREE_ONE.has(tail[0] ?? '') &&
    FREE.has(tail[tail.length - 1] ?? '') &&
    tail.slice(1, -1).every((token) => FREE_BETWEEN.has(token))
  );
}

// "Someone from the IT help desk needs to call me", "I need your events coordinator to get in touch today", "could an
// engineer please pick this up and contact me", "I'd appreciate it if a supervisor would call me": someone of ours,
// named a few words before, asked to contact the speaker. "My manager needs to call me" names the speaker's own; "the
// agent said someone would call me back" tells.
// The verbs of calling, and the forms a request puts them in: "that your officer contacts me", "message me".
const CONTACTING_ME = new Set([...CALLING_VERBS, ...words(`contacts message msg dm pm whatsapp`)]);
// "can reception call my room": the speaker's room is the speaker.
const MY_PLACES = new Set(words(`room cabin suite desk extension`));
const ME = new Set(words(`me us`));
const OURS_MOST = 10;
const OURS = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`officer coordinator engineer broker handler desk office them lady gentleman mod moderator
    reception concierge`),
]);
const ASKING_CONTEXT = new Set(
  words(`please pls plz could can would need needs like want arrange ask have get let appreciate request should
    must kindly chance prefer rather wish better`),
);
const TOLD_CONTEXT = new Set(
  words(
    `said says told promised supposed was were will wont never not no nobody without dont didnt doesnt cant already
    keeps kept`,
  ),
);

/** Where the speaker is contacted: "call me", "get in touch", "get back to me", "drop me a call", or -1. */
function contactingMeAt(tokens: readonly string[]): number {
  return tokens.findIndex(
    (token, index) =>
      (CONTACTING_ME.has(token) && ME.has(tokens[index + 1] ?? '')) ||
      (CONTACTING_ME.has(token) && tokens[index + 1] === 'my' && MY_PLACES.has(tokens[index + 2] ?? '')) ||
      (token === 'get' && tokens[index + 1] === 'in' && tokens[index + 2] === 'touch') ||
      (token === 'get' &&
        tokens[index + 1] === 'back' &&
        tokens[index + 2] === 'to' &&
        ME.has(tokens[index + 3] ?? '')) ||
      (token === 'drop' && ME.has(tokens[index + 1] ?? '') && tokens[index + 2] === 'a') ||
      (WISHED_CALLS.has(token) && ME.has(tokens[index + 1] ?? '') && isAWishBefore(tokens, index)),
  );
}

// "I'd prefer if a person called me", "I'd rather someone rang me", "I wish someone phoned me back": a call wished, the
// verb in the past after the wish.
const WISHED_CALLS = new Set(words(`called rang phoned contacted`));
const WISHING = new Set(words(`prefer rather wish better`));
const WISH_REACH = 6;

function isAWishBefore(tokens: readonly string[], verb: number): boolean {
  // "I wish someone had called me back" regrets.
  return (
    tokens[verb - 1] !== 'had' &&
    tokens.slice(Math.max(0, verb - WISH_REACH), verb).some((token) => WISHING.has(token))
  );
}

function isSomeoneToContactMe(tokens: readonly string[]): boolean {
  const verb = contactingMeAt(tokens);
  if (verb < 1 || tokens.some((token) => TOLD_CONTEXT.has(token))) {
    return false;
  }
  const before = tokens.slice(Math.max(0, verb - OURS_MOST), verb);
  const ours = before.findIndex((token, index) => OURS.has(token) && !OWN.has(before[index - 1] ?? ''));
  return ours >= 0 && tokens.slice(0, verb).some((token) => ASKING_CONTEXT.has(token));
}

/** A number to call, in digits, a "+" first at most: "call me on +1 555 555 0123", "beni 0532 111 22 33'ten". */
export const DIGITS = /^\+?\d+$/;

// "on my mobile", "at this number", "at my office": where to call, in words.
const WHERE_TO_CALL = new Set(words(`number mobile cell phone landline home office desk work`));
const WHOSE_NUMBER = new Set(words(`my this the`));

/**
 * Where the number to call starts at the end of the words after "call me" ("back on 07700 900123", "tomorrow at my
 * mobile"), else their length: "on"/"at" and then only digits, or a word for the number.
 */
const AFTER_THE_NUMBER = new Set(
  words(`please pls plz thanks thank tomorrow today tonight asap about regarding re for after before between anytime
    its it when`),
);

function numberGivenAt(rest: readonly string[]): number {
  // "plz call me 07400 112233": the number right after, with no "on".
  if (DIGITS.test(rest[0] ?? '') && rest.every((token) => DIGITS.test(token)) && rest.join('').length >= 6) {
    return 0;
  }
  const on = rest.findLastIndex((token) => token === 'on' || token === 'at');
  if (on < 0 || on === rest.length - 1) {
    return rest.length;
  }
  const number = rest.slice(on + 1);
  // "call me on 07700 900456 about my blue badge renewal", "… please": the number, then why, when or thanks.
  const digitsEnd = number.findIndex((token) => !DIGITS.test(token));
  const digits = digitsEnd < 0 ? number : number.slice(0, digitsEnd);
  const isDigits =
    digits.length > 0 &&
    digits.join('').length >= 6 &&
    (digitsEnd < 0 || AFTER_THE_NUMBER.has(number[digitsEnd] ?? ''));
  // A number or a place named in words only after when: "call me back on my mobile", "ring me tomorrow at my office
  // please"; "call me on my mobile" alone may give the way to send a notice, as "text me on my mobile" does.
  // "on my mobile please", "at my office after 5": the place, then only when.
  const whenAfter = number.slice(2);
  const named =
    whenAfter.length > 0 && whenAfter.every((_, index) => isWhen(whenAfter, index))
      ? number.slice(0, 2)
      : number;
  const isNamed =
    on > 0 && named.length === 2 && WHOSE_NUMBER.has(named[0] ?? '') && WHERE_TO_CALL.has(named[1] ?? '');
  return isDigits || isNamed ? on : rest.length;
}

// "my number is 9876543210 pls call me", "mobile 07700 900123 call me": the speaker's number given first.
const MY_NUMBER_WORDS = new Set(words(`my number no num phone mobile cell is its`));

/** Where the words after the speaker's number, given first, start; else 0. */
function afterNumberGiven(tokens: readonly string[], at: number): number {
  const digits = tokens.findLastIndex((token, index) => index < at && DIGITS.test(token));
  if (
    digits < 0 ||
    !tokens
      .slice(0, digits + 1)
      .some((token) => token === 'number' || token === 'mobile' || token === 'cell' || token === 'no')
  ) {
    return 0;
  }
  const given = tokens.slice(0, digits + 1);
  return given.every((token) => MY_NUMBER_WORDS.has(token) || DIGITS.test(token)) &&
    given.join('').replace(/\D/g, '').length >= 6
    ? digits + 1
    : 0;
}

// "add me to the queue for a human", "queue me for the next available advisor", "put me on the list for a callback":
// the speaker queued for someone of ours or a call back.
const QUEUES = new Set(words(`queue waitlist list line`));
const QUEUED_FOR = new Set([...BUSINESS_PEOPLE, ...CALLBACK_NOUNS, 'call', 'advisor', 'adviser']);
const QUEUE_FILLERS = new Set(words(`a an the next available free first live real`));

function isQueuedFor(tokens: readonly string[]): boolean {
  const me = tokens.findIndex(
    (token, index) =>
      (token === 'me' || token === 'us') &&
      ((tokens[index - 1] === 'queue' && index === 1) ||
        ['add', 'put', 'get', 'place'].includes(tokens[index - 1] ?? '')),
  );
  if (me < 0 || tokens.some((token) => CALLBACK_NOT.has(token))) {
    return false;
  }
  const queue = tokens.findIndex((token, index) => index > me && QUEUES.has(token));
  const isQueuedAlready = tokens[me - 1] === 'queue';
  const forAt = tokens.indexOf('for', isQueuedAlready ? me : queue);
  if ((!isQueuedAlready && (queue < 0 || queue > me + 3)) || forAt < 0) {
    return false;
  }
  let whom = forAt + 1;
  while (QUEUE_FILLERS.has(tokens[whom] ?? '')) {
    whom += 1;
  }
  return QUEUED_FOR.has(tokens[whom] ?? '');
}

/** Whether an English clause asks to be called back. */
// "@ZipTel DM me", "can someone pm me", "send me a dm please": a reply to a company's account asking its people to
// write privately; not "DM me your order number" (the business asking) nor "I DM'd you" (told).
const PRIVATE_MESSAGE = new Set(words(`dm pm inbox`));
const PRIVATE_OPENERS = new Set(
  words(`please pls plz can could would you u someone somebody kindly just so ok hey hi`),
);
// "can u DM me so we can sort this privately", "DM me about my refund": why, after the ask.
const PRIVATE_AFTER = new Set(
  words(`please pls plz asap now urgently need i im its it thanks so about regarding re to`),
);

function isAskedToWritePrivately(tokens: readonly string[]): boolean {
  let at = 0;
  while (PRIVATE_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  const isSent = (tokens[at] === 'send' || tokens[at] === 'drop') && tokens[at + 1] === 'me';
  if (isSent) {
    const noun = tokens[at + 2] === 'a' ? at + 3 : at + 2;
    return (
      PRIVATE_MESSAGE.has(tokens[noun] ?? '') &&
      (tokens[noun + 1] === undefined || PRIVATE_AFTER.has(tokens[noun + 1] ?? ''))
    );
  }
  // "pls dm", "DM" (a reply to the company's account): asked alone.
  if (PRIVATE_MESSAGE.has(tokens[at] ?? '') && tokens[at + 1] === undefined) {
    return tokens[at] !== 'inbox';
  }
  return (
    PRIVATE_MESSAGE.has(tokens[at] ?? '') &&
    (tokens[at + 1] === 'me' || tokens[at + 1] === 'us') &&
    (tokens[at + 2] === undefined || PRIVATE_AFTER.has(tokens[at + 2] ?? ''))
  );
}

// "I'd appreciate it if someone from your privacy team got in touch", "I would be grateful if a manager could call
// me": a call or contact from someone of the business, wished for politely.
const GRATEFUL_IF = new RegExp(
  String.raw`\b(?:appreciate it|be (?:very |so )?grateful|be (?:very )?thankful) if (?:someone|somebody|anyone|a (?:\S+ )?(?:manager|member|person|advisor|adviser|supervisor|representative|specialist)|one of your|the (?:\S+ )?(?:manager|team|department|office))\b(?: \S+){0,5} (?:got in touch|get in touch|could (?:call|ring|phone|contact|email|get back to) me|would (?:call|ring|phone|contact|get back to) me|called me|rang me|phoned me|contacted me|reached out|could reach out|would reach out)\b`,
);

function isAContactWishedPolitely(tokens: readonly string[]): boolean {
  return tokens.includes('if') && GRATEFUL_IF.test(joinedWords(tokens));
}

// "I'd like a call from HR please", "I'd appreciate a phone call from the sales negotiator", "I'd like to arrange a
// call with someone from the licensing team", "can I get IT on the phone": a call from or with the business's people
// wished; not a visit booked with a trade ("book a phone consultation with the nurse") nor a call with the speaker's own.
const CALL_WISHES = new Set(words(`like want need appreciate request requesting get arrange organise`));
// "a call with someone from the licensing team": with whom, only as someone of the business ("schedule a call with the
// client" is the speaker's own meeting).
const SOMEONE_WITH = new Set(words(`someone somebody anyone member one`));
const CALL_NOUNS = new Set(words(`call callback ring`));
const WISH_SPAN = 4;
const WHOM_SPAN = 5;

function isACallFromSomeoneWished(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!CALL_NOUNS.has(token) || (tokens[index + 1] !== 'from' && tokens[index + 1] !== 'with')) {
      return false;
    }
    const whom = tokens.slice(index + 2, index + 2 + WHOM_SPAN);
    if (tokens[index + 1] === 'with' && !whom.some((word) => SOMEONE_WITH.has(word))) {
      return false;
    }
    return (
      tokens.slice(Math.max(0, index - WISH_SPAN), index).some((word) => CALL_WISHES.has(word)) &&
      whom.length > 0 &&
      !SPEAKERS_OWN.has(whom[0] ?? '') &&
      !whom.some((word) => BOOKED_TRADES.has(word))
    );
  });
}

const SPEAKERS_OWN = new Set(words(`my our his her their me`));

function isFetchedOnThePhone(tokens: readonly string[]): boolean {
  const get = tokens.indexOf('get');
  const on = tokens.lastIndexOf('on');
  return (
    get >= 0 &&
    on > get + 1 &&
    on - get <= 4 &&
    tokens[on + 1] === 'the' &&
    (tokens[on + 2] === 'phone' || tokens[on + 2] === 'line') &&
    tokens[on + 3] === undefined &&
    !SPEAKERS_OWN.has(tokens[get + 1] ?? '') &&
    (tokens[get - 1] === 'i' || tokens[get - 1] === 'please' || get === 0)
  );
}

// The short call backs of chat in many Englishes, the whole clause: "you call me", "call mi", "call to my number",
// "…can you please call", "please get back to me soon". "you can call me" gives leave, "call my mum" asks for someone
// else, "they never got back to me" tells.
const ME_TYPED = new Set(words(`me mi`));
const SOON = new Set(words(`soon asap quickly please pls plz urgently immediately today`));
const WRITING_BACK = new Set(words(`email mail text message`));
// "send me an email", "drop me a line", "shoot us a text": a message to the speaker, asked.
const SENDING = new Set(words(`send drop shoot`));
const MESSAGES = new Set(words(`email mail text message line note sms`));
// "… to my main email", "… on my mobile": the speaker's own line, where to write.
const MY_LINE = new Set(words(`email mail inbox address number mobile phone cell id`));
const MY_LINE_KINDS = new Set(words(`main personal work registered primary`));

/** Where the rest of a clause that asks to be written to may end: nothing, "soon" words, or the speaker's line. */
function endsAtMyLine(rest: readonly string[]): boolean {
  let at = 0;
  while (rest[at] === 'back' || SOON.has(rest[at] ?? '') || rest[at] === 'now') {
    at += 1;
  }
  if (at === rest.length) {
    return true;
  }
  if (!(WHERE_PREPS.has(rest[at] ?? '') || rest[at] === 'to') || rest[at + 1] !== 'my') {
    return false;
  }
  at += 2;
  while (MY_LINE_KINDS.has(rest[at] ?? '')) {
    at += 1;
  }
  return (
    MY_LINE.has(rest[at] ?? '') &&
    rest.slice(at + 1).every((token) => token === 'address' || token === 'id' || SOON.has(token))
  );
}

/**
 * "can you email me", "could u please text us back", "can you send me an email to my main email", "please drop me a
 * line": the speaker asked to be written to, with nothing sent named ("can you email me the invoice" sends a thing,
 * "text me when my parcel ships" asks for a notice).
 */
function isWritingToMeAsked(tokens: readonly string[], from: number, asked: boolean): boolean {
  const verb = tokens[from] ?? '';
  if (WRITING_BACK.has(verb) && ME.has(tokens[from + 1] ?? '')) {
    return asked && endsAtMyLine(tokens.slice(from + 2));
  }
  if (SENDING.has(verb) && ME.has(tokens[from + 1] ?? '')) {
    const article = tokens[from + 2] === 'a' || tokens[from + 2] === 'an' ? 1 : 0;
    return MESSAGES.has(tokens[from + 2 + article] ?? '') && endsAtMyLine(tokens.slice(from + 3 + article));
  }
  return false;
}

function isShortCallAsked(tokens: readonly string[]): boolean {
  let at = 0;
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  {
    let verb = afterAQuestionToYou(tokens, at);
    const isQuestion = verb > at;
    while (isQuestion && CALL_BACK_OPENERS.has(tokens[verb] ?? '')) {
      verb += 1;
    }
    const asked = isQuestion || tokens.slice(0, verb).some((token) => PLEAS.has(token));
    if (isWritingToMeAsked(tokens, verb, asked)) {
      return true;
    }
    // "can you get back to me", "could u please get back to us asap"; "please come back to me", "could you come back
    // to us": getting back, as much of the world's English says it.
    const isGettingBack = (tokens[verb] === 'get' && verb > at) || (tokens[verb] === 'come' && verb > 0);
    if (isGettingBack && tokens[verb + 1] === 'back' && tokens[verb + 2] === 'to') {
      return ME.has(tokens[verb + 3] ?? '') && endsAtMyLine(tokens.slice(verb + 4));
    }
  }
  // "you need to call me", "y'all should ring me back": the call owed, put as a need.
  if (tokens[at] === 'y' && tokens[at + 1] === 'all') {
    at += 1;
  }
  const owed = isYouToCall(tokens, at);
  if (owed > 0) {
    return (
      ME.has(tokens[owed + 1] ?? '') &&
      tokens.slice(owed + 2).every((token) => token === 'back' || SOON.has(token))
    );
  }
  const rest = tokens.slice(at);
  const [first = '', second = '', third = ''] = rest;
  const isYou = first === 'you' || first === 'u';
  const call = isYou ? second : first;
  const after = rest.slice(isYou ? 2 : 1);
  if (call === 'call' && after.length >= 1 && ME_TYPED.has(after[0] ?? '')) {
    // "you call me", "call mi", "pls call mi back"
    return (
      after.slice(1).every((token) => token === 'back' || SOON.has(token)) && (isYou || after[0] === 'mi')
    );
  }
  // "email me now", "text me asap please": written back to, and nothing else said.
  if (WRITING_BACK.has(call) && ME.has(after[0] ?? '') && after.length >= 2) {
    return after.slice(1).every((token) => token === 'back' || SOON.has(token) || token === 'now');
  }
  // "call to my number", "call on my mobile please", "call my number"
  if (call === 'call' && !isYou) {
    const on = after[0] === 'to' || after[0] === 'on' || after[0] === 'at' ? 1 : 0;
    return (
      after[on] === 'my' &&
      WHERE_NOUNS.has(after[on + 1] ?? '') &&
      after.slice(on + 2).every((token) => SOON.has(token))
    );
  }
  // "please get back soon", "get back to me asap"
  if (first === 'get' && second === 'back' && (at > 0 || third === 'to')) {
    const tail = third === 'to' && ME.has(rest[3] ?? '') ? rest.slice(4) : rest.slice(2);
    return tail.length <= 2 && tail.every((token) => SOON.has(token));
  }
  return false;
}

const YOU_ALL = new Set(words(`you u all yall`));
const OWING = new Set(words(`need needs should must gotta`));
const CALLING_BACK = new Set(words(`call ring phone contact email text`));

/** Where the verb is in "you need to call", "y'all should ring", "you have to contact", else -1. */
function isYouToCall(tokens: readonly string[], at: number): number {
  if (!YOU_ALL.has(tokens[at] ?? '')) {
    return -1;
  }
  let verb = at + 1;
  if (OWING.has(tokens[verb] ?? '')) {
    verb += tokens[verb + 1] === 'to' ? 2 : 1;
  } else if ((tokens[verb] === 'have' || tokens[verb] === 'got') && tokens[verb + 1] === 'to') {
    verb += 2;
  } else {
    return -1;
  }
  return CALLING_BACK.has(tokens[verb] ?? '') ? verb : -1;
}

// "call me at my number 9841234567", "reach me at 98412 34567", "contact me on my phone", "email me at ram gmail com",
// "get in touch with me at …", "please contact on 9841234567": the speaker to be reached, and where.
const REACH_ME = new Set(words(`call ring phone contact reach email mail text message whatsapp`));
const WRITTEN_TO = new Set(words(`email mail`));
const WHERE_PREPS = new Set(words(`at on via through by in over`));
const MY_WHERE = new Set(words(`my this the same`));
const WHERE_NOUNS = new Set(words(`number no mobile phone cell email mail whatsapp landline id address`));
const ADDRESS_MOST = 3;
const NOTICES = new Set(words(`text message whatsapp email mail call ring phone`));

function isReachedThere(tokens: readonly string[]): boolean {
  let at = 0;
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "can you contact me by email", "could you please ring me on this number": asked politely.
  at = afterAQuestionToYou(tokens, at);
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  const verb = tokens[at] ?? '';
  let index = at + 1;
  if (verb === 'get' && tokens[at + 1] === 'in' && tokens[at + 2] === 'touch' && tokens[at + 3] === 'with') {
    index = at + 4;
  } else if (!REACH_ME.has(verb)) {
    return false;
  }
  const isMe = ME.has(tokens[index] ?? '');
  index += isMe ? 1 : 0;
  if (!WHERE_PREPS.has(tokens[index] ?? '')) {
    return false;
  }
  index += 1;
  index += MY_WHERE.has(tokens[index] ?? '') ? 1 : 0;
  const isNamed = WHERE_NOUNS.has(tokens[index] ?? '');
  index += isNamed ? 1 : 0;
  const rest = tokens.slice(index);
  // "text me on my mobile", "call me on my mobile" name where a notice goes, as "send it to my email" does; "contact me
  // on my phone" asks.
  if (rest.every((token) => SOON.has(token) || token === 'now')) {
    return isNamed && isMe && !NOTICES.has(verb);
  }
  if (rest.every((token) => DIGITS.test(token)) && rest.join('').length >= 6) {
    return true;
  }
  // "email me at ram gmail com": an address, broken into words by its dots.
  return isMe && WRITTEN_TO.has(verb) && !isNamed && rest.length <= ADDRESS_MOST;
}

// "call please", "phone call pls", "please ring": a call asked for in a word or two, with "please".
// "requesting callback on registered mobile", "need a call back regarding my claim": a call back asked as a noun first.
const REQUESTING = new Set(words(`request requesting need want`));

function isACallBackRequested(tokens: readonly string[]): boolean {
  let at = 0;
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  if (!REQUESTING.has(tokens[at] ?? '')) {
    return false;
  }
  const noun = tokens[at + 1] === 'a' ? at + 2 : at + 1;
  return tokens[noun] === 'callback' || (tokens[noun] === 'call' && tokens[noun + 1] === 'back');
}

function isACallAskedInAWord(tokens: readonly string[]): boolean {
  const asked = tokens.filter((token) => CALL_BACK_OPENERS.has(token) || SOON.has(token));
  const rest = tokens.filter((token) => !CALL_BACK_OPENERS.has(token) && !SOON.has(token));
  const called = rest.join(' ');
  return (
    asked.some((token) => token === 'please' || token === 'pls' || token === 'plz') &&
    (called === 'call' || called === 'phone call' || called === 'ring' || called === 'callback')
  );
}

// "if i put my mobile number can you please call": the call asked last, whom left out (the speaker).
function isCallAskedLast(tokens: readonly string[]): boolean {
  const end = tokens[tokens.length - 1] === 'back' ? tokens.length - 1 : tokens.length;
  if (tokens[end - 1] !== 'call') {
    return false;
  }
  let at = end - 2;
  while (CALL_BACK_OPENERS.has(tokens[at] ?? '')) {
    at -= 1;
  }
  // "who can you call" asks whom the bot would call.
  return (
    (tokens[at] === 'you' || tokens[at] === 'u') &&
    YOU_ASKED_BY.has(tokens[at - 1] ?? '') &&
    !tokens.slice(0, at - 1).some((token) => WH_WORDS.has(token))
  );
}
const WH_WORDS = new Set(words(`who whom what where why when how which whose`));

export function isEnglishCallBack(tokens: readonly string[]): boolean {
  if (
    isShortCallAsked(tokens) ||
    isCallAskedLast(tokens) ||
    isReachedThere(tokens) ||
    isACallAskedInAWord(tokens) ||
    isACallBackRequested(tokens) ||
    isACallFromSomeoneWished(tokens) ||
    isFetchedOnThePhone(tokens) ||
    isAskedToWritePrivately(tokens) ||
    isAContactWishedPolitely(tokens) ||
    isEnglishCallbackNoun(tokens) ||
    isEnglishPassiveCallBack(tokens) ||
    isCallGiven(tokens) ||
    isCallBooked(tokens) ||
    isSomeoneToldToCallMe(tokens) ||
    isSomeoneWishedToCallMeLater(tokens)
  ) {
    return true;
  }
  if (
    isCallBackWantedOfYou(tokens) ||
    isCallBackAlone(tokens) ||
    isSomeoneToContactMe(tokens) ||
    isQueuedFor(tokens)
  ) {
    return true;
  }
  const at = tokens.findIndex((token) => ENGLISH_CALL.has(token));
  if (
    at < 0 ||
    tokens[at + 1] !== 'me' ||
    !tokens.slice(afterNumberGiven(tokens, at), at).every((token) => ENGLISH_CALL_BEFORE.has(token))
  ) {
    return false;
  }
  // "you can call me after 5pm", "u may call me back": leave to call, given by the speaker; "can you call me" asks.
  if ((tokens[0] === 'you' || tokens[0] === 'u') && PERMITTING.has(tokens[1] ?? '')) {
    return false;
  }
  const withNumber = tokens.slice(at + 2);
  const rest = withNumber.slice(0, numberGivenAt(withNumber));
  // "call me on +1 555 555 0123", "ring me back at 07700 900123": the number to call given.
  if (rest.length < withNumber.length && rest.every((_, index) => isWhen(rest, index))) {
    return true;
  }
  // "phone me", "please ring me": the whole message asks for the call.
  if (
    rest.length === 0 &&
    tokens.slice(afterNumberGiven(tokens, at), at).every((token) => CALL_ASKING.has(token))
  ) {
    return true;
  }
  // "call me pls my battery is dying", "ring me back asap i cant type": the call asked, then a sentence runs on;
  // "call me if you need anything" offers it.
  let asked = 0;
  while (ASKED_RIGHT_AFTER.has(withNumber[asked] ?? '')) {
    asked += 1;
  }
  if (asked > 0 && withNumber[asked] !== undefined && !OFFERING.has(withNumber[asked] ?? '')) {
    return true;
  }
  // "pls ring me im at work cant type much": the call asked first, then a sentence of the speaker's runs on.
  if (
    at > 0 &&
    isAskedBefore(tokens.slice(afterNumberGiven(tokens, at), at)) &&
    RUNS_ON_WITH.has(withNumber[0] ?? '') &&
    withNumber.length > RUN_ON_LEAST
  ) {
    return true;
  }
  // "phone me when someone is free", "call me back when an agent is available": when one of ours can.
  if (isWhenSomeoneIsFree(withNumber)) {
    return true;
  }
  // "call me" alone says nothing of when; a time or "back" after it asks for the call ("at 5pm", "at 10 30"). A
  // purpose asks only in a request ("call me about my claim", "can you ring me to confirm"): "you phone me about this
  // debt every morning" tells what they do.
  const isAsked = at === 0 || tokens.slice(0, at).some((token) => CALL_ASKING.has(token));
  // "can you call me?", "could u please ring me": asked of the business in so many words, nothing after.
  if (rest.length === 0 && YOU_ASKED_BY.has(tokens[0] ?? '') && (tokens[1] === 'you' || tokens[1] === 'u')) {
    return true;
  }
  return (
    (isAsked && isCallForAPurpose(rest)) || (rest.length > 0 && rest.every((_, index) => isWhen(rest, index)))
  );
}
