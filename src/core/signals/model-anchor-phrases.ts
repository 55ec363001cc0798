// Phrases in which an anchor reaches nobody of ours ("talk to you", "help desk ticket", "my computer"), and phrases
// of contact that name nobody yet ("get hold of", "who can I ask"); third parties and the speaker's own role are in
// model-anchor-others.ts.
import { ENGLISH_CUES, GOODS_NAMED_AFTER_SOMEONE, words, YOU_WORDS } from './human-request-cues.js';
import { isAnIntermediary } from './human-request-directory.js';
import { isCallMeAName } from './human-request-misreadings.js';
import { isAStaffBenefit } from './human-request-without-cue.js';
import { isEnglishAnchor } from './model-anchor-words.js';
import {
  isANewHire,
  isComplainedAbout,
  isDoneToSomeone,
  isPaidTo,
  isSomeoneActing,
  isAThingPut,
  isAThingJoined,
  isAThingSentToMe,
  isAccountsHeld,
  isMoneyMoved,
  isHelpedByTheSpeaker,
  isSomeoneGone,
  isSomeoneInNeed,
  isStaffingAPlace,
  isTheSpeakersRole,
} from './model-anchor-others.js';

/** Verbs whose "you" is the one answering ("talk to you"); "contact you", "call you" reach the company. */
const TALK_VERBS = new Set(['talk', 'speak', 'chat', 'discuss']);
// "talk to me about your savings accounts": the bot asked to tell about something.
const HOW_TALKED = new Set(words(`like as in normally properly nicely slowly about`));

/**
 * "I'd like to talk to you about my order": the one to talk to is the bot itself; so is the one asked to "talk to me"
 * with nobody else named ("talk to me?", "chat with me"): a word for someone elsewhere still counts on its own.
 */
function isTalkToYou(tokens: readonly string[], index: number): boolean {
  if (!TALK_VERBS.has(tokens[index] ?? '')) {
    return false;
  }
  const next = tokens[index + 1] ?? '';
  const after = tokens[index + 2] ?? '';
  // "talk to me like a pirate", "speak to me in French": how the bot is to talk, with nobody else named.
  const toMe = after === 'me' && (index + 3 === tokens.length || HOW_TALKED.has(tokens[index + 3] ?? ''));
  return YOU_WORDS.has(next) || ((next === 'to' || next === 'with') && (YOU_WORDS.has(after) || toMe));
}

// "give me a hug", "bring me food": something handed over; the person wanted, if any, is its own word ("give me a
// human" still counts by "human").
const HANDING = new Set(words(`give bring gimme`));

// "give me to a human", "bring me to someone": "to" before someone still hands the speaker on; "give me one reason to
// stay" does not.
const TOWARDS_SOMEONE = new Set(
  words(`a an the someone somebody anyone anybody human person agent support customer your ur live real`),
);

function isHandedOver(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    HANDING.has(token) &&
    (token === 'gimme' || tokens[index + 1] === 'me') &&
    !tokens.some((word, at) => word === 'to' && TOWARDS_SOMEONE.has(tokens[at + 1] ?? ''))
  );
}

/**
 * Whether the anchor at `index` reaches nobody of ours: the bot itself ("talk to you"), a ride or an assistant, a
 * thing named after someone ("help desk ticket", "agent id"), a device ("my computer keeps crashing"), a new hire, or a
 * contact word left hanging ("make a call to").
 */
export function reachesNobody(tokens: readonly string[], index: number): boolean {
  return (
    isTalkToYou(tokens, index) ||
    isCallingAThing(tokens, index) ||
    isCallingSomeoneNamed(tokens, index) ||
    isInAThingsName(tokens, index) ||
    isADevice(tokens, index) ||
    isANewHire(tokens, index) ||
    isLeftHanging(tokens, index) ||
    isDoneToSomeone(tokens, index) ||
    isSomeoneActing(tokens, index) ||
    isAThingPut(tokens, index) ||
    isAThingJoined(tokens, index) ||
    isAThingSentToMe(tokens, index) ||
    isAccountsHeld(tokens, index) ||
    isMoneyMoved(tokens, index) ||
    isHelpedByTheSpeaker(tokens, index) ||
    isPaidTo(tokens, index) ||
    isSomeonesThing(tokens, index) ||
    isHandedOver(tokens, index) ||
    isSomeoneGone(tokens, index) ||
    isAnIntermediary(tokens, index) ||
    // "will employees get lunch", "can staff take a break": what staff are given, no one reached.
    isAStaffBenefit(tokens, index + 1) ||
    isTheSpeakersRole(tokens, index) ||
    isComplainedAbout(tokens, index) ||
    isStaffingAPlace(tokens, index) ||
    isSomeoneInNeed(tokens, index) ||
    isAKindOfCare(tokens, index) ||
    isAKindOfService(tokens, index) ||
    isANameTold(tokens, index) ||
    isARecordOfTheChat(tokens, index) ||
    isTheSpeakerOnACall(tokens, index) ||
    isAMarketplaceSeller(tokens, index)
  );
}

// "can I get a transcript of this chat", "a copy of the call": a record of the conversation, not someone in it.
const RECORDS = new Set(
  words(`transcript transcripts copy copies history log logs record recording summary`),
);
const CONVERSATIONS = new Set(words(`chat chats call calls conversation conversations`));

// "is this call being recorded", "is this chat secure", "summarise this call transcript": the conversation itself as
// a thing kept, guarded or recorded.
const KEPT = new Set(words(`recorded secure encrypted private saved safe confidential stored logged`));
const THE_CONVERSATION = new Set(words(`this the my our that`));

function isARecordOfTheChat(tokens: readonly string[], index: number): boolean {
  if (!CONVERSATIONS.has(tokens[index] ?? '')) {
    return false;
  }
  if (RECORDS.has(tokens[index + 1] ?? '') && THE_CONVERSATION.has(tokens[index - 1] ?? '')) {
    return true;
  }
  if (
    THE_CONVERSATION.has(tokens[index - 1] ?? '') &&
    tokens.slice(index + 1, index + 4).some((token) => KEPT.has(token))
  ) {
    return true;
  }
  return (
    THE_CONVERSATION.has(tokens[index - 1] ?? '') &&
    tokens[index - 2] === 'of' &&
    RECORDS.has(tokens[index - 3] ?? '')
  );
}

// "I'm on a call, give me a sec": where the speaker is, not a call asked for ("get an associate on a call" asks).
const BEING = new Set(words(`m im am re were was still currently`));
function isTheSpeakerOnACall(tokens: readonly string[], index: number): boolean {
  return (
    tokens[index] === 'call' &&
    tokens[index - 1] === 'a' &&
    tokens[index - 2] === 'on' &&
    BEING.has(tokens[index - 3] ?? '')
  );
}

// "how do I contact the seller of this item": a marketplace's seller, not the business's people.
const SELLERS = new Set(words(`seller sellers vendor vendors merchant merchants`));
const CONTACTING_A_SELLER = new Set(words(`contact message reach email call ask`));

function isAMarketplaceSeller(tokens: readonly string[], index: number): boolean {
  const next =
    tokens[index + 1] === 'the' || tokens[index + 1] === 'this' ? tokens[index + 2] : tokens[index + 1];
  return CONTACTING_A_SELLER.has(tokens[index] ?? '') && SELLERS.has(next ?? '');
}

// "most people call me Tom", "everyone calls me Jo": a name told, by the ones who use it; "can you call me Tom" asks.
const ASKING_A_CALL = new Set(words(`can could would will please pls you u someone somebody anyone`));

function isANameTold(tokens: readonly string[], index: number): boolean {
  const call = isCallMeAName(tokens, index) ? index : isCallMeAName(tokens, index + 1) ? index + 1 : -1;
  return call > 0 && !tokens.slice(0, call).some((token) => ASKING_A_CALL.has(token));
}

// "urgent care", "home care", "intensive care": a kind of care given, not customer care.
const CARE_KINDS = new Set(
  words(`urgent medical health intensive primary child home skin hair dental eye patient foot day elderly nursing
    critical emergency hospice palliative aged respite`),
);

function isAKindOfCare(tokens: readonly string[], index: number): boolean {
  return tokens[index] === 'care' && CARE_KINDS.has(tokens[index - 1] ?? '');
}

// "social security", "better security", "their service", "banking services": what the business provides or a public
// body, not its people; "customer service" and "the security desk" still reach someone.
const SECURITY_KINDS = new Set(
  words(`social cyber data actual better more national job financial account home online`),
);
const SERVICE_KINDS = new Set(
  words(`social banking financial digital online mobile internet delivery cleaning room food its their great good bad
    poor terrible excellent quality worst best`),
);

function isAKindOfService(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const before = tokens[index - 1] ?? '';
  return (
    (token === 'security' && SECURITY_KINDS.has(before)) ||
    ((token === 'service' || token === 'services') && SERVICE_KINDS.has(before))
  );
}

/** "steal someone's data", "what is the agent's name": something of a person's, unless it is how to reach them. */
function isSomeonesThing(tokens: readonly string[], index: number): boolean {
  const after = tokens[index + 2];
  return tokens[index + 1] === 's' && after !== undefined && !REACHED_BY.has(after);
}
const REACHED_BY = new Set(words(`number phone email extension contact line whatsapp`));

// What an employer keeps about its people: "employee handbook", "handle an employee exit", "staff directory".
export const HR_THINGS =
  words(`handbook handbooks exit exits directory records record survey surveys turnover headcount
  onboarding offboarding payroll roster rosters`);

// "submit a help desk ticket", "what is my agent id": a word for someone inside the name of a thing, in any sentence;
// so is what people think of a service ("show me customer reviews", "staff ratings", "customer satisfaction").
const NAMES_A_THING = new Set([
  ...words(`ticket tickets request requests id ids code codes login portal details detail info information`),
  // "a sales and purchase agreement", "the billing statement", "sales tax": a document or a charge.
  ...words(`agreement agreements contract contracts tax taxes invoice invoices statement statements deposit`),
  ...words(`reviews ratings testimonials feedback satisfaction`),
  ...GOODS_NAMED_AFTER_SOMEONE,
  ...HR_THINGS,
]);
// "customer service reviews", "a customer support ticket": the thing's name after a team's two-word name.
const TEAM_TAILS = new Set(words(`service services support care`));

const SEEN_THROUGH = new Set(words(`the a an your our my all some any`));

function isInAThingsName(tokens: readonly string[], index: number): boolean {
  const next = tokens[index + 1] ?? '';
  if (tokens[index] === 'see') {
    // "I want to see customer reviews": what is seen is the thing, not someone met.
    let object = index + 1;
    while (object <= index + 2 && SEEN_THROUGH.has(tokens[object] ?? '')) {
      object += 1;
    }
    return (
      NAMES_A_THING.has(tokens[object] ?? '') || (object < tokens.length && isInAThingsName(tokens, object))
    );
  }
  return (
    NAMES_A_THING.has(next) ||
    (next === 'and' && NAMES_A_THING.has(tokens[index + 3] ?? '')) ||
    (tokens[index] === 'customer' && TEAM_TAILS.has(next) && NAMES_A_THING.has(tokens[index + 2] ?? ''))
  );
}

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

// "call jenny", "i'd like to call bob", "place a call to linda", "forward this email to eugene": the speaker's own call
// or message to someone named, as said to a phone's assistant. The word after the verb (or after its "to") names no
// one of ours when it is none of the words a call to the business is asked with ("call me", "call back now", "ring
// the clinic", "call your manager"); a word for someone of ours anchors on its own.
const CALLED_OR_WRITTEN = new Set(words(`call ring phone dial text message email forward send`));
const WORDS_OF_A_CALL_ASKED = new Set(
  words(`me us you u ya back now asap today tonight tomorrow later soon again please pls plz urgently immediately
    when at on in from for about regarding the a an your ur our this that them someone somebody anyone anybody it
    to with and or`),
);
/** How far after a verb of handing on its "to" may stand: "forward this email to", "send the screenshot to". */
const TO_MOST = 4;

// Before the verb, only the ways of telling an assistant to place a call: "please call", "could you call", "i'd like
// to call", "make a call to"; "how can I call dispatch" asks for the business's people.
const PLACING = new Set(
  words(`please pls plz could can would will you u i id d like to want wanna need make place a an let me just and
    now ok okay hey phone video`),
);

/** A word that may be a name: letters only, three at least, no typo of "me" or "back" ("mee", "meback", "bcak"). */
function isNameLike(token: string): boolean {
  return (
    /^\p{L}{3,}$/u.test(token) &&
    !token.startsWith('me') &&
    !/^b[ack]{2,4}$/.test(token) &&
    !WORDS_OF_A_CALL_ASKED.has(token) &&
    !ENGLISH_CUES.strongTargets.includes(token)
  );
}

function isCallingSomeoneNamed(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if (!CALLED_OR_WRITTEN.has(token) || !tokens.slice(0, index).every((word) => PLACING.has(word))) {
    return false;
  }
  // "phone call to yvonne", "a call to linda": the call as a noun, its "to" after it.
  let to = tokens[index + 1] === 'call' ? index + 2 : index + 1;
  if (token === 'forward' || token === 'send') {
    to = tokens.indexOf('to', index + 1);
    if (to < 0 || to > index + TO_MOST) {
      return false;
    }
  }
  const named = tokens[to] === 'to' ? to + 1 : to;
  // "call technical support": a word before a team's names the team.
  return isNameLike(tokens[named] ?? '') && !isEnglishAnchor(tokens[named + 1] ?? '');
}

const GETTING = new Set(words(`get got getting gets`));
const KEEPING = new Set([...GETTING, ...words(`keep keeping`)]);
const PROMISING = new Set(words(`will ll shall gonna d would`));

/**
 * "get hold of", "get in touch", "take me to", "bring me to": phrases of contact whose words alone name nothing.
 */
export function isContactPhrase(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (token === 'hold') {
    return GETTING.has(tokens[index - 1] ?? '') && next === 'of';
  }
  // "I will get in touch": the speaker's own promise.
  if (token === 'touch') {
    return (
      tokens[index - 1] === 'in' &&
      KEEPING.has(tokens[index - 2] ?? '') &&
      !PROMISING.has(tokens[index - 3] ?? '')
    );
  }
  if (token === 'takeme' || token === 'bringme') {
    return next === 'to';
  }
  return (token === 'take' || token === 'bring') && next === 'me' && tokens[index + 2] === 'to';
}

// "who can I ask", "who else can I talk to": asking which person to turn to, with a modal ("who do I call" is the
// grammar's, human-request-contact.ts).
const TURNING_TO = new Set(words(`ask talk speak`));
const MODALS = new Set(words(`can could should shall do would must`));

/** "who can I ask", "who should I ask about a complaint": asking which person to turn to. */
export function asksWhoToAsk(tokens: readonly string[]): boolean {
  const who = tokens.indexOf('who');
  if (who < 0) {
    return false;
  }
  const ask = tokens.indexOf('ask', who + 1);
  if (ask > who && ask <= who + 4) {
    return true;
  }
  const verb = tokens.findIndex((token, at) => at > who && at <= who + 4 && TURNING_TO.has(token));
  return verb > 0 && tokens.slice(who + 1, verb).some((token) => MODALS.has(token));
}
