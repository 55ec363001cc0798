// English ways of asking for someone of the business that name no verb of contact: someone looped in ("can you loop
// in an expert from legal"), a part of the business fetched ("get me fraud now"), the speaker's matter passed to
// someone ("could my ticket be handed to an expert?"), a wait for someone to join ("I'm still waiting for somebody
// from the company to join the chat"), whom to ask ("who can I ask about a refund") and a move to a human channel
// ("move me to phone support").
import { ENGLISH_CUES, words } from './human-request-cues.js';

const PEOPLE = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`associate associates`),
]);
const OPENING = new Set(words(`please pls plz can could would will you u just kindly ok okay so and now`));
const FILLERS = new Set(
  words(`a an the one of your ur some someone somebody from real live actual senior proper`),
);
const REACH = 5;

function onlyOpening(tokens: readonly string[], at: number): boolean {
  return tokens.slice(0, at).every((token) => OPENING.has(token));
}

/** Whether someone of ours is named within a few words from `from`, not the speaker's own. */
function namesOurs(tokens: readonly string[], from: number): boolean {
  for (let at = from; at < Math.min(tokens.length, from + REACH); at += 1) {
    const token = tokens[at] ?? '';
    if (token === 'my' || token === 'our' || token === 'his' || token === 'her') {
      return false;
    }
    if (PEOPLE.has(token)) {
      return true;
    }
    if (!FILLERS.has(token)) {
      return false;
    }
  }
  return false;
}

// "can you loop in an expert from legal", "please loop in someone from your data protection team".
function isLoopedIn(tokens: readonly string[]): boolean {
  const loop = tokens.findIndex((token, index) => token === 'loop' && tokens[index + 1] === 'in');
  return loop >= 0 && onlyOpening(tokens, loop) && namesOurs(tokens, loop + 2);
}

// "get me fraud now", "get me collections please": a part of the business named alone, fetched.
const UNITS_FETCHED = new Set(
  words(`fraud collections billing claims sales support reception security underwriting accounts payroll lettings
    admissions dispatch`),
);
const FETCHED_END = new Set(words(`now please pls plz asap immediately right away quickly`));

function isAUnitFetched(tokens: readonly string[]): boolean {
  const get = tokens.findIndex((token, index) => token === 'get' && tokens[index + 1] === 'me');
  if (get < 0 || !onlyOpening(tokens, get)) {
    return false;
  }
  const unit = tokens[get + 2] === 'the' ? get + 3 : get + 2;
  return (
    UNITS_FETCHED.has(tokens[unit] ?? '') && tokens.slice(unit + 1).every((token) => FETCHED_END.has(token))
  );
}

// "could my ticket be handed to an expert?", "can my issue be sent to the person in charge", "could my case go to a
// manager on duty": the speaker's matter passed on to someone, asked.
const MATTERS = new Set(words(`ticket case issue complaint query request problem claim matter file`));
const PASSED = new Set(words(`handed passed sent escalated forwarded given transferred moved assigned`));
const ASKING = new Set(words(`can could would will please pls`));

function isMyMatterPassedOn(tokens: readonly string[]): boolean {
  const matter = tokens.findIndex((token, index) => MATTERS.has(token) && tokens[index - 1] === 'my');
  if (matter < 2 || !ASKING.has(tokens[matter - 2] ?? '')) {
    return false;
  }
  const verb = tokens[matter + 1] === 'be' ? matter + 2 : matter + 1;
  const isPassed = (tokens[verb - 1] === 'be' && PASSED.has(tokens[verb] ?? '')) || tokens[verb] === 'go';
  return isPassed && tokens[verb + 1] === 'to' && namesOurs(tokens, verb + 2);
}

// "im still waiting for somebody from the company to join the chat", "I am waiting for an associate to answer": a
// wait for someone of ours to come on, told now.
const WAITING = new Set(words(`waiting wating waitin`));
const JOINING = new Set(words(`join answer reply respond pick come connect`));

function isWaitingForSomeoneToJoin(tokens: readonly string[]): boolean {
  const wait = tokens.findIndex((token, index) => WAITING.has(token) && tokens[index + 1] === 'for');
  if (wait < 1 || !['im', 'am', 'm', 'still', 'been'].includes(tokens[wait - 1] ?? '')) {
    return false;
  }
  if (!namesOurs(tokens, wait + 2)) {
    return false;
  }
  const to = tokens.indexOf('to', wait + 3);
  return to > 0 && to <= wait + 2 + REACH + 2 && JOINING.has(tokens[to + 1] ?? '');
}

// "who can I ask about a refund", "who should I ask about my bill": whom to ask at the business.
const ABOUT = new Set(words(`about regarding re for if`));

// "who else can I ask?": someone else than the bot, asked for.
function asksWhomToAsk(tokens: readonly string[]): boolean {
  const who = tokens.indexOf('who');
  const modal = tokens[who + 1] === 'else' ? who + 2 : who + 1;
  return (
    who >= 0 &&
    onlyOpening(tokens, who) &&
    ['can', 'should', 'do', 'could'].includes(tokens[modal] ?? '') &&
    tokens[modal + 1] === 'i' &&
    tokens[modal + 2] === 'ask' &&
    (ABOUT.has(tokens[modal + 3] ?? '') || (modal > who + 1 && tokens[modal + 3] === undefined))
  );
}

// "text me when an agent is free", "message me once someone is available": a call for when someone of ours can.
const SENDING = new Set(words(`text message email whatsapp`));
const FREE = new Set(words(`free available around online`));

function isToldWhenSomeoneIsFree(tokens: readonly string[]): boolean {
  const send = tokens.findIndex((token, index) => SENDING.has(token) && tokens[index + 1] === 'me');
  if (
    send < 0 ||
    !onlyOpening(tokens, send) ||
    (tokens[send + 2] !== 'when' && tokens[send + 2] !== 'once')
  ) {
    return false;
  }
  return namesOurs(tokens, send + 3) && tokens.slice(send + 4, send + 8).some((token) => FREE.has(token));
}

// "move to phone support", "switch me to live support": a human channel of support, moved to.
const MOVING = new Set(words(`move switch`));
const HUMAN_CHANNELS = new Set(words(`phone live human telephone`));

function isMovedToAHumanChannel(tokens: readonly string[]): boolean {
  const move = tokens.findIndex((token) => MOVING.has(token));
  if (move < 0 || !onlyOpening(tokens, move)) {
    return false;
  }
  const to = tokens[move + 1] === 'me' ? move + 2 : move + 1;
  return (
    tokens[to] === 'to' &&
    HUMAN_CHANNELS.has(tokens[to + 1] ?? '') &&
    (tokens[to + 2] === 'support' || tokens[to + 2] === 'agent' || tokens[to + 2] === 'agents') &&
    tokens.slice(to + 3).every((token) => FETCHED_END.has(token))
  );
}

/** Whether an English clause asks for someone brought in, fetched, waited for or asked, in the ways above. */
export function asksForSomeoneBroughtIn(tokens: readonly string[]): boolean {
  return (
    isLoopedIn(tokens) ||
    isAUnitFetched(tokens) ||
    isMyMatterPassedOn(tokens) ||
    isWaitingForSomeoneToJoin(tokens) ||
    asksWhomToAsk(tokens) ||
    isToldWhenSomeoneIsFree(tokens) ||
    isMovedToAHumanChannel(tokens)
  );
}
