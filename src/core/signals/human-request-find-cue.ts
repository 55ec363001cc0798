// Finds the word that makes a target a request: a verb of contact, a wish, a follower or "is there", near the target.
import { CALLING_VERBS, ENGLISH_ROLES, TURKISH_ROLES, words } from './human-request-cues.js';
import { type CompiledLanguage, type CueKind, isATalkSomeoneIsFreeFor } from './human-request-languages.js';
import { type Target, targetAt } from './human-request-targets.js';
import { isSwitchingTo, isToldInThePast } from './human-request-turkish-told.js';

/** The word at `index` that links a target to a request, and whether it carries its own negation. */
export interface Cue {
  index: number;
  kind: CueKind;
  isNegated: boolean;
}

const LOOK_BEFORE = 8;
const LOOK_AFTER = 5;

// "change to an agent", "move me over to a person", "swap to a human": a verb of moving asks to be put through only
// with "to" right after it (or after "me", "us", "over", "it") and someone, not a unit, after that: "move to a
// different team", "change to another department" are a move at work; "change my manager" or "move the meeting" are
// not asked either.
const MOVING = new Set(['change', 'move', 'swap', 'shift']);
const ON_THE_WAY_TO = new Set(['me', 'us', 'over', 'it']);
const ARTICLES = new Set(['a', 'an', 'the', 'another', 'some']);

/** Whether "to" and a strong word for someone ("a live agent", "a real person") follow the verb of moving. */
function movesTo(lang: CompiledLanguage, tokens: readonly string[], index: number): boolean {
  let next = index + 1;
  while (next <= index + 2 && ON_THE_WAY_TO.has(tokens[next] ?? '')) {
    next += 1;
  }
  if (tokens[next] !== 'to') {
    return false;
  }
  let at = next + 1;
  if (ARTICLES.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "a live agent", "a real person": the qualifier, then the word ("human" is both).
  return (
    targetAt(lang, tokens, at)?.isStrong === true ||
    (lang.qualifiers.has(tokens[at] ?? '') && targetAt(lang, tokens, at + 1) !== undefined)
  );
}

// "the live chat agent was quick to sort it", "a chat with a person": "chat" as a noun, the channel the person works in, is no
// verb of contact; "can I chat with an agent" and "chat to a human" still ask.
const CHAT_AS_NOUN_AFTER = new Set([
  'live',
  'the',
  'a',
  'via',
  'over',
  'by',
  'on',
  'our',
  'your',
  'their',
  'its',
]);

// Turkish "talep ettim", "rica etmiştim": the noun of asking with a past "et-", told.
const ASKED_ONCE = new Set(['talep', 'rica']);
const TOLD_DONE = /^(?:ett[iu]|etmis|edil)/;
// "talep numarası", "talep formu": the noun in a thing's name.
const ASKING_AS_A_THING = /^(?:numara|no$|kayd|form|metn|durum)/;

function cueKindOf(lang: CompiledLanguage, tokens: readonly string[], index: number): Cue | undefined {
  const token = tokens[index] ?? '';
  if (token === 'chat' && !lang.language.negatesAfter && CHAT_AS_NOUN_AFTER.has(tokens[index - 1] ?? '')) {
    return undefined;
  }
  // "put me in touch with the facilities team": being put in touch is being put through.
  if (
    token === 'touch' &&
    !lang.language.negatesAfter &&
    tokens[index - 1] === 'in' &&
    tokens[index + 1] === 'with'
  ) {
    return { index, kind: 'contact', isNegated: false };
  }
  // "could I have a word with the store manager", "discuss it with a supervisor", "deal with a real person": a talk
  // with someone named strongly (STRONG_ONLY); not verbs of contact elsewhere, so the model's gate reads them as before.
  if (
    !lang.language.negatesAfter &&
    ((token === 'word' && tokens[index - 1] === 'a' && tokens[index + 1] === 'with') ||
      token === 'discuss' ||
      token === 'deal' ||
      // "discuss my claim with the adjuster": the matter between the verb and whom.
      (token === 'with' && tokens.slice(Math.max(0, index - DISCUSSED_MOST), index).includes('discuss')))
  ) {
    return { index, kind: 'contact', isNegated: false };
  }
  // "how do I get hold of someone in payroll": getting hold of someone is reaching them.
  if (
    token === 'hold' &&
    !lang.language.negatesAfter &&
    tokens[index + 1] === 'of' &&
    GETTING_HOLD.has(tokens[index - 1] ?? '')
  ) {
    return { index, kind: 'contact', isNegated: false };
  }
  // "will my sessions transfer to someone else", "transfer my booking to another person": a thing moved to someone,
  // not the speaker put through.
  if (
    TRANSFERRING.has(token) &&
    !lang.language.negatesAfter &&
    (MOVED_THINGS.has(tokens[index - 1] ?? '') ||
      (OWNED.has(tokens[index + 1] ?? '') && MOVED_THINGS.has(tokens[index + 2] ?? '')))
  ) {
    return undefined;
  }
  // "ask for the hardship team", "I was told to ask for escalations": someone asked for by name, as a verb of contact.
  if (token === 'ask' && !lang.language.negatesAfter && tokens[index + 1] === 'for') {
    return { index, kind: 'contact', isNegated: false };
  }
  // "please pass this on to whoever designs the app": a message passed on; "pass me on to a manager" asks.
  if (
    token === 'pass' &&
    !lang.language.negatesAfter &&
    tokens[index + 1] !== 'me' &&
    tokens[index + 1] !== 'us' &&
    tokens.slice(index + 1, index + 4).includes('on')
  ) {
    return undefined;
  }
  // "put the agent on hold", "put the caller on mute": someone held, not put on the line.
  if (token === 'put' && !lang.language.negatesAfter && isPutOnHold(tokens, index)) {
    return undefined;
  }
  // "page the on-call engineer", "can you page your supervisor": someone paged, a determiner after the verb.
  if (token === 'page' && !lang.language.negatesAfter && PAGED.has(tokens[index + 1] ?? '')) {
    return { index, kind: 'contact', isNegated: false };
  }
  const contact = lang.language.contactForm(token);
  // "I insist on speaking with a manager", "any way of talking to someone": a talk asked for in the -ing form; "I was
  // just talking to someone", "talking to a human was useless" and "I recommend talking to your manager" tell of one.
  if (
    contact !== undefined &&
    !lang.language.negatesAfter &&
    GERUNDS.has(token) &&
    !isTalkAskedFor(tokens, index)
  ) {
    return undefined;
  }
  // "do your branch staff speak welsh", "what languages does your support team speak": a language spoken, not a talk.
  if (contact !== undefined && !lang.language.negatesAfter && isALanguageSpoken(tokens, index)) {
    return undefined;
  }
  if (contact !== undefined) {
    // "farklı bir operatöre geçmek için": moving to another carrier, not being put through; "üst düzey biriyle
    // görüşmek istedim", "temsilciyle konuşmak için bir saat bekledim": a wish or a wait in the past, told.
    if (lang.language.negatesAfter && (isSwitchingTo(tokens, index) || isToldInThePast(tokens, index))) {
      return undefined;
    }
    return { index, kind: 'contact', isNegated: contact === 'negated' };
  }
  if (!lang.language.negatesAfter && MOVING.has(token) && movesTo(lang, tokens, index)) {
    return { index, kind: 'contact', isNegated: false };
  }
  // "daha fazla personel lazım size": staff the business needs, not someone the speaker wants.
  if (lang.isWant(token) && lang.language.negatesAfter && NEEDED_BY_YOU.has(tokens[index + 1] ?? '')) {
    return undefined;
  }
  if (lang.isWant(token)) {
    // "teknik servis talep ettim": asked for once, told.
    if (
      ASKED_ONCE.has(token) &&
      (TOLD_DONE.test(tokens[index + 1] ?? '') || ASKING_AS_A_THING.test(tokens[index + 1] ?? ''))
    ) {
      return undefined;
    }
    return { index, kind: 'want', isNegated: false };
  }
  if (lang.followers.has(token)) {
    return { index, kind: 'follower', isNegated: false };
  }
  const previous = tokens[index - 1];
  if (token === 'there' && (previous === 'is' || previous === 'are')) {
    return { index, kind: 'question', isNegated: false };
  }
  return undefined;
}

const GERUNDS = new Set(words(`talking speaking chatting contacting reaching`));
/** Words that ask for what the -ing form names: "insist on", "help (me) with", "a way of", "would appreciate". */
const ASKING_FOR_THE_ACT = new Set(
  words(`insist insisting appreciate prefer mind help assistance assist way ways possibility chance option options
    try trying start about`),
);
const BEFORE_THE_ACT = new Set(words(`on in with of for me us`));

function isTalkAskedFor(tokens: readonly string[], index: number): boolean {
  let at = index - 1;
  while (at >= index - 2 && BEFORE_THE_ACT.has(tokens[at] ?? '')) {
    at -= 1;
  }
  return ASKING_FOR_THE_ACT.has(tokens[at] ?? '');
}

const TRANSFERRING = new Set(words(`transfer transfers transferred pass passes`));
const OWNED = new Set(words(`my the this our his her their your`));
const MOVED_THINGS = new Set(
  words(`session sessions booking bookings points balance money funds credit credits membership subscription policy
    warranty reservation reservations ownership licence license seat seats voucher vouchers`),
);
const NEEDED_BY_YOU = new Set(['size', 'sizlere', 'onlara']);
const HELD = new Set(words(`hold mute speaker`));
const HELD_REACH = 6;

function isPutOnHold(tokens: readonly string[], put: number): boolean {
  return tokens
    .slice(put + 1, put + 1 + HELD_REACH)
    .some((token, at, after) => token === 'on' && HELD.has(after[at + 1] ?? ''));
}
const PAGED = new Set(words(`the your a an someone somebody whoever me`));
const SPEAKING = new Set(words(`speak speaks speaking spoke`));
const LANGUAGE_NAMES = new Set(
  words(`english spanish french german italian portuguese arabic welsh gaelic irish urdu hindi punjabi bengali gujarati
    tamil polish romanian russian ukrainian turkish greek chinese mandarin cantonese japanese korean vietnamese thai
    tagalog filipino somali swahili farsi persian dutch swedish norwegian danish finnish hebrew sign bsl asl
    languages language`),
);

const READING = new Set(words(`reading watching monitoring checking reviewing seeing`));
const WHO_THAT = new Set(words(`who that`));

/** Whether "who speaks Polish", "that speak any French" follows the word for someone ending at `end`. */
function speaksALanguageAfter(tokens: readonly string[], end: number): boolean {
  if (!WHO_THAT.has(tokens[end + 1] ?? '') || !SPEAKING.has(tokens[end + 2] ?? '')) {
    return false;
  }
  const language = tokens[end + 3] === 'any' ? end + 4 : end + 3;
  return LANGUAGE_NAMES.has(tokens[language] ?? '');
}

function isALanguageSpoken(tokens: readonly string[], index: number): boolean {
  if (!SPEAKING.has(tokens[index] ?? '')) {
    return false;
  }
  const next = tokens[index + 1] === 'any' || tokens[index + 1] === 'other' ? index + 2 : index + 1;
  // "can i speak spanish with an agent": the talk asked, in a language.
  if (tokens[next + 1] === 'with' || tokens[next + 1] === 'to') {
    return false;
  }
  return (
    LANGUAGE_NAMES.has(tokens[next] ?? '') ||
    tokens.slice(0, index).some((token) => token === 'languages' || token === 'language')
  );
}

const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'their']);
const GETTING_HOLD = new Set(['get', 'getting', 'grab']);
// "my call with the team", "a zoom call with the design team": the verb of contact is a meeting's noun.
const POSSESSED = new Set(words(`my our his her their`));
const NOUN_BEFORE = new Set([
  ...DETERMINERS,
  ...words(`zoom video conference skype teams group weekly daily`),
  // "update the billing contact to our finance team": a contact as a noun, someone on the account.
  ...words(`billing primary main technical account admin`),
]);

// "talk to the store manager", "my relationship manager", "the duty pharmacist": one word that names which one, between
// a determiner and a strong word for someone, keeps it linked to the verb before (English).
const NAMING_DETERMINERS = new Set(['the', 'my', 'your', 'our', 'a', 'an']);
const LINKS_TO_SOMEONE = new Set(['to', 'with']);
// "talk to other people", "with all staff": which of them, or how many, not a name.
const HOW_MANY = new Set(
  words(`other others all any some more many few those these such same different both each`),
);

/** The most words that may name which one: "my dedicated account manager", "the senior claims handler". */
const NAMING_MOST = 2;
const NAMING_WORD = /^[a-z]{3,}$/;
// "a call centre agent", "the help desk person", "a real life agent": two words that name a place of work or qualify,
// not which one; any other two open a name ("your data protection officer", "the baggage counter person").
const NOT_NAMING_FIRST = new Set(
  words(`call phone chat contact help support service customer real live actual`),
);
/** The words that may open two that name which one: who is assigned, or how high ("the call centre staff" is a place). */
const NAMING_FIRST = new Set(
  words(`dedicated personal assigned designated senior junior head chief duty regional local branch store night
    own main`),
);

// "we need to discuss the issue with the team": a meeting at work; "discuss it with a manager" or "with the adjuster"
// (a trade) asks for someone.
const STRONG_ONLY = new Set(words(`discuss deal word with`));
const DISCUSSED_MOST = 5;
// "I need to discuss a bereavement with someone": anyone at all, as a strong word, but not a team at work.
const ANYONE = new Set(words(`someone somebody anyone anybody`));

/** Naming words that keep someone the business's own when wanted: "the store manager", "a senior agent". */
// "the on-call engineer" reaches the grammar as "oncall"; typed apart, "on call" is read past in findCue.
const RANK_OR_PLACE = new Set(words(`senior head chief duty regional local branch store night main oncall`));

function isNamingWhichOne(tokens: readonly string[], index: number, target: Target): boolean {
  if (target.start !== target.end || index >= target.start) {
    return false;
  }
  for (let first = target.start - 1; first >= target.start - NAMING_MOST; first -= 1) {
    if (!NAMING_WORD.test(tokens[first] ?? '')) {
      return false;
    }
    // "connect me with school staff", "talk to hotel staff": one naming word straight after "to" or "with", as chat
    // drops the article.
    if (
      first === index &&
      first === target.start - 1 &&
      LINKS_TO_SOMEONE.has(tokens[first - 1] ?? '') &&
      !HOW_MANY.has(tokens[first] ?? '')
    ) {
      return true;
    }
    if (
      first <= index &&
      NAMING_DETERMINERS.has(tokens[first - 1] ?? '') &&
      (first === target.start - 1 ||
        NAMING_FIRST.has(tokens[first] ?? '') ||
        !NOT_NAMING_FIRST.has(tokens[first] ?? ''))
    ) {
      return true;
    }
  }
  return false;
}

// The business's people by their trade ("nurse", "broker", "technician"): asked for only by talking, being put
// through or being called ("can the nurse call me"), not by "see a doctor", "call the dentist" or "put the dentist in
// my calendar", which book or ring them.
const ROLE_CUES_BEFORE = new Set(
  words(`talk speak chat talking speaking chatting discuss word with connect transfer page reach touch hold`),
);
// "put me through to the doctor", "patch me through to the nurse": put through, not "put the dentist in my calendar".
const PUTTING_THROUGH = new Set(['put', 'patch']);

const ROLES = new Set(ENGLISH_ROLES);
const TURKISH_ROLE_CUES = /^(?:gorus|konus|baglan|bagla|aktar|yonlendir|ulas)/;
// A branch is talked to, put through to or reached ("şubemle görüşmem lazım", "şubeye bağlayın", "sınav şubesine nasıl
// ulaşırım"); a parcel is sent on to it ("kargoyu en yakın şubeye yönlendirin").
const TURKISH_BRANCH = /^sube/;
const TURKISH_BRANCH_CUES = /^(?:gorus|konus|baglan|bagla|ulas)/;

const ASKING_IF_I = new Set(words(`can could may`));
const TALKED_TO_AFTER = new Set(words(`talk speak chat ask`));
const ABLE_TO = new Set(words(`can could to`));

function isRoleCue(tokens: readonly string[], cue: Cue, target: Target, isTurkish: boolean): boolean {
  const verb = tokens[cue.index] ?? '';
  if (isTurkish) {
    return TURKISH_BRANCH.test(tokens[target.start] ?? '')
      ? TURKISH_BRANCH_CUES.test(verb)
      : TURKISH_ROLE_CUES.test(verb);
  }
  return cue.index < target.start
    ? ROLE_CUES_BEFORE.has(verb) ||
        // "how do I contact the cardiology secretaries": the speaker's contact; "contact the dentist for me" is an
        // errand.
        (verb === 'contact' && (tokens[cue.index - 1] === 'i' || tokens[cue.index - 1] === 'to')) ||
        (verb === 'get' && tokens[cue.index + 1] === 'me') ||
        // "can I get the on call engineer please"
        (verb === 'get' && tokens[cue.index - 1] === 'i' && ASKING_IF_I.has(tokens[cue.index - 2] ?? '')) ||
        (PUTTING_THROUGH.has(verb) && tokens.slice(cue.index + 1, cue.index + 3).includes('through'))
    : (CALLING_VERBS.has(verb) && (tokens[cue.index + 1] === 'me' || tokens[cue.index + 1] === 'us')) ||
        // "is the doctor free for a quick chat", "is there a nurse I can speak with"
        isATalkSomeoneIsFreeFor(tokens, cue.index) ||
        (TALKED_TO_AFTER.has(verb) && ABLE_TO.has(tokens[cue.index - 1] ?? ''));
}

// "customer care call service is bad", "agent call not available", "customer support for call": a call as a noun
// after the person (a service, a line, an option of the business), told of, not asked.
const AFTER_A_CALL_NAMED = new Set(
  words(`service services centre center centres centers option options facility feature quality line lines number
    numbers not is was isnt wasnt are were has had doesnt didnt never`),
);

function isACallNamed(tokens: readonly string[], index: number): boolean {
  return (
    tokens[index] === 'call' &&
    (tokens[index - 1] === 'for' || AFTER_A_CALL_NAMED.has(tokens[index + 1] ?? ''))
  );
}

// "put me back through to the agent", "can I be put back to the person I was talking to", "transfer me back to the
// agent I was chatting with": put back, as put through; not "a call back from the manager" (a call promised) or "send
// it back to the agent" (a thing returned).
const PUTTING_BACK = new Set(words(`put transfer connect switch`));

function isPutBack(tokens: readonly string[], index: number): boolean {
  return (
    tokens[index] === 'back' &&
    (PUTTING_BACK.has(tokens[index - 1] ?? '') ||
      (PUTTING_BACK.has(tokens[index - 2] ?? '') &&
        (tokens[index - 1] === 'me' || tokens[index - 1] === 'us')))
  );
}

// "speak with a member of the HR team", "talk to one of your billing staff": one of a team, as the team.
const ONE_OF = new Set(words(`member members one someone somebody anyone anybody`));

function isAMemberOf(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return token === 'of'
    ? ONE_OF.has(tokens[index - 1] ?? '')
    : ONE_OF.has(token) && tokens[index + 1] === 'of';
}

// "please" after someone (not "available", which asks whether someone is: "are your agents available").
const COURTESY_AFTER = new Set(words(`please pls plz`));
// Words that may come before someone named first: "yes the manager please", "ok a human pls", "just an agent please".
const BEFORE_NAMED_FIRST = new Set(words(`yes yeah yep ok okay no just so then and or`));

/** Whether only fillers ("a", "the", "real", "live") and a word of answer come before the target in its clause. */
function isNamedFirst(lang: CompiledLanguage, tokens: readonly string[], start: number): boolean {
  for (let index = 0; index < start; index += 1) {
    const token = tokens[index] ?? '';
    if (
      !lang.fillers.has(token) &&
      !BEFORE_NAMED_FIRST.has(token) &&
      targetAt(lang, tokens, index) === undefined
    ) {
      return false;
    }
  }
  return true;
}

/** The cue before or after the target, looking past fillers and other targets only. */
export function findCue(lang: CompiledLanguage, tokens: readonly string[], target: Target): Cue | undefined {
  const { language } = lang;
  // A weak target needs a verb of contact, not the noun: "my call with the team" is a meeting.
  const first = tokens[target.start] ?? '';
  const isRole = language.negatesAfter
    ? TURKISH_ROLES.some((stem) => first.startsWith(stem))
    : ROLES.has(first);
  const accepts = (cue: Cue | undefined, kinds: ReadonlySet<CueKind>): cue is Cue =>
    cue !== undefined &&
    kinds.has(cue.kind) &&
    (target.isStrong ||
      (cue.kind === 'contact' &&
        !NOUN_BEFORE.has(tokens[cue.index - 1] ?? '') &&
        (isRole || !STRONG_ONLY.has(tokens[cue.index] ?? '') || ANYONE.has(first))) ||
      // "get me the underwriting team": someone handed over, whoever they are.
      (cue.kind === 'want' && tokens[cue.index] === 'get' && tokens[cue.index + 1] === 'me') ||
      // "can I get the on call engineer", "could I get the duty nurse": a trade named by when it works, asked to
      // the line ("can I get an engineer" books a visit).
      (isRole && isNamed && cue.kind === 'want' && tokens[cue.index] === 'get')) &&
    // "rate my call with your advisor": a call of the speaker's, had or booked, is no verb.
    !(cue.kind === 'contact' && POSSESSED.has(tokens[cue.index - 1] ?? '')) &&
    // "do you have anyone who speaks Polish", "are there any real people reading this": what the business's people
    // can do or do, asked; no one asked for.
    !(cue.kind === 'want' && tokens[cue.index] === 'have' && speaksALanguageAfter(tokens, target.end)) &&
    !(cue.kind === 'question' && READING.has(tokens[target.end + 1] ?? '')) &&
    (!isRole || isRoleCue(tokens, cue, target, language.negatesAfter));
  // "a representative could phone me": "phone" after the person only as a verb with the speaker after it ("the agent
  // phone number" names a line).
  const acceptsAfter = (cue: Cue | undefined): cue is Cue =>
    accepts(cue, language.cuesAfter) &&
    (cue.kind !== 'contact' || lang.isContactAfter(tokens[cue.index] ?? '')) &&
    (tokens[cue.index] !== 'phone' || tokens[cue.index + 1] === 'me' || tokens[cue.index + 1] === 'us') &&
    !isACallNamed(tokens, cue.index) &&
    // "a human please", "customer service please": someone named first, then "please"; "I sent money to the wrong
    // person please", "is this a real person please" name someone inside another sentence, and "please" asks that.
    (cue.kind !== 'follower' ||
      language.negatesAfter ||
      !COURTESY_AFTER.has(tokens[cue.index] ?? '') ||
      isNamedFirst(lang, tokens, target.start));
  // After a word that names which one ("an invoice agent"), only a verb of contact links: "need an invoice agent"
  // wants a thing.
  let isNamed = false;
  // "I want the store manager", "I need the duty manager": named by rank or place only, so still the business's own.
  let isNamedByRank = true;
  for (let index = target.start - 1; index >= Math.max(0, target.start - LOOK_BEFORE); index -= 1) {
    if (index === target.start - 1 && tokens[index] === 'call' && tokens[index - 1] === 'on') {
      // "can I get the on call engineer": when they work names which one, as "duty" does; "call" is no verb here.
      isNamed = true;
      index -= 1;
      continue;
    }
    const cue = cueKindOf(lang, tokens, index);
    // "get me the store manager": a person handed over, as a verb of contact.
    const isGetMe = cue?.kind === 'want' && tokens[index] === 'get' && tokens[index + 1] === 'me';
    if (
      accepts(cue, language.cuesBefore) &&
      (!isNamed ||
        cue.kind === 'contact' ||
        isGetMe ||
        (cue.kind === 'want' && isNamedByRank && tokens[index] !== 'have' && tokens[index] !== 'ask'))
    ) {
      return cue;
    }
    const token = tokens[index] ?? '';
    const links =
      lang.fillers.has(token) ||
      isPutBack(tokens, index) ||
      targetAt(lang, tokens, index) !== undefined ||
      (!language.negatesAfter && isAMemberOf(tokens, index));
    if (!links) {
      // Past a word that is neither a filler nor someone, only if it names which one.
      if (language.negatesAfter || !isNamingWhichOne(tokens, index, target)) {
        break;
      }
      isNamed = true;
      isNamedByRank &&= RANK_OR_PLACE.has(token);
    }
  }
  for (let index = target.end + 1; index < Math.min(tokens.length, target.end + 1 + LOOK_AFTER); index += 1) {
    const extra = language.extraCueAfter(tokens, index);
    const cue =
      extra === undefined ? cueKindOf(lang, tokens, index) : { index, kind: extra, isNegated: false };
    if (acceptsAfter(cue)) {
      return cue;
    }
    const token = tokens[index] ?? '';
    if (!language.fillersAfter.has(token) && targetAt(lang, tokens, index) === undefined) {
      break;
    }
  }
  return undefined;
}
