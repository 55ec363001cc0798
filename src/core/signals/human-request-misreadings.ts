// A target and its cue that ask for nobody: contact that already happened, likeness, a question about staff.
import type { Cue } from './human-request-find-cue.js';
import type { CompiledLanguage } from './human-request-languages.js';
import type { Target } from './human-request-targets.js';
import { isLikenessVerbBefore, LIKENESS_VERBS } from './about-people-only.js';
import { ASKED, isAChatHad, isToldFrame, RECEIVED, RECEIVED_THINGS, STILL_OPEN } from './past-contact.js';
import { isEnglishAnchor } from './model-anchor-words.js';
import { withinOneEdit } from './model-anchor-typos.js';
import { YOU_WORDS } from './human-request-cues.js';

// "I was put through to a person", "yesterday I got transferred to an agent": what happened, not a wish.
const PAST_AUXILIARIES = new Set(['was', 'were', 'been', 'got', 'already']);
const WISH_BEFORE_GOT = new Set([
  'to',
  'can',
  'could',
  'cant',
  'cannot',
  'please',
  'just',
  'will',
  'ill',
  'should',
]);

const WISHED_BEFORE = new Set(['wanted', 'tried', 'meant', 'hoped', 'needed']);
const CALL_HELD = new Set(['phone', 'call', 'line']);
const BOOKED = new Set(['booked', 'scheduled', 'arranged', 'had']);
const PAST_TIMES = new Set(['yesterday', 'last', 'ago', 'earlier', 'previously']);

/** Whether the contact cue tells of contact that already happened ("I was put through to an agent"). */
export function isPastContact(lang: CompiledLanguage, tokens: readonly string[], cue: Cue): boolean {
  if (lang.language.negatesAfter) {
    return false;
  }
  // "I managed to get a live person on the chat": someone got, as a contact achieved.
  if (cue.kind === 'want' && tokens[cue.index] === 'get' && tokens[cue.index - 1] === 'to') {
    return isToldFrame(tokens, cue.index - 2);
  }
  if (cue.kind !== 'contact') {
    return false;
  }
  const before = tokens[cue.index - 1] ?? '';
  if (PAST_AUXILIARIES.has(before) && !WISH_BEFORE_GOT.has(tokens[cue.index - 2] ?? '')) {
    return true;
  }
  if ((before === 'to' && isToldFrame(tokens, cue.index - 2)) || isAChatHad(tokens)) {
    return true;
  }
  // "I wanted to speak to someone last week but it sorted itself out": a wish of the past, told with when.
  if (
    before === 'to' &&
    WISHED_BEFORE.has(tokens[cue.index - 2] ?? '') &&
    tokens.some((word) => PAST_TIMES.has(word))
  ) {
    return true;
  }
  // "I was on the phone with one of your agents", "I was on a call with your agent Becky": a call told; "I've booked a
  // call with your pensions advisor": a booking told.
  if (
    CALL_HELD.has(tokens[cue.index] ?? '') &&
    (before === 'the' || before === 'a') &&
    ((tokens[cue.index - 2] === 'on' && PAST_AUXILIARIES.has(tokens[cue.index - 3] ?? '')) ||
      BOOKED.has(tokens[cue.index - 2] ?? ''))
  ) {
    return true;
  }
  // "I used to speak to my relationship manager Tom": a habit of the past.
  if (before === 'to' && tokens[cue.index - 2] === 'used') {
    return true;
  }
  // "we asked to talk to the owner twice", "I requested to see the manager last week": a request the story tells, made
  // earlier; "can I ask to speak to a manager?", "I asked you to connect me" and "I asked to speak to a manager, still
  // waiting" still ask.
  if (
    before === 'to' &&
    ASKED.has(tokens[cue.index - 2] ?? '') &&
    !tokens.some((word) => STILL_OPEN.has(word))
  ) {
    return true;
  }
  if (!RECEIVED_THINGS.has(tokens[cue.index] ?? '') || tokens[cue.index + 1] !== 'from') {
    return false;
  }
  for (let index = cue.index - 1; index >= Math.max(0, cue.index - 3); index -= 1) {
    if (RECEIVED.has(tokens[index] ?? '')) {
      return !WISH_BEFORE_GOT.has(tokens[index - 1] ?? '') && !['i', 'me'].includes(tokens[index + 1] ?? '');
    }
  }
  return false;
}

/**
 * Whether someone's call after them was had, told ("I've had two people from your sales team call me this week"):
 * "had" before the target and a verb of contact after it.
 */
export function isACallHad(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
  cue: Cue,
): boolean {
  if (lang.language.negatesAfter || cue.kind !== 'contact' || cue.index <= target.end) {
    return false;
  }
  const had = tokens.indexOf('had');
  return had >= 0 && had < target.start;
}

// "can my letting agent call you to confirm the reading", "can my social worker talk to you on my behalf": the speaker's
// own person in touch with the business, not someone of the business asked for.
const SPEAKERS = new Set(['my', 'our']);

export function isTheSpeakersOwnReachingYou(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
  cue: Cue,
): boolean {
  return (
    !lang.language.negatesAfter &&
    cue.kind === 'contact' &&
    cue.index > target.end &&
    (SPEAKERS.has(tokens[target.start - 1] ?? '') || SPEAKERS.has(tokens[target.start - 2] ?? '')) &&
    (YOU_WORDS.has(tokens[cue.index + 1] ?? '') ||
      ((tokens[cue.index + 1] === 'to' || tokens[cue.index + 1] === 'with') &&
        YOU_WORDS.has(tokens[cue.index + 2] ?? '')))
  );
}

const BEFORE_PERSON = new Set(['a', 'an', 'real', 'actual', 'proper', 'live', 'normal', 'just']);

/** Whether the target is only a likeness ("you talk like a real human"). */
export function isLikeness(tokens: readonly string[], target: Target): boolean {
  let before = target.start - 1;
  while (before >= 0 && BEFORE_PERSON.has(tokens[before] ?? '')) {
    before -= 1;
  }
  if (tokens[before] !== 'like') {
    return false;
  }
  // "talk to me like a human", "treat me like a human being"
  if (isLikenessVerbBefore(tokens, before)) {
    return true;
  }
  before -= 1;
  while (before >= 0 && BEFORE_PERSON.has(tokens[before] ?? '')) {
    before -= 1;
  }
  return LIKENESS_VERBS.has(tokens[before] ?? '');
}

// "what languages do your agents speak", "does the team talk to…": the person is the subject of a question.
const DO_QUESTION = new Set(['do', 'does', 'did', 'dont', 'doesnt', 'didnt']);
const OWNERS = new Set(['your', 'ur', 'the', 'our', 'those', 'these', 'all', 'any', 'other']);

/** Whether the target is the subject of a do-question ("do your agents speak French"). */
export function isSubjectOfQuestion(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
  cue: Cue,
): boolean {
  if (lang.language.negatesAfter || cue.index <= target.end) {
    return false;
  }
  let before = target.start - 1;
  while (before >= 0 && OWNERS.has(tokens[before] ?? '')) {
    before -= 1;
  }
  return DO_QUESTION.has(tokens[before] ?? '');
}

// "people call me Josh", "everyone calls me Jo": a name told, not a call asked for ("someone call me now" still asks).
const CALLS_ME = new Set(['call', 'calls']);
const NOT_A_NAME = new Set([
  'urgent',
  'quick',
  'quickly',
  'plz',
  'back',
  'now',
  'today',
  'tomorrow',
  'tonight',
  'asap',
  'please',
  'pls',
  'later',
  'soon',
  'again',
  'when',
  'at',
  'on',
  'in',
  'directly',
  'immediately',
  'right',
  'first',
  'instead',
  'urgently',
]);

/** Whether "call(s) me" at `call` ends its clause with a name ("… call me Josh"), not a time or "back". */
export function isCallMeAName(tokens: readonly string[], call: number): boolean {
  const name = tokens.slice(call + 2);
  return (
    CALLS_ME.has(tokens[call] ?? '') &&
    tokens[call + 1] === 'me' &&
    name.length > 0 &&
    name.length <= 2 &&
    name.every((token) => !NOT_A_NAME.has(token) && !/\d/.test(token))
  );
}

/** Whether a word after "call me" may be a word of when typed badly ("bcak", "laterr"), not a name. */
function isLikeAWordOfWhen(token: string): boolean {
  for (const word of NOT_A_NAME) {
    if (word.length >= 4 && withinOneEdit(token, word)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a sentence the model read gives the speaker's name ("call me Sam", "you can call me Jo"): "call me" ends it
 * with a name, no one to make the call is named before it ("coud somebody call me bacl" asks), and the name is no
 * word of when typed badly.
 */
export function isANameGiven(tokens: readonly string[]): boolean {
  const call = tokens.indexOf('call');
  return (
    call >= 0 &&
    isCallMeAName(tokens, call) &&
    !tokens.slice(0, call).some(isEnglishAnchor) &&
    !tokens.slice(call + 2).some(isLikeAWordOfWhen)
  );
}

const FETCHING_AFTER_HOLD = new Set(['get', 'transfer', 'connect', 'find', 'fetch', 'put', 'grab']);

/** Whether someone is put on hold ("how do I put someone on hold"), not put through: "put" and someone "on hold". */
export function isSomeonePutOnHold(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'put' &&
      // "put someone on hold", "put the agent on hold": one or two words for who is held.
      ((tokens[index + 2] === 'on' &&
        tokens[index + 3] === 'hold' &&
        // "put me on hold and get a manager": held while someone is fetched, which asks for them.
        !(
          (tokens[index + 1] === 'me' || tokens[index + 1] === 'us') &&
          tokens[index + 4] === 'and' &&
          FETCHING_AFTER_HOLD.has(tokens[index + 5] ?? '')
        )) ||
        (tokens[index + 3] === 'on' && tokens[index + 4] === 'hold' && tokens[index + 1] !== 'me')),
  );
}

/** Whether the cue after the target tells a name: "people call me Josh" (English). */
export function isNaming(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
  cue: Cue,
): boolean {
  return !lang.language.negatesAfter && cue.index > target.end && isCallMeAName(tokens, cue.index);
}

// "is someone on the way?", "is anyone coming today", "is the engineer still coming": whether a visit is under way,
// asked; no one is asked to talk. "can someone come" asks for a visit.
const COMING =
  /^(?:is|are) (?:someone|somebody|anyone|anybody|the (?:engineer|technician|plumber|driver|courier)|your (?:engineer|technician|driver)) (?:still )?(?:on (?:the|their|his|her) way|coming|en route|on route)(?: (?:today|now|yet|soon|tomorrow|or not))?$/;

/** Whether an English sentence asks whether someone is on the way to the speaker. */
export function asksWhetherSomeoneIsComing(tokens: readonly string[]): boolean {
  return COMING.test(tokens.join(' '));
}

// "should I call ahead before arriving?", "do I need to call ahead": the speaker's own call before a visit.
const CALL_AHEAD =
  /^(?:should|do|must|can) (?:i|we) (?:need to |have to )?(?:call|ring|phone) (?:ahead|in advance|first)\b/;

/** Whether an English sentence asks whether the speaker should call ahead of a visit. */
export function asksWhetherToCallAhead(tokens: readonly string[]): boolean {
  return CALL_AHEAD.test(tokens.join(' '));
}
