// English asks to reach the business itself, the one written to, with no person named: "can I email you", "please
// respond to my DM", "answer the phone!", "how do I get through?". Each is the whole clause, so "can I email you the
// form" (a thing sent), "why did you call me" and "I finally got through" stay what they are.
import { isBusinessWord } from './human-request-contact.js';
import { ENGLISH_CUES, HOW_MODALS, PLEAS, words, YOU_WORDS } from './human-request-cues.js';

const OPENERS = new Set(
  words(
    `please pls plz kindly just so ok okay hi hello hey then and but um surely seriously honestly abeg also`,
  ),
);
const TAIL = new Set(
  words(`please pls plz there directly instead now today asap again guys then thanks thank urgently soon quickly
    immediately`),
);

/** The speaker as the one reached: "me", "us". */
const isMeOrUs = (token: string | undefined): boolean => token === 'me' || token === 'us';

function skipOpeners(tokens: readonly string[]): number {
  let at = 0;
  while (OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  return at;
}

// "… and reply asap", "… and call me": a second ask joined on.
const JOINED_ASKS = new Set(words(`and reply respond call me us back`));
const onlyTail = (tokens: readonly string[], from: number): boolean =>
  tokens.slice(from).every((token) => TAIL.has(token)) ||
  (tokens[from] === 'and' &&
    tokens.slice(from + 1).every((token) => JOINED_ASKS.has(token) || TAIL.has(token)));

// "can I email you", "could we call you instead", "can i whatsapp u there": leave to reach the business asked, which
// asks for the way.
const MAY = new Set(words(`can could may`));
const WE = new Set(words(`i we`));
const REACHING = new Set(words(`call email mail phone ring message whatsapp text dm pm`));

// "I want to call you", "I wanna call you", "we'd like to email you": the same, wished.
const WISHING_TO = new Set(words(`want need wanted wish`));

function isReachingYouWishedAt(tokens: readonly string[], at: number): number {
  if (!WE.has(tokens[at] ?? '')) {
    return -1;
  }
  if (tokens[at + 1] === 'wanna') {
    return at + 2;
  }
  if (WISHING_TO.has(tokens[at + 1] ?? '') && tokens[at + 2] === 'to') {
    return at + 3;
  }
  // "i would like to", "we d like to"
  const like = tokens[at + 1] === 'would' || tokens[at + 1] === 'd' ? at + 2 : -1;
  return like > 0 && tokens[like] === 'like' && tokens[like + 1] === 'to' ? like + 2 : -1;
}

function isLeaveToReachYouAsked(tokens: readonly string[], at: number): boolean {
  const wished = isReachingYouWishedAt(tokens, at);
  const verb = wished > 0 ? wished : MAY.has(tokens[at] ?? '') && WE.has(tokens[at + 1] ?? '') ? at + 2 : -1;
  return (
    verb > 0 &&
    REACHING.has(tokens[verb] ?? '') &&
    YOU_WORDS.has(tokens[verb + 1] ?? '') &&
    (onlyTail(tokens, verb + 2) || ABOUT.has(tokens[verb + 2] ?? ''))
  );
}
// "… call you about my booking": what for, after the ask.
const ABOUT = new Set(words(`about regarding concerning re`));

// "please respond to my DM", "kindly reply to my email", "can you answer my messages", "please revert": the business
// asked to write back to the speaker.
const ASKING = new Set(words(`can could would will you u`));
// "please response to your ticket": the noun for the verb, as much of the world's English writes it.
const REPLYING = new Set(words(`respond response reply answer revert attend`));
const WRITTEN = new Set(
  words(
    `dm dms email emails mail mails message messages pm pms ticket tickets query queries complaint tweet enquiry
    enquiries inquiry inquiries request`,
  ),
);

function isAReplyAsked(tokens: readonly string[], start: number): boolean {
  let at = start;
  while (ASKING.has(tokens[at] ?? '') || OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  if (!REPLYING.has(tokens[at] ?? '')) {
    return false;
  }
  // "please revert", "kindly revert back asap": "revert" is "reply" in much of the world's English.
  if (tokens[at] === 'revert' && at > 0) {
    return onlyTail(tokens, tokens[at + 1] === 'back' ? at + 2 : at + 1);
  }
  // "can you reply on the DM thread?", "reply in my inbox please": where the reply is asked.
  if (
    (tokens[at + 1] === 'on' || tokens[at + 1] === 'in' || tokens[at + 1] === 'via') &&
    (WHOSE.has(tokens[at + 2] ?? '') || tokens[at + 2] === 'my') &&
    PRIVATE.has(tokens[at + 3] ?? '')
  ) {
    return onlyTail(tokens, tokens[at + 4] === 'thread' ? at + 5 : at + 4);
  }
  // "respond to my DM", "attend to my enquiry", "respond to your DMs!" (the business's inbox, where the speaker wrote).
  const mine = tokens[at + 1] === 'to' ? at + 2 : at + 1;
  const whose = tokens[mine] ?? '';
  if (whose === 'my' || whose === 'our' || WHOSE.has(whose)) {
    // "your zendesk ticket": which one, named before the noun.
    const noun = WRITTEN.has(tokens[mine + 1] ?? '') ? mine + 1 : mine + 2;
    if (WRITTEN.has(tokens[noun] ?? '')) {
      return isWhereWrittenLast(tokens, afterItsNumber(tokens, noun + 1));
    }
  }
  // "please respond to ticket 4432", "can you reply to request 118361": the speaker's message by its number.
  const written = whose === 'this' ? mine + 1 : mine;
  return (
    WRITTEN.has(tokens[written] ?? '') &&
    afterItsNumber(tokens, written + 1) > written + 1 &&
    onlyTail(tokens, afterItsNumber(tokens, written + 1))
  );
}

// "… to the mail in info@example.org": where it was written, last.
const WHERE_WRITTEN_LAST = new Set(words(`in at on to via`));
const WHERE_WRITTEN_MOST = 3;

function isWhereWrittenLast(tokens: readonly string[], at: number): boolean {
  return (
    onlyTail(tokens, at) ||
    (WHERE_WRITTEN_LAST.has(tokens[at] ?? '') && tokens.length - (at + 1) <= WHERE_WRITTEN_MOST)
  );
}

// "ticket 4432", "request no 118361", "case #48213" (folded without "#"): a message named by its number.
const NUMBER_WORDS = new Set(words(`no number num id`));
const HAS_DIGIT = /\d/;

function afterItsNumber(tokens: readonly string[], at: number): number {
  const number = NUMBER_WORDS.has(tokens[at] ?? '') ? at + 1 : at;
  return HAS_DIGIT.test(tokens[number] ?? '') ? number + 1 : at;
}

// "any chance of a response??", "i need a reply from you", "can we get a response please": the business's reply
// wanted, the whole clause; "the response was slow" and "a response time" tell or name something else.
const REPLY_NOUNS = new Set(words(`response reply`));
const REPLY_WISHES = new Set(words(`need want expect demand request like`));
const REPLY_GETTING = new Set(words(`get have receive`));
const REPLY_DETERMINERS = new Set(words(`a an some any your`));
const REPLY_ABOUT = new Set(words(`email ticket request message query case dm complaint question`));
const REPLY_TOPICS = new Set(words(`regarding about on re concerning to`));

function isAReplyWanted(tokens: readonly string[], start: number): boolean {
  let at = start;
  if (tokens[at] === 'any' && tokens[at + 1] === 'chance' && tokens[at + 2] === 'of') {
    at += 3;
  } else if (WE.has(tokens[at] ?? '') && REPLY_WISHES.has(tokens[at + 1] ?? '')) {
    at += 2;
  } else if (
    WE.has(tokens[at] ?? '') &&
    (tokens[at + 1] === 'would' || tokens[at + 1] === 'd') &&
    tokens[at + 2] === 'appreciate'
  ) {
    // "I would appreciate a response regarding the failure on flight 1109": what it is about may follow.
    at += 3;
    if (REPLY_DETERMINERS.has(tokens[at] ?? '') && REPLY_NOUNS.has(tokens[at + 1] ?? '')) {
      return onlyTail(tokens, at + 2) || REPLY_TOPICS.has(tokens[at + 2] ?? '');
    }
    return false;
  } else if (
    MAY.has(tokens[at] ?? '') &&
    WE.has(tokens[at + 1] ?? '') &&
    REPLY_GETTING.has(tokens[at + 2] ?? '')
  ) {
    at += 3;
  } else {
    return false;
  }
  if (!REPLY_DETERMINERS.has(tokens[at] ?? '') || !REPLY_NOUNS.has(tokens[at + 1] ?? '')) {
    return false;
  }
  at += 2;
  if (tokens[at] === 'from' && FROM_WHOM.has(tokens[at + 1] ?? '')) {
    at += 2;
  }
  // "… to my email", "… on my ticket 4432", "… to this"
  if (
    (tokens[at] === 'to' || tokens[at] === 'on') &&
    (tokens[at + 1] === 'my' || tokens[at + 1] === 'this')
  ) {
    at += REPLY_ABOUT.has(tokens[at + 2] ?? '') ? afterItsNumber(tokens, at + 3) - at : 2;
  }
  return onlyTail(tokens, at);
}

// "answer the phone!", "someone pick up the phone please", "pick up your phones": the business's line, to be answered.
const SOMEONE = new Set(words(`someone somebody anyone anybody`));
const WHOSE = new Set(words(`the your ur`));
const CURSES = new Set(words(`bloody damn damned freaking fricking fucking effing goddamn stupid`));
const LINES = new Set(words(`phone phones calls line lines`));

function isThePhoneToBeAnswered(tokens: readonly string[], start: number): boolean {
  let at = start;
  while (ASKING.has(tokens[at] ?? '') || SOMEONE.has(tokens[at] ?? '') || OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // Asked of no one but the business: "can you answer the phone", "someone pick up"; "why" asks why not.
  if (tokens[at] === 'answer') {
    at += 1;
  } else if (tokens[at] === 'pick' && tokens[at + 1] === 'up') {
    at += 2;
  } else if (tokens[at] === 'pickup') {
    at += 1;
  } else {
    return false;
  }
  if (!WHOSE.has(tokens[at] ?? '')) {
    return false;
  }
  at += 1;
  while (CURSES.has(tokens[at] ?? '')) {
    at += 1;
  }
  return LINES.has(tokens[at] ?? '') && onlyTail(tokens, at + 1);
}

// "does anybody read these emails?", "is anyone checking this inbox", "does anyone pick up your sales or contact emails
// from your website?": whether someone of the business attends to where the speaker writes or calls, asked; "why does
// nobody answer the phone" asks why, "is anyone there" only who is there.
const ASKING_IF = new Set(words(`does do is are`));
const STILL = new Set(words(`actually even ever still really`));
const ATTENDING = new Set(
  words(`read reading check checking monitor monitoring answer answering see seeing`),
);
const ATTENDING_TO = new Map([
  ['pick', 'up'],
  ['picking', 'up'],
  ['respond', 'to'],
  ['responding', 'to'],
  ['look', 'at'],
  ['looking', 'at'],
]);
const WHERE_WRITTEN = new Set(words(`the your ur these this those my our`));
const WRITTEN_TO = new Set(
  words(`emails email mails mail messages message inbox tickets ticket issues dms dm chat channel phone phones calls
    line lines forum requests queries enquiries inquiries`),
);
const NAMING_MOST = 4;
const PLACE_PREPS = new Set(words(`from on at in via through here`));

function isSomeoneAttendingAsked(tokens: readonly string[], start: number): boolean {
  if (!ASKING_IF.has(tokens[start] ?? '') || !SOMEONE.has(tokens[start + 1] ?? '')) {
    return false;
  }
  let at = start + 2;
  while (STILL.has(tokens[at] ?? '')) {
    at += 1;
  }
  const verb = tokens[at] ?? '';
  if (ATTENDING.has(verb)) {
    at += 1;
  } else if (ATTENDING_TO.get(verb) === tokens[at + 1]) {
    at += 2;
  } else {
    return false;
  }
  if (!WHERE_WRITTEN.has(tokens[at] ?? '')) {
    return false;
  }
  // "your sales or contact emails": which of them, named before the noun.
  const noun = tokens.slice(at + 1, at + 2 + NAMING_MOST).findIndex((token) => WRITTEN_TO.has(token));
  if (noun < 0) {
    return false;
  }
  at += noun + 2;
  if (PLACE_PREPS.has(tokens[at] ?? '')) {
    return tokens.length - at <= NAMING_MOST;
  }
  return onlyTail(tokens, at);
}

// "how do I get through?", "how can we get thru to you": reaching the business on its line, asked.
const THROUGH = new Set(words(`through thru`));

function isGettingThroughAsked(tokens: readonly string[], at: number): boolean {
  if (
    tokens[at] !== 'how' ||
    !HOW_MODALS.has(tokens[at + 1] ?? '') ||
    !WE.has(tokens[at + 2] ?? '') ||
    tokens[at + 3] !== 'get' ||
    !THROUGH.has(tokens[at + 4] ?? '')
  ) {
    return false;
  }
  const rest = tokens[at + 5] === 'to' && YOU_WORDS.has(tokens[at + 6] ?? '') ? at + 7 : at + 5;
  return onlyTail(tokens, rest);
}

// "please check your DMs", "can you read my dm": the business's people asked to read what the speaker wrote privately;
// "follow me back so I can DM you", "pls follow back": a private line to them, asked for.
const READING = new Set(words(`check read see`));
const DM_FOR = new Set(words(`assistance help details support`));
const PRIVATE = new Set(words(`dm dms inbox pm pms`));
const FOLLOWED = new Set(words(`me us back`));

const JOINED_ORDERS = new Set(words(`help assist fix sort resolve explain tell let check advise`));
const VIA = new Set(words(`via over through in by on`));
const PRIVATE_BEFORE = new Set(words(`twitter instagram facebook private a the`));

function isAPrivateLineAsked(tokens: readonly string[], start: number): boolean {
  let at = start;
  while (ASKING.has(tokens[at] ?? '') || OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "kindly DM for assistance", "pls dm asap": a private message asked of the business; "please DM me and help me fix
  // this": a second order joined on.
  if (tokens[at] === 'dm' || tokens[at] === 'pm') {
    const isMe = isMeOrUs(tokens[at + 1]);
    const rest = isMe ? at + 2 : at + 1;
    return (
      (at > 0 &&
        (onlyTail(tokens, rest) ||
          (tokens[rest] === 'for' && DM_FOR.has(tokens[rest + 1] ?? '') && onlyTail(tokens, rest + 2)))) ||
      (isMe && tokens[rest] === 'and' && JOINED_ORDERS.has(tokens[rest + 1] ?? ''))
    );
  }
  // "can you please help via Twitter PM?", "help me over dm": help asked for in a private message.
  if (tokens[at] === 'help' && at > 0) {
    let via = isMeOrUs(tokens[at + 1]) ? at + 2 : at + 1;
    if (!VIA.has(tokens[via] ?? '')) {
      return false;
    }
    via += 1;
    while (PRIVATE_BEFORE.has(tokens[via] ?? '')) {
      via += 1;
    }
    return PRIVATE.has(tokens[via] ?? '') && onlyTail(tokens, via + 1);
  }
  if (READING.has(tokens[at] ?? '')) {
    const whose = tokens[at + 1] ?? '';
    return (
      (WHOSE.has(whose) || whose === 'my' || whose === 'our') &&
      PRIVATE.has(tokens[at + 2] ?? '') &&
      onlyTail(tokens, at + 3)
    );
  }
  if (tokens[at] !== 'follow') {
    return false;
  }
  let end = at + 1;
  while (FOLLOWED.has(tokens[end] ?? '')) {
    end += 1;
  }
  if (!tokens.slice(at + 1, end).includes('back')) {
    // "can you follow me so I can send you the info", "follow for a DM please": a follow asked for a private line;
    // "please follow us" asked alone (its purpose a clause of its own) is the same.
    if (
      end > at + 1 &&
      tokens.slice(0, at).some((token) => FOLLOW_ASKED.has(token)) &&
      onlyTail(tokens, end)
    ) {
      return true;
    }
    return isForAPrivateMessage(tokens, end);
  }
  // "… so I can DM you"
  if (isSoWeCan(tokens, end)) {
    end = REACHING.has(tokens[end + 3] ?? '') ? end + 4 : -1;
    if (end > 0 && YOU_WORDS.has(tokens[end] ?? '')) {
      end += 1;
    }
  }
  return end > 0 && onlyTail(tokens, end);
}

const FOLLOW_ASKED = new Set(words(`can could would will please pls plz kindly`));
// What a follow is asked for: "so I can send you the info", "so we can DM", "for a DM".
const SENDING = new Set(words(`send dm pm message inbox share`));
const SENT_MOST = 5;

function isForAPrivateMessage(tokens: readonly string[], at: number): boolean {
  if (
    tokens[at] === 'for' &&
    (tokens[at + 1] === 'a' || tokens[at + 1] === 'the') &&
    PRIVATE.has(tokens[at + 2] ?? '')
  ) {
    return true;
  }
  return isSoWeCan(tokens, at) && SENDING.has(tokens[at + 3] ?? '') && tokens.length - (at + 4) <= SENT_MOST;
}

/** Whether the speaker's purpose starts at `at`: "so I can", "so we can". */
function isSoWeCan(tokens: readonly string[], at: number): boolean {
  return tokens[at] === 'so' && WE.has(tokens[at + 1] ?? '') && tokens[at + 2] === 'can';
}

// "still waiting to hear from someone", "im waiting on a dm, please help", "waiting for a call back from your team": a
// reply awaited from the business, which asks for it.
const WAITING = new Set(words(`waiting waitin`));
const AWAITED = new Set(words(`dm dms reply response callback call answer followup`));
const FROM_WHOM = new Set(words(`someone somebody anyone anybody you u`));
// "… for ages", "… for two days now, please help": how long, and the ask again.
const WAIT_TAIL = new Set(
  words(`still please pls plz help me now for ages days hours weeks week day while long a two three so over almost
    nearly minutes mins hrs months four five six seven eight nine ten twelve`),
);
const isWaitTail = (token: string): boolean => WAIT_TAIL.has(token) || /^\d+$/.test(token);
const SPEAKER_NOW = new Set(words(`i im m am we re are been ve have hey hi hello so`));
// "I will wait for a call", "ok i'll wait for your reply": the wait promised, which accepts the reply offered.
const WILL = new Set(words(`will ll shall`));
const SPEAKER_WILL = new Set(words(`ok okay then alright fine`));

// "awaiting your response", "I await your reply", "looking forward to your reply": the same, without "for".
const AWAITING = new Set(words(`awaiting await`));

function isAReplyAwaited(tokens: readonly string[]): boolean {
  const wait = tokens.findIndex(
    (token, index) =>
      WAITING.has(token) ||
      AWAITING.has(token) ||
      (token === 'wait' && WILL.has(tokens[index - 1] ?? '')) ||
      (token === 'forward' && tokens[index - 1] === 'looking' && tokens[index + 1] === 'to'),
  );
  if (
    wait < 0 ||
    tokens
      .slice(0, wait)
      .some(
        (token) =>
          !WAIT_TAIL.has(token) &&
          !SPEAKER_NOW.has(token) &&
          token !== 'looking' &&
          !(tokens[wait] === 'wait' && (WILL.has(token) || SPEAKER_WILL.has(token))),
      )
  ) {
    return false;
  }
  let at = wait + 1;
  if (tokens[wait] === 'forward' && tokens[at + 1] === 'hearing' && tokens[at + 2] === 'from') {
    at += 3;
  } else if (tokens[at] === 'to' && tokens[at + 1] === 'hear' && tokens[at + 2] === 'from') {
    at += 3;
  } else if (
    tokens[at] === 'on' ||
    tokens[at] === 'for' ||
    AWAITING.has(tokens[wait] ?? '') ||
    tokens[wait] === 'forward'
  ) {
    // "awaiting your reply" takes its object with no word before it; "waiting for", "waiting on", "forward to" one.
    at += AWAITING.has(tokens[wait] ?? '') ? 0 : 1;
    if (tokens[at] === 'a' || tokens[at] === 'my' || tokens[at] === 'your' || tokens[at] === 'the') {
      at += 1;
    }
    if (!AWAITED.has(tokens[at] ?? '') && !(tokens[at] === 'follow' && tokens[at + 1] === 'up')) {
      return false;
    }
    // "waiting for your follow up for two days now"
    at += tokens[at + 1] === 'back' || (tokens[at] === 'follow' && tokens[at + 1] === 'up') ? 2 : 1;
    if (tokens[at] !== 'from') {
      return tokens.slice(at).every((token) => isWaitTail(token) || TAIL.has(token));
    }
    at += 1;
  } else {
    return false;
  }
  // "… from your team", "… from the support desk": the business's people, in a word or two after "your" or "the".
  const from = FROM_WHOM.has(tokens[at] ?? '') ? at + 1 : whoseTeamEnds(tokens, at);
  return from > at && tokens.slice(from).every((token) => isWaitTail(token) || TAIL.has(token));
}

// "from your side", "from your end": the business's own side, as much of the world's English says it.
const THE_BUSINESS_SIDE = new Set(words(`side end`));
const TEAM_NAMING_MOST = 3;

function whoseTeamEnds(tokens: readonly string[], at: number): number {
  if (!WHOSE.has(tokens[at] ?? '')) {
    return at;
  }
  for (let word = at + 1; word <= at + TEAM_NAMING_MOST; word += 1) {
    if (isBusinessWord(tokens, word) || (word === at + 1 && THE_BUSINESS_SIDE.has(tokens[word] ?? ''))) {
      // "your customer service team": the last word that names them.
      let end = word + 1;
      while (end <= at + TEAM_NAMING_MOST && isBusinessWord(tokens, end)) {
        end += 1;
      }
      return end;
    }
  }
  return at;
}

// "please reply", "pls respond asap", "answer me!", "please reply to us", "kindly get in touch": a reply or contact asked
// of the business in a word or two, with "please" or "me" to make it an ask ("reply" alone answers a menu).
const ANSWER_ME = new Set(words(`reply respond answer`));

function isAReplyAskedInAWord(tokens: readonly string[], start: number): boolean {
  const isPlease = start > 0;
  let at = start;
  // "please reach out to me": the business asked to make contact.
  if (tokens[at] === 'reach' && tokens[at + 1] === 'out') {
    const me = tokens[at + 2] === 'to' && isMeOrUs(tokens[at + 3]) ? at + 4 : at + 2;
    return (isPlease || me > at + 2) && onlyTail(tokens, me);
  }
  // "please get in touch with me", "get in touch asap please"; "get in touch" typed alone, as "contact" is.
  if (tokens[at] === 'get' && tokens[at + 1] === 'in' && tokens[at + 2] === 'touch') {
    const rest = tokens[at + 3] === 'with' && isMeOrUs(tokens[at + 4]) ? at + 5 : at + 3;
    return (
      (isPlease || tokens.length === 3 || tokens.slice(rest).some((token) => PLEAS.has(token))) &&
      onlyTail(tokens, rest)
    );
  }
  // "please reply to us", "kindly write to me": the one to answer named after "to" ("write" only so).
  const isToMe = tokens[at + 1] === 'to' && isMeOrUs(tokens[at + 2]);
  if (!ANSWER_ME.has(tokens[at] ?? '') && !(tokens[at] === 'write' && isToMe)) {
    return false;
  }
  at += isToMe ? 2 : 1;
  const isMe = isMeOrUs(tokens[at]);
  // "please reply back", "reply please": "back" after the verb, or the plea after it, make it an ask too.
  const rest = (isMe ? at + 1 : at) + (tokens[isMe ? at + 1 : at] === 'back' ? 1 : 0);
  const isPleadedAfter = tokens.slice(rest).some((token) => PLEAS.has(token));
  return (isPlease || isMe || isPleadedAfter) && onlyTail(tokens, rest);
}

// "when will I get a response from you", "when can we expect a call back": the business's reply, asked when.
const EXPECTING = new Set(words(`get receive expect hear`));

// "when will you answer??", "when will someone call me back": the reply itself, asked when, of the one answering.
const WHO_REPLIES = new Set(words(`you u someone somebody anyone anybody`));
const REPLIES = new Set(words(`answer reply respond`));

function isWhenTheyReplyAsked(tokens: readonly string[], start: number): boolean {
  if (tokens[start] !== 'when' || tokens[start + 1] !== 'will' || !WHO_REPLIES.has(tokens[start + 2] ?? '')) {
    return false;
  }
  const verb = start + 3;
  if (REPLIES.has(tokens[verb] ?? '')) {
    const me = isMeOrUs(tokens[verb + 1]) ? verb + 2 : verb + 1;
    return onlyTail(tokens, me);
  }
  return (
    tokens[verb] === 'call' &&
    isMeOrUs(tokens[verb + 1]) &&
    tokens[verb + 2] === 'back' &&
    onlyTail(tokens, verb + 3)
  );
}

function isWhenAReplyAsked(tokens: readonly string[], start: number): boolean {
  if (isWhenTheyReplyAsked(tokens, start)) {
    return true;
  }
  // "when will I get…", or "when I will get…" as much of the world's English asks it.
  const isAsked =
    tokens[start] === 'when' &&
    ((HOW_MODALS.has(tokens[start + 1] ?? '') && WE.has(tokens[start + 2] ?? '')) ||
      (WE.has(tokens[start + 1] ?? '') && tokens[start + 2] === 'will'));
  if (!isAsked) {
    return false;
  }
  const verb = start + 3;
  if (!EXPECTING.has(tokens[verb] ?? '')) {
    return false;
  }
  let at = tokens[verb + 1] === 'a' || tokens[verb + 1] === 'any' ? verb + 2 : verb + 1;
  if (tokens[verb] === 'hear' && tokens[at] === 'back') {
    at += 1;
  } else if (AWAITED.has(tokens[at] ?? '')) {
    at += tokens[at + 1] === 'back' ? 2 : 1;
  } else if (tokens[verb] !== 'hear') {
    return false;
  }
  if (tokens[at] === 'from') {
    at += FROM_WHOM.has(tokens[at + 1] ?? '') ? 2 : 0;
  }
  return at > verb + 1 && onlyTail(tokens, at);
}

// "I demand a refund from a person", "i want an answer from a real human": what the speaker wants, to come from one of
// the business's people; "i want a gift from someone" wants a thing.
const FROM_A_PERSON_WANTED = new Set(
  words(`refund answer answers response reply explanation decision callback call update confirmation help
    assistance`),
);
// The business's people as every reading names them, and someone not named.
const PERSONS_FROM = new Set([...ENGLISH_CUES.strongTargets, ...words(`someone somebody`)]);
// "a real human": the qualifiers before the person ("human" among them is the person here).
const KINDS_OF_PERSON = new Set([
  ...words(`a an the`),
  ...ENGLISH_CUES.qualifiers.filter((word) => word !== 'human'),
]);

function isSomethingFromAPersonWanted(tokens: readonly string[], start: number): boolean {
  if (!WE.has(tokens[start] ?? '') || !REPLY_WISHES.has(tokens[start + 1] ?? '')) {
    return false;
  }
  let at = start + 2;
  at += REPLY_DETERMINERS.has(tokens[at] ?? '') ? 1 : 0;
  if (!FROM_A_PERSON_WANTED.has(tokens[at] ?? '') || tokens[at + 1] !== 'from') {
    return false;
  }
  at += 2;
  while (KINDS_OF_PERSON.has(tokens[at] ?? '')) {
    at += 1;
  }
  return PERSONS_FROM.has(tokens[at] ?? '') && onlyTail(tokens, at + 1);
}

// "can we talk sometime this week", "could we speak on the phone tomorrow": a talk with the business, set for a time or
// by phone; "can we talk about my order" asks the one answering.
const TALKING = new Set(words(`talk speak chat`));
const WHEN_OR_BY_PHONE = new Set(
  words(`sometime tomorrow today tonight later soon this next on by over monday tuesday wednesday thursday friday
    saturday sunday morning afternoon evening`),
);
const BY_LINE = new Set(words(`phone telephone call video zoom teams`));

function isATalkSetAsked(tokens: readonly string[], at: number): boolean {
  if (!MAY.has(tokens[at] ?? '') || tokens[at + 1] !== 'we' || !TALKING.has(tokens[at + 2] ?? '')) {
    return false;
  }
  const when = tokens[at + 3] ?? '';
  if (!WHEN_OR_BY_PHONE.has(when)) {
    return false;
  }
  // "on the phone", "by phone", "over zoom": a line; "this week", "next monday": a time.
  if (when === 'on' || when === 'by' || when === 'over') {
    const line = tokens[at + 4] === 'the' ? at + 5 : at + 4;
    return BY_LINE.has(tokens[line] ?? '');
  }
  // "this week", "next monday"; "talk this through" is no time.
  return when !== 'this' && when !== 'next' ? true : TIMES_OF.has(tokens[at + 4] ?? '');
}
const TIMES_OF = new Set(
  words(
    `week weekend month morning afternoon evening monday tuesday wednesday thursday friday saturday sunday time`,
  ),
);

/** Whether an English clause asks to reach the business it is written to, naming no one. */
export function asksToReachYou(tokens: readonly string[]): boolean {
  const at = skipOpeners(tokens);
  return (
    isLeaveToReachYouAsked(tokens, at) ||
    isATalkSetAsked(tokens, at) ||
    isAReplyAsked(tokens, at) ||
    isAReplyWanted(tokens, at) ||
    isSomethingFromAPersonWanted(tokens, at) ||
    isThePhoneToBeAnswered(tokens, at) ||
    isSomeoneAttendingAsked(tokens, at) ||
    isAPrivateLineAsked(tokens, at) ||
    isAReplyAwaited(tokens) ||
    isAReplyAskedInAWord(tokens, at) ||
    isWhenAReplyAsked(tokens, at) ||
    isGettingThroughAsked(tokens, at)
  );
}
