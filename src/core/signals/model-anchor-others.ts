// Words for someone that name a third party or the speaker, not someone of ours to reach: someone gone ("a missing
// person"), complained about, in need, hired or done something to, staff as a verb, the speaker's own role.
import { ENGLISH_CUES, words } from './human-request-cues.js';
import { withinOneEdit } from './model-anchor-typos.js';
import { isEnglishPerson } from './model-anchor-words.js';

// "missing person", "a departed employee", "a lost child": someone gone or sought, a third party; only at the start
// or after an article or a possessive ("I'm lost, human please" still asks).
const GONE = new Set(words(`missing lost dead deceased departed former injured`));
const BEFORE_GONE = new Set(words(`a an the my our his her their this that`));

export function isSomeoneGone(tokens: readonly string[], index: number): boolean {
  return GONE.has(tokens[index - 1] ?? '') && (index === 1 || BEFORE_GONE.has(tokens[index - 2] ?? ''));
}

// "I want to complain about my project manager", "a complaint about the rep": the person is what the complaint is
// about; "complain to a manager" still reaches one.
const COMPLAINING = new Set(words(`complain complaint complaints complaining complained`));
const ABOUT_REACH = 3;
const IS = new Set(words(`is was are were`));

export function isComplainedAbout(tokens: readonly string[], index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 1 - ABOUT_REACH); before -= 1) {
    if (tokens[before] === 'about') {
      // "a complaint about the rep", "my complaint is about the supervisor"
      const verb = IS.has(tokens[before - 1] ?? '') ? before - 2 : before - 1;
      return COMPLAINING.has(tokens[verb] ?? '');
    }
    if (tokens[before] === 'to' || tokens[before] === 'with') {
      return false;
    }
  }
  return false;
}

// "we can staff your intake desk", "to staff the night shift": "staff" as a verb, people supplied, nobody reached.
const STAFF_AS_VERB_BEFORE = new Set(words(`can could will would should to we they`));
const STAFF_AS_VERB_AFTER = new Set(words(`your our the a an their this that my`));

function isStaffAsAVerb(tokens: readonly string[], index: number): boolean {
  return (
    tokens[index] === 'staff' &&
    STAFF_AS_VERB_BEFORE.has(tokens[index - 1] ?? '') &&
    STAFF_AS_VERB_AFTER.has(tokens[index + 1] ?? '')
  );
}

/** The verb "staff" itself, or the place it staffs a few words on ("staff your intake desk"). */
export function isStaffingAPlace(tokens: readonly string[], index: number): boolean {
  for (let verb = index; verb >= Math.max(0, index - 3); verb -= 1) {
    if (isStaffAsAVerb(tokens, verb)) {
      return true;
    }
  }
  return false;
}

// "someone needs urgent care", "somebody is hurt", "a person collapsed": a third party in need, told; "someone needs
// to call me back" still asks for someone.
const IN_NEED = new Set(words(`needs is was has had got fell collapsed fainted`));
const SOMEONE = new Set(words(`someone somebody person`));

export function isSomeoneInNeed(tokens: readonly string[], index: number): boolean {
  const start = tokens[index - 1] === 'a' ? index - 1 : index;
  return (
    start === 0 &&
    SOMEONE.has(tokens[index] ?? '') &&
    IN_NEED.has(tokens[index + 1] ?? '') &&
    tokens[index + 2] !== 'to' &&
    !(
      tokens[index + 1] === 'is' && ['there', 'available', 'here', 'online'].includes(tokens[index + 2] ?? '')
    )
  );
}

// "I am a temp employee", "I'm retail staff": the word for someone is the speaker's own role. Between "I am" and it,
// only an article and words that describe a role ("a new", "retail", "senior"): "I'm done with this bot", "I am
// requesting a manager" and "im sick of these agents" are no role.
const ROLES = new Set(ENGLISH_CUES.strongTargets);
const ROLE_BETWEEN_NOT = new Set(
  words(`of with w wit to for from at up by about over this that these those so really very not never no done sick
    tired finished fed fd over requesting seeking looking`),
);
const ROLE_REACH = 3;

export function isTheSpeakersRole(tokens: readonly string[], index: number): boolean {
  if (!ROLES.has(tokens[index] ?? '')) {
    return false;
  }
  for (let before = index - 1; before >= Math.max(0, index - 1 - ROLE_REACH); before -= 1) {
    const token = tokens[before] ?? '';
    if (token === 'im' || ((token === 'am' || token === 'm') && tokens[before - 1] === 'i')) {
      return true;
    }
    if (ROLE_BETWEEN_NOT.has(token) || token.endsWith('ing') || token.endsWith('ed')) {
      return false;
    }
  }
  return false;
}

// "I hired someone new", "promote an employee", "how can I hurt someone", "let someone go": the word for someone is
// what the speaker does something to, a third party, not someone to reach.
const DONE_TO = new Set(
  words(`hire hired hiring onboard onboarding offboard fire fired firing promote promoted promoting demote pay paid
    reward train trained training recruit recruiting interview interviewing evaluate evaluating replace replacing
    terminate terminating dismiss dismissed sack sacked manage manages managing managed supervise supervises
    supervising rate rated rating thank thanked tip report reported hurt harm kill attack poison threaten intimidate
    stalk spy track harass scam manipulate overpower impersonate dox bully blame sue select selected selecting`),
);
const AGAINST = new Set(['on', 'against', 'at']);
const ON_THE_WAY_TO_SOMEONE = new Set(
  words(`a an the my our your his her their this that every each some new all`),
);

export function isDoneToSomeone(tokens: readonly string[], index: number): boolean {
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

// "someone used my card", "i think somebody got in", "someone accessed my account": someone unknown who did something
// to the speaker's account or things, told; not someone of ours asked for.
const ANYONE_UNKNOWN = new Set(words(`someone somebody anyone anybody`));
const DEEDS = new Set(
  words(`got used accessed hacked stole stolen took logged opened changed charged withdrew ordered bought signed
    broke entered spent moved transferred cloned copied guessed reset tried`),
);

// "put this in the bag", "put it on my account": a thing put somewhere, no one put through; "put them on the line"
// still reaches someone.
const PUT_THINGS = new Set(words(`this it that these those everything all`));
const PUT_WHERE = new Set(words(`in into on onto back away down under inside`));
const LINES = new Set(words(`phone line call`));

export function isAThingPut(tokens: readonly string[], index: number): boolean {
  return (
    tokens[index] === 'put' &&
    PUT_THINGS.has(tokens[index + 1] ?? '') &&
    PUT_WHERE.has(tokens[index + 2] ?? '') &&
    !LINES.has(tokens[index + 3] ?? '') &&
    !LINES.has(tokens[index + 4] ?? '')
  );
}

// "connect this to Slack", "how do I connect it to Microsoft Teams", "sync that with my calendar": a thing joined to
// another thing; "connect this chat to a human" still puts the speaker through.
const JOINING = new Set(words(`connect reconnect link sync integrate hook`));
const JOINED_THINGS = new Set(words(`this it that these those`));
const JOINED_TO_MOST = 4;

export function isAThingJoined(tokens: readonly string[], index: number): boolean {
  if (!JOINING.has(tokens[index] ?? '') || !JOINED_THINGS.has(tokens[index + 1] ?? '')) {
    return false;
  }
  const to = tokens[index + 2] === 'up' ? index + 3 : index + 2;
  return (
    (tokens[to] === 'to' || tokens[to] === 'with') &&
    !tokens
      .slice(to + 1, to + 1 + JOINED_TO_MOST)
      .some((word) => ONES_JOINED.has(word) || isEnglishPerson(word))
  );
}
// The one put through, other than a person: the speaker, or support.
const ONES_JOINED = new Set(words(`me us support`));

// "i want to help someone who blocked her line", "we're trying to help somebody": the speaker helping someone, not
// someone helping the speaker.
const SPEAKER_WILLING = new Set(words(`want wanna like trying try need would`));

export function isHelpedByTheSpeaker(tokens: readonly string[], index: number): boolean {
  return (
    ANYONE_UNKNOWN.has(tokens[index] ?? '') &&
    tokens[index - 1] === 'help' &&
    tokens[index - 2] === 'to' &&
    SPEAKER_WILLING.has(tokens[index - 3] ?? '') &&
    tokens.slice(Math.max(0, index - 6), index - 3).some((token) => token === 'i' || token === 'we')
  );
}

// "someone's robbing me", "somebody is using my card", "someone keeps calling me": the same, going on now.
const DEEDS_GOING_ON = new Set(
  words(`robbing stealing using hacking accessing following stalking harassing threatening scamming impersonating
    blackmailing spamming texting messaging calling breaking withdrawing`),
);
const GOING_ON = new Set(words(`s is was keeps kept has been`));

export function isSomeoneActing(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if (token === 'someones' || token === 'somebodys') {
    return DEEDS_GOING_ON.has(tokens[index + 1] ?? '');
  }
  if (!ANYONE_UNKNOWN.has(token)) {
    return false;
  }
  let verb = index + 1;
  while (GOING_ON.has(tokens[verb] ?? '') && verb < index + 3) {
    verb += 1;
  }
  return (
    DEEDS.has(tokens[index + 1] ?? '') ||
    (verb > index + 1 && DEEDS_GOING_ON.has(tokens[verb] ?? '')) ||
    isADeedInThePresent(tokens, index + 1)
  );
}

// "someone owes me money", "somebody keeps my parcel", "someone sends me these texts": a verb in the present's third
// person after the unknown someone tells what they do. "someone needs to call me", "someone has to help" ask;
// "someone pls", "someone thanks" are no verbs.
const NOT_A_DEED = new Set(
  words(`is was has needs wants pls plss plz please thanks thx asap yes its this us`),
);

function isADeedInThePresent(tokens: readonly string[], at: number): boolean {
  const word = tokens[at] ?? '';
  return (
    word.length >= 4 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !NOT_A_DEED.has(word) &&
    // "someone eles", "anyone whoworks there": "else" mistyped, "who" glued on.
    !withinOneEdit(word, 'else') &&
    !word.startsWith('who') &&
    tokens[at + 1] !== 'to' &&
    // "can someone calls me back": asked, however typed.
    !ASKING_BEFORE.has(tokens[at - 2] ?? '')
  );
}
const ASKING_BEFORE = new Set(words(`can could will would please pls plz need want let`));

// "send money to someone abroad", "how do I transfer funds to someone else": money paid to someone, who is no one of
// ours to reach.
export const MONEY: ReadonlySet<string> = new Set(
  words(`money cash funds fund payment payments amount dollars pounds euros lira gift card`),
);
const MONEY_TO_MOST = 3;

export function isPaidTo(tokens: readonly string[], index: number): boolean {
  if (!ANYONE_UNKNOWN.has(tokens[index] ?? '') || tokens[index - 1] !== 'to') {
    return false;
  }
  return tokens.slice(Math.max(0, index - 1 - MONEY_TO_MOST), index - 1).some((token) => MONEY.has(token));
}

// "new employee needs a laptop": someone joining the team, not someone to reach.
const HIRES = new Set(words(`employee employees staff hire hires starter starters colleague colleagues`));

export function isANewHire(tokens: readonly string[], index: number): boolean {
  return HIRES.has(tokens[index] ?? '') && tokens[index - 1] === 'new';
}

// "transfer 500 to Rohan", "send 20 dollars to my son", "transfer funds to…": money moved, an amount or money right
// after the verb.
const MOVING_MONEY = new Set(words(`transfer send pay wire move forward`));
const AMOUNT = /^(?:\d|usd$|eur$|gbp$|tl$|try$)/;
// "wire transfer to external account", "a bank transfer to my savings": money moved, the kind of transfer before it.
const TRANSFER_KINDS = new Set([
  ...MONEY,
  ...words(`wire bank balance international domestic internal external`),
]);

// "please send me more details", "send me the link": a thing sent to the speaker, not the speaker handed on.
const SENT_THINGS = new Set(
  words(`details detail info information link links invoice receipt copy code statement brochure pictures photos
    quote catalogue catalog pdf file files document documents update updates confirmation instructions`),
);
const BEFORE_A_THING = new Set(words(`the a an more some your all any further full`));
const SENT_TO_THE_SPEAKER = new Set(words(`me us my our`));

/** "send me the link": a thing sent to the speaker, not the speaker handed on. */
export function isAThingSentToMe(tokens: readonly string[], index: number): boolean {
  if (tokens[index] !== 'send' || !SENT_TO_THE_SPEAKER.has(tokens[index + 1] ?? '')) {
    return false;
  }
  let at = index + 2;
  while (BEFORE_A_THING.has(tokens[at] ?? '')) {
    at += 1;
  }
  return SENT_THINGS.has(tokens[at] ?? '');
}

// "can I have multiple accounts?", "my two accounts": accounts held, not the accounts department.
const ACCOUNTS_HELD = new Set(
  words(`multiple two three several many both separate joint new my our all different`),
);

/** "can I have multiple accounts?": accounts held, not the accounts department. */
export function isAccountsHeld(tokens: readonly string[], index: number): boolean {
  return tokens[index] === 'accounts' && ACCOUNTS_HELD.has(tokens[index - 1] ?? '');
}

/** "transfer 500 to Rohan", "a wire transfer to my savings": money moved, not the speaker. */
export function isMoneyMoved(tokens: readonly string[], index: number): boolean {
  const next = tokens[index + 1] ?? '';
  return (
    MOVING_MONEY.has(tokens[index] ?? '') &&
    (AMOUNT.test(next) || MONEY.has(next) || TRANSFER_KINDS.has(tokens[index - 1] ?? ''))
  );
}
