// What the learned model must see before its reading counts: a word for a person, a team, a way of contact or the
// bot, written however badly. The model catches paraphrases and typos the grammar misses, but on its own it also
// fires on short everyday lines that share letters with requests ("Pepperoni", "I have no money right now"); a
// request for a person always names someone, a contact or the machine it is talking to.
import type { SignalLocale } from './detect-locale.js';
import { ENGLISH_CUES, TURKISH_CUES } from './human-request-cues.js';
import { makeTokenMemo } from './token-memo.js';

const words = (list: string): string[] => list.trim().split(/\s+/);

const ENGLISH_ANCHORS = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...ENGLISH_CUES.contactVerbs,
  ...ENGLISH_CUES.qualifiers,
  ...ENGLISH_CUES.pairTargets.flat(),
  ...words(`bot bots robot robots machine chatbot automated automatic ai assistant assistants escalation escalating
    escalated phone ring callback telephone desk helpdesk technician technicians engineer expert experts
    receptionist reception centre center sales billing accounts security office helpline hotline lead senior
    superior boss owner men woman man guy lady rp ppl folks consultant consultants colleague colleagues computer
    livechat some1 sum1 any1 live`),
]);

// Turkish stems: a word counts when it starts with one.
const TURKISH_ANCHORS = [
  ...TURKISH_CUES.strongTargets,
  ...TURKISH_CUES.weakTargets,
  ...TURKISH_CUES.contactVerbs.filter((stem) => stem.length >= 4),
  ...TURKISH_CUES.pairTargets.flat(),
  ...words(`bot robot makine yapay otomat asistan bilgisayar arama aray arayi cagri telefon gorusme destek hat
    santral sube yetkil mudur muduru amir sef uzman teknisyen servis kimse birey insan adam kadin`),
];
// Chat glues words ("bolgemudurumuzlegorusmek", "buradainsanvarmi"): a stem at least this long counts inside a word.
const GLUED_SHORTEST = 4;
// Short Turkish words ("ara", "arayin", "bri" for "biri") count only whole, never inside other words.
const TURKISH_SHORT = new Set(['ara', 'ari', 'arayin', 'arar', 'arasin', 'arayiniz', 'bri']);
/** "orrbotla", "botla": the bot inside a word. */
const TURKISH_BOT = /bot(?:la|a|u|un|tan|unuz)?$|^bot/;

/** Whether two words are at most one edit apart (insert, delete, replace, or swap two neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) {
      return true; // one replaced, or none
    }
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// The anchors that name a person or the bot itself, not only a team, a place or a way of contact. The detector does
// not use the difference (on dev data a stricter threshold for team and contact words cost recall and saved almost no
// false alarm: docs/signal-quality.md, round 5); scripts/signals/operating-point.ts tabulates by it.
const ENGLISH_PERSONS = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...words(`someone somebody anyone anybody colleague colleagues people human humans being bot bots robot robots
    chatbot machine automated ai assistant assistants technician technicians engineer expert experts receptionist
    superior boss owner men woman man guy lady ppl folks consultant consultants some1 sum1 any1`),
]);
const TURKISH_PERSONS = [
  ...TURKISH_CUES.strongTargets,
  ...TURKISH_CUES.weakTargets.filter((stem) => stem !== 'ekip' && stem !== 'departman'),
  ...words(`bot robot makine yapay otomat asistan yetkil mudur muduru amir sef uzman teknisyen kimse birey insan
    adam kadin`),
];

function readEnglishAnchor(token: string): boolean {
  return readEnglishIn(ENGLISH_ANCHORS, token);
}

function readEnglishIn(anchors: ReadonlySet<string>, token: string): boolean {
  if (anchors.has(token)) {
    return true;
  }
  if (token.length < 4 || NOT_TYPOS.has(token)) {
    return false;
  }
  if (anchors.has(withoutDoubles(token))) {
    return true; // "caall", "teamm", "livee"
  }
  for (const anchor of anchors) {
    // A typo of a long word ("agnet", "reprsentative"), or a lost space ("tosomebody", "humanagent"). Short words
    // take no typo but a doubled letter: "like" is one letter from "live", "and" from "hand".
    if (
      anchor.length >= 5 &&
      !NOT_TYPOS.has(token) &&
      (withinOneEdit(token, anchor) || hasWordWithin(token, anchor))
    ) {
      return true;
    }
    if (anchor.length < 5 && isGluedShort(token, anchor)) {
      return true;
    }
  }
  return false;
}

/** A word with each letter typed twice in a row kept once: "caall" is "call". */
function withoutDoubles(token: string): string {
  let kept = '';
  for (const letter of token) {
    if (kept.at(-1) !== letter) {
      kept += letter;
    }
  }
  return kept;
}

// The words a short anchor is glued to in chat ("realrep", "chatpls", "tothe team"): only these, since a short word
// inside another word is usually part of it ("sentence", "calling").
const GLUE = new Set(
  words(`real live actual proper human a an the to my your ur me us pls plz please now asap some any one`),
);

function isGluedShort(token: string, anchor: string): boolean {
  const at = token.indexOf(anchor);
  if (at < 0) {
    return false;
  }
  const before = token.slice(0, at);
  const after = token.slice(at + anchor.length);
  return (
    (before !== '' || after !== '') &&
    (before === '' || GLUE.has(before)) &&
    (after === '' || GLUE.has(after))
  );
}

// Real words one letter from a long anchor: a typo of it only by accident ("contract", "stuff", "export").
const NOT_TYPOS = new Set(
  words(`contract contracts stuff stiff teach peach react steak sneak export exports owned enter entered account
    accounts killing filling willing tales males scales salts humid prone phony shone phones offices contacts
    personal personally personality personalised personalized personalise personalize boot boots booted booting
    reboot rebooting rebooted useless`),
);

// Endings and beginnings that make another word of an anchor ("personal", "connection", "disconnected",
// "iphone"): the anchor inside those is not glued to a neighbour.
const SUFFIXES = new Set(
  words(`s es ed d er ers al ally ality ity ities ing ings ion ions ive less ly y ies ize ise ship ation ations ance
    ence able ful ness ment ments ic ics ism ist ists`),
);
const PREFIXES = new Set(words(`dis un re in non pre inter i head smart tele micro ear im mis co`));

/** Whether a long anchor sits inside a glued word, typed right or one edit off ("yourcollegues", "realpeeson"). */
function hasWordWithin(token: string, anchor: string): boolean {
  if (token.length <= anchor.length) {
    return false;
  }
  // A letter left out only counts in long words: "peron" inside "pepperoni" is not a person.
  for (
    let size = anchor.length >= 7 ? anchor.length - 1 : anchor.length;
    size <= anchor.length + 1;
    size += 1
  ) {
    for (let from = 0; from + size <= token.length; from += 1) {
      const window = token.slice(from, from + size);
      if (window !== anchor && !withinOneEdit(window, anchor)) {
        continue;
      }
      const before = token.slice(0, from);
      const after = token.slice(from + size);
      const derived = (before === '' || PREFIXES.has(before)) && (after === '' || SUFFIXES.has(after));
      if (!derived) {
        return true;
      }
    }
  }
  return false;
}

const YOU = new Set(['you', 'u', 'ya']);
/** Verbs whose "you" is the one answering ("talk to you"); "contact you", "call you" reach the company. */
const TALK_VERBS = new Set(['talk', 'speak', 'chat', 'discuss']);

/** "I'd like to talk to you about my order": the one to talk to is the bot itself. */
function isTalkToYou(tokens: readonly string[], index: number): boolean {
  if (!TALK_VERBS.has(tokens[index] ?? '')) {
    return false;
  }
  const next = tokens[index + 1] ?? '';
  return YOU.has(next) || ((next === 'to' || next === 'with') && YOU.has(tokens[index + 2] ?? ''));
}

/**
 * Whether the anchor at `index` reaches nobody of ours: the bot itself ("talk to you"), a ride or an assistant, a
 * thing named after someone ("help desk ticket", "agent id"), a device ("my computer keeps crashing"), a new hire, or a
 * contact word left hanging ("make a call to").
 */
function reachesNobody(tokens: readonly string[], index: number): boolean {
  return (
    isTalkToYou(tokens, index) ||
    isCallingAThing(tokens, index) ||
    NAMES_A_THING.has(tokens[index + 1] ?? '') ||
    isADevice(tokens, index) ||
    isANewHire(tokens, index) ||
    isLeftHanging(tokens, index) ||
    isDoneToSomeone(tokens, index) ||
    isSomeonesThing(tokens, index)
  );
}

// "I hired someone new", "promote an employee", "how can I hurt someone", "let someone go": the word for someone is
// what the speaker does something to, a third party, not someone to reach.
const DONE_TO = new Set(
  words(`hire hired hiring onboard onboarding offboard fire fired firing promote promoted promoting demote pay paid
    reward train trained training recruit recruiting interview interviewing evaluate evaluating replace replacing
    terminate terminating dismiss dismissed sack sacked manage manages managing managed supervise supervises
    supervising rate rated rating thank thanked tip report reported hurt harm kill attack poison threaten intimidate
    stalk spy track harass scam manipulate overpower impersonate dox bully blame sue`),
);
const AGAINST = new Set(['on', 'against', 'at']);
const ON_THE_WAY_TO_SOMEONE = new Set(
  words(`a an the my our your his her their this that every each some new all`),
);

function isDoneToSomeone(tokens: readonly string[], index: number): boolean {
  if (DONE_TO.has(tokens[index] ?? '')) {
    return true; // the verb itself, read as a typo of an anchor ("promote")
  }
  let before = index - 1;
  while (before >= index - 2 && ON_THE_WAY_TO_SOMEONE.has(tokens[before] ?? '')) {
    before -= 1;
  }
  const verb = tokens[before] ?? '';
  // "an attack on someone", "a threat against them"
  const acted = AGAINST.has(verb) && DONE_TO.has(tokens[before - 1] ?? '');
  return acted || DONE_TO.has(verb) || (verb === 'let' && tokens[index + 1] === 'go');
}

/** "steal someone's data", "what is the agent's name": something of a person's, unless it is how to reach them. */
function isSomeonesThing(tokens: readonly string[], index: number): boolean {
  const after = tokens[index + 2];
  return tokens[index + 1] === 's' && after !== undefined && !REACHED_BY.has(after);
}
const REACHED_BY = new Set(words(`number phone email extension contact line whatsapp`));

// What an employer keeps about its people: "employee handbook", "handle an employee exit", "staff directory".
const HR_THINGS =
  words(`handbook handbooks exit exits directory records record survey surveys turnover headcount
  onboarding offboarding payroll roster rosters`);

// "submit a help desk ticket", "what is my agent id": a word for someone inside the name of a thing, in any sentence.
const NAMES_A_THING = new Set([
  ...words(`ticket tickets request requests id ids code codes login portal`),
  ...HR_THINGS,
]);

// "computer won't turn on", "my computer keeps crashing", "machine ready": the device, not the bot answering.
const DEVICES = new Set(words(`computer computers machine machines laptop pc`));
const OWNED = new Set(words(`my our his her their new`));
const DEVICE_STATE = new Set(
  words(`won't wont doesn't doesnt isn't isnt not keeps kept crashed crashes crashing broke broken froze frozen
    ready stopped`),
);

function isADevice(tokens: readonly string[], index: number): boolean {
  if (!DEVICES.has(tokens[index] ?? '')) {
    return false;
  }
  return OWNED.has(tokens[index - 1] ?? '') || DEVICE_STATE.has(tokens[index + 1] ?? '');
}

// "new employee needs a laptop": someone joining the team, not someone to reach.
const HIRES = new Set(words(`employee employees staff hire hires starter starters colleague colleagues`));

function isANewHire(tokens: readonly string[], index: number): boolean {
  return HIRES.has(tokens[index] ?? '') && tokens[index - 1] === 'new';
}

/**
 * "make a call to", "send a message to": a call or message whose "to" names no one, at the end of the sentence; a
 * message sent ("send message to", "forward the email") is the one writing it, not someone reached.
 */
function isLeftHanging(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if ((token === 'send' || token === 'forward') && MESSAGES.has(tokens[index + 1] ?? '')) {
    return true;
  }
  const next = tokens[index + 1];
  return (
    (next === 'to' || next === 'with') &&
    index + 2 === tokens.length &&
    ['a', 'an', 'make', 'message'].includes(tokens[index - 1] ?? '')
  );
}
const MESSAGES = new Set(words(`message messages email emails mail text texts sms note letter`));

// "tweet my complaint to their customer service", "post on facebook that the staff were rude": a public post about a
// company, written by the customer, reaches no one of ours through this chat.
const POSTING = new Set(words(`tweet tweets twitter facebook instagram newsfeed`));

// "call an uber", "talk to alexa": a ride or another assistant, no person of ours.
const CONTACT_WORDS = new Set(ENGLISH_CUES.contactVerbs);
const NOT_PEOPLE = new Set(words(`uber lyft taxi cab alexa siri cortana bixby google chatgpt gpt`));
const ON_THE_WAY = new Set(['to', 'with', 'a', 'an', 'the', 'my', 'me']);

function isCallingAThing(tokens: readonly string[], index: number): boolean {
  if (!CONTACT_WORDS.has(tokens[index] ?? '')) {
    return false;
  }
  let next = index + 1;
  while (next < tokens.length && next <= index + 3 && ON_THE_WAY.has(tokens[next] ?? '')) {
    next += 1;
  }
  return NOT_PEOPLE.has(tokens[next] ?? '');
}

/** "get hold of", "take me to", "bring me to": phrases of contact whose words alone name nothing. */
function isContactPhrase(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (token === 'hold') {
    return ['get', 'got', 'getting', 'gets'].includes(tokens[index - 1] ?? '') && next === 'of';
  }
  if (token === 'takeme' || token === 'bringme') {
    return next === 'to';
  }
  return (token === 'take' || token === 'bring') && next === 'me' && tokens[index + 2] === 'to';
}

/** "who can I ask", "who should I ask about a complaint": asking which person to turn to. */
function asksWhoToAsk(tokens: readonly string[]): boolean {
  const who = tokens.indexOf('who');
  const ask = who < 0 ? -1 : tokens.indexOf('ask', who + 1);
  return ask > who && ask <= who + 4;
}

function readTurkishAnchor(token: string): boolean {
  return TURKISH_SHORT.has(token) || readTurkishIn(TURKISH_ANCHORS, token);
}

function readTurkishIn(stems: readonly string[], token: string): boolean {
  if (TURKISH_BOT.test(token)) {
    return true;
  }
  for (const stem of stems) {
    if (token.startsWith(stem) || (stem.length >= GLUED_SHORTEST && token.includes(stem))) {
      return true;
    }
    // A typo inside the stem ("temsilici", "opreator"): the word's start within one edit of it.
    if (
      stem.length >= 5 &&
      token.length >= stem.length - 1 &&
      (withinOneEdit(token.slice(0, stem.length), stem) ||
        withinOneEdit(token.slice(0, stem.length + 1), stem) ||
        withinOneEdit(token.slice(0, stem.length - 1), stem))
    ) {
      return true;
    }
  }
  return false;
}

// A fragment of a few words names a topic the way intent lists and menus do: "agent portal", "call forwarding",
// "contact details", "wire transfer". There a word for someone counts only as itself, not as part of a thing's name.
const FRAGMENT_MOST = 3;
/** Words that make the one before them a thing: "agent portal", "call forwarding", "contact details". */
const THING_AFTER = new Set([
  ...ENGLISH_CUES.otherSenseAfter,
  ...HR_THINGS,
  ...words(`portal benefits discount discounts details detail info information number numbers hours hour member
    members plan plans pricing price settings setting forwarding waiting policy policies status address email list
    page form forms history`),
]);
/** Words that make the one after them a thing: "wire transfer", "bank transfer". */
const THING_BEFORE = new Set(
  words(`wire bank money funds fund balance international domestic data file files credit cash stock`),
);

/** Words that ask whatever else the fragment says: "staff member pls". */
const FRAGMENT_ASKING = new Set(words(`please pls plz asap now urgent want wanna need needed required`));

/** Whether a fragment of a few words names someone as itself, not inside a thing's name, or asks outright. */
function isFragmentAnchored(tokens: readonly string[]): boolean {
  if (tokens.some((token) => FRAGMENT_ASKING.has(token))) {
    return tokens.some(isEnglishAnchor);
  }
  return tokens.some(
    (token, index) =>
      !THING_AFTER.has(token) &&
      isEnglishAnchor(token) &&
      !reachesNobody(tokens, index) &&
      !THING_AFTER.has(tokens[index + 1] ?? '') &&
      !THING_BEFORE.has(tokens[index - 1] ?? ''),
  );
}

// Each word is read against every anchor (typos, glued words) once; chat repeats its words.
const isEnglishAnchor = makeTokenMemo(readEnglishAnchor);
const isTurkishAnchor = makeTokenMemo(readTurkishAnchor);
const isEnglishPerson = makeTokenMemo((token: string) => readEnglishIn(ENGLISH_PERSONS, token));
const isTurkishPerson = makeTokenMemo((token: string) => readTurkishIn(TURKISH_PERSONS, token));

/**
 * Whether a message's tokens (folded) name a person or the bot, not only a team, a place or a way of contact
 * ("billing", "call", "help desk"): read after mentionsSomeoneToReach, with the same exceptions.
 */
export function namesAPerson(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    return tokens.some(isTurkishPerson) || tokens.some(isEnglishPerson);
  }
  return tokens.some((token, index) => isEnglishPerson(token) && !reachesNobody(tokens, index));
}

/** Whether a sentence's tokens (folded) name a person, a team, a way of contact or the bot. */
export function mentionsSomeoneToReach(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    // Turkish chat borrows English words ("agent", "human", "call center"), and a Turkish account may write English.
    return tokens.some(isTurkishAnchor) || tokens.some(isEnglishAnchor);
  }
  if (tokens.some((token) => POSTING.has(token))) {
    return false;
  }
  if (tokens.length <= FRAGMENT_MOST) {
    return isFragmentAnchored(tokens);
  }
  return (
    tokens.some(
      (token, index) =>
        (isEnglishAnchor(token) && !reachesNobody(tokens, index)) || isContactPhrase(tokens, index),
    ) || asksWhoToAsk(tokens)
  );
}
