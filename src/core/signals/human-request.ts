// Detects a request for a human in English or Turkish text: the grammar first, then the trained model.
import { isBotRefusal } from './bot-refusal.js';
import {
  isAskingForContactDetails,
  isHabitualContact,
  isHabitualContactSentence,
} from './human-request-contact.js';
import { detectLocale, type SignalLocale } from './detect-locale.js';
import { COMPILED_LANGUAGES, type CompiledLanguage, type CueKind } from './human-request-languages.js';
import { readWithModel } from './human-request-model.js';
import { isAboutSomeoneElse, isGivenSomething } from './human-request-third-party.js';
import { mentionsSomeoneToReach } from './model-anchor.js';
import { isTurkishCannotForm } from './negation.js';
import {
  isAboutPeopleOnly,
  isAboutRunningSupport,
  isAskingWhatTheBotIs,
  isPastContactOnly,
  isRefusal,
  RECEIVED,
  RECEIVED_THINGS,
} from './refusal.js';
import { foldText, splitFoldedClauses, type TextMemo, tokenize } from './normalise.js';

/** Whether the text asks for a human, which part of the detector said so, and how sure it is. */
export interface HumanRequest {
  requested: boolean;
  /**
   * The folded words that asked: the grammar's matched cue (`"talk to a real person"`) or the sentence
   * the model read as a request; null when not requested.
   */
  phrase: string | null;
  /**
   * `rule` when the grammar decided (a match, or a refusal such as "I don't need an agent", which the
   * model is then not asked about); `model` when the model found a request; null when neither did.
   */
  source: 'rule' | 'model' | null;
  /** 1 for a grammar match, 0 for a refusal, else the model's probability for its likeliest sentence. */
  probability: number;
}

const NONE: HumanRequest = { requested: false, phrase: null, source: null, probability: 0 };
const REFUSED: HumanRequest = { requested: false, phrase: null, source: 'rule', probability: 0 };
const REFUSAL = Symbol('refusal');
// "I can't reach anyone", "temsilciye ulaşamıyorum": negated, yet a wish for a person, not a refusal.
const INABILITY = new Set(['cant', 'cannot', 'couldnt', 'unable']);

function isInability(tokens: readonly string[]): boolean {
  return tokens.some((token) => INABILITY.has(token) || isTurkishCannotForm(token));
}

// "temsilciye ulaşamıyorum", "canlı desteğe bağlanamıyorum", "I can't reach an agent": failing to reach a
// person is wanting one.
const REACH = new Set(['reach', 'contact', 'get']);
// "bağlanamadım" (I could not) tells of the past; "bağlanamıyorum" (I cannot) of now.
const CANNOT_PAST = /[ae]m[ae]d[iu]/;

function isUnableToReach(tokens: readonly string[], cue: Cue): boolean {
  const token = tokens[cue.index] ?? '';
  if (cue.kind !== 'contact') {
    return false;
  }
  return (
    (isTurkishCannotForm(token) && !CANNOT_PAST.test(token)) ||
    (REACH.has(token) &&
      tokens.slice(Math.max(0, cue.index - 3), cue.index).some((word) => INABILITY.has(word)))
  );
}

interface Target {
  start: number;
  end: number;
  isStrong: boolean;
}

interface Cue {
  index: number;
  kind: CueKind;
  isNegated: boolean;
}

const SHORT_CLAUSE = 4;
const LOOK_BEFORE = 8;
const LOOK_AFTER = 5;

// "I need someone who understands", "somebody who can actually help": a person described as able to help.
const WHO = new Set(['who', 'that']);
const ABLE_AFTER_WHO = new Set([
  'does',
  'understands',
  'understand',
  'knows',
  'gets',
  'speaks',
  'actually',
  'really',
  'cares',
  'listens',
]);
const ABLE_AFTER_CAN = new Set(['help', 'actually', 'really', 'understand', 'answer']);

function isDescribedAsAble(tokens: readonly string[], index: number): boolean {
  if (!WHO.has(tokens[index + 1] ?? '')) {
    return false;
  }
  const verb = tokens[index + 2] ?? '';
  return ABLE_AFTER_WHO.has(verb) || (verb === 'can' && ABLE_AFTER_CAN.has(tokens[index + 3] ?? ''));
}

function targetAt(lang: CompiledLanguage, tokens: readonly string[], index: number): Target | undefined {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1];
  const pair = lang.pairs.get(token);
  const target: Target | undefined =
    pair !== undefined && next !== undefined && pair(next)
      ? { start: index, end: index + 1, isStrong: true }
      : lang.isNotTarget(token)
        ? undefined
        : lang.isStrong(token)
          ? { start: index, end: index, isStrong: true }
          : lang.isWeak(token)
            ? {
                start: index,
                end: index,
                isStrong: lang.qualifiers.has(tokens[index - 1] ?? '') || isDescribedAsAble(tokens, index),
              }
            : undefined;
  if (target === undefined) {
    return undefined;
  }
  const before = tokens[target.start - 1];
  const after = tokens[target.end + 1];
  if (
    (before !== undefined && lang.isOtherBefore(before)) ||
    (after !== undefined && lang.isOtherAfter(after))
  ) {
    return undefined;
  }
  return target;
}

function cueKindOf(lang: CompiledLanguage, tokens: readonly string[], index: number): Cue | undefined {
  const token = tokens[index] ?? '';
  const contact = lang.language.contactForm(token);
  if (contact !== undefined) {
    return { index, kind: 'contact', isNegated: contact === 'negated' };
  }
  if (lang.isWant(token)) {
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

const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'their']);

function findCue(lang: CompiledLanguage, tokens: readonly string[], target: Target): Cue | undefined {
  const { language } = lang;
  // A weak target needs a verb of contact, not the noun: "my call with the team" is a meeting.
  const accepts = (cue: Cue | undefined, kinds: ReadonlySet<CueKind>): cue is Cue =>
    cue !== undefined &&
    kinds.has(cue.kind) &&
    (target.isStrong || (cue.kind === 'contact' && !DETERMINERS.has(tokens[cue.index - 1] ?? '')));
  const acceptsAfter = (cue: Cue | undefined): cue is Cue =>
    accepts(cue, language.cuesAfter) &&
    (cue.kind !== 'contact' || lang.isContactAfter(tokens[cue.index] ?? ''));
  for (let index = target.start - 1; index >= Math.max(0, target.start - LOOK_BEFORE); index -= 1) {
    const cue = cueKindOf(lang, tokens, index);
    if (accepts(cue, language.cuesBefore)) {
      return cue;
    }
    const token = tokens[index] ?? '';
    if (!lang.fillers.has(token) && targetAt(lang, tokens, index) === undefined) {
      break;
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

// A word this long is two or more glued together ("temsilciistemedim", "operatordegisikligiyapmak"): a target's
// stem starts it, but it is no bare request.
const LONGEST_BARE_TARGET = 15;

function isShortRequest(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (!target.isStrong || tokens.length > SHORT_CLAUSE) {
    return false;
  }
  if (tokens.slice(target.start, target.end + 1).some((token) => token.length > LONGEST_BARE_TARGET)) {
    return false;
  }
  // "im a real person not a robot lol", "i am human": the speaker says what they are.
  const before = tokens.slice(0, target.start);
  if (before.some((token, index) => SELF_WORDS.has(token) || (token === 'i' && before[index + 1] === 'am'))) {
    return false;
  }
  return tokens.every(
    (token, index) =>
      (index >= target.start && index <= target.end) ||
      (lang.fillers.has(token) && !lang.questionWords.has(token)) ||
      lang.isWant(token) ||
      WANTED.has(token) ||
      targetAt(lang, tokens, index) !== undefined,
  );
}

const SELF_WORDS = new Set(['im', 'iam']);

// "agent needed please", "human wanted asap": in a clause this short, only a request.
const WANTED = new Set(['needed', 'wanted', 'required', 'requested', 'asap']);

// "could someone look at my case?", "can a real person read this", "have a manager call me", "let an agent
// handle it": a person asked to do what only a person does.
const ASKING = new Set(['can', 'could', 'will', 'would', 'cant', 'couldnt', 'wont']);
const ASKING_AT_START = new Set(['have', 'let', 'get']);
const BEFORE_ASKING = new Set(['please', 'pls', 'plz', 'just', 'can', 'could', 'you', 'u', 'ok', 'so']);
const BETWEEN = new Set([
  'a',
  'an',
  'the',
  'one',
  'of',
  'your',
  'ur',
  'real',
  'live',
  'actual',
  'human',
  'proper',
  'else',
]);
const FROM = new Set(['from', 'in', 'at', 'on']);
const ADVERBS = new Set([
  'to',
  'just',
  'please',
  'pls',
  'plz',
  'actually',
  'really',
  'quickly',
  'kindly',
  'personally',
  'else',
]);
const PERSON_TASKS = new Set([
  'look',
  'read',
  'answer',
  'review',
  'handle',
  'check',
  'help',
  'take',
  'call',
  'ring',
  'phone',
  'email',
  'message',
  'text',
  'contact',
  'deal',
  'sort',
  'get',
]);

function isAskedToAct(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (lang.language.negatesAfter) {
    return false;
  }
  let before = target.start - 1;
  while (before >= 0 && BETWEEN.has(tokens[before] ?? '')) {
    before -= 1;
  }
  // The modal opens the question ("could someone…?"); "an agent will review it" is a statement.
  const asking = tokens[before] ?? '';
  const isAsking =
    (ASKING.has(asking) || ASKING_AT_START.has(asking)) &&
    tokens.slice(0, before).every((token) => BEFORE_ASKING.has(token));
  if (!isAsking) {
    return false;
  }
  let after = target.end + 1;
  // "someone from the team to message me", "a person in billing to call me"
  if (FROM.has(tokens[after] ?? '')) {
    after += BETWEEN.has(tokens[after + 1] ?? '') ? 3 : 2;
  }
  while (ADVERBS.has(tokens[after] ?? '')) {
    after += 1;
  }
  return PERSON_TASKS.has(tokens[after] ?? '');
}

// Turkish "burada kimse yok mu?", "orda biri var mı": calling for anyone at all, in a clause of its own.
const ANYONE = new Set(['kimse', 'biri', 'birisi', 'bi', 'bir', 'insan']);
const PLACES = new Set([
  'burada',
  'burda',
  'orada',
  'orda',
  'hic',
  'sizde',
  'kimse',
  'biri',
  'birisi',
  'insan',
]);
const IS_THERE = /^(?:yok|var)(?:mu|mi)?$/;
const QUESTION = new Set(['mu', 'mi']);

function isAnyoneThere(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  if (!lang.language.negatesAfter || tokens.length > 4) {
    return false;
  }
  const at = tokens.findIndex((token) => IS_THERE.test(token));
  return (
    at > 0 &&
    ANYONE.has(tokens[at - 1] ?? '') &&
    tokens.slice(0, at - 1).every((token) => PLACES.has(token)) &&
    // "kimse yok mu orada": the place may also come last.
    tokens.slice(at + 1).every((token) => QUESTION.has(token) || PLACES.has(token)) &&
    (tokens[at]?.length !== 3 || QUESTION.has(tokens[at + 1] ?? ''))
  );
}

// Turkish "biri ilgilensin", "bir yetkili baksın artık": a person told, in the third person, to take the matter up.
const JUSSIVE = new Set([
  'ilgilensin',
  'baksin',
  'donsun',
  'yazsin',
  'cevaplasin',
  'yanitlasin',
  'versin',
  'etsin',
  'cozsun',
  'halletsin',
  'baglansin',
  'ilgilenebilir',
]);
const JUSSIVE_BETWEEN = new Set([
  'artik',
  'lutfen',
  'hemen',
  'bir',
  'bi',
  'cevap',
  'yardim',
  'destek',
  'geri',
]);

function isToldToAct(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (!lang.language.negatesAfter) {
    return false;
  }
  let after = target.end + 1;
  while (JUSSIVE_BETWEEN.has(tokens[after] ?? '')) {
    after += 1;
  }
  const verb = tokens[after] ?? '';
  const next = tokens[after + 1] ?? '';
  // "ilgilenebilir mi": only as a question; "ilgilenebilir" alone tells what someone could do. "… baksın dedi":
  // someone else's words, reported.
  return (
    JUSSIVE.has(verb) &&
    (verb !== 'ilgilenebilir' || QUESTION.has(next)) &&
    !/^(?:de(?:di|mis|yince)|diye)/.test(next)
  );
}

// "I'd appreciate it if you could put me through", "I'd be grateful if u would connect me": a polite request.
const YOU = new Set(['you', 'u', 'ya']);
const POLITE_MODALS = new Set(['could', 'would', 'can', 'will', 'kindly']);

function isPoliteIf(tokens: readonly string[], index: number): boolean {
  return YOU.has(tokens[index + 1] ?? '') && POLITE_MODALS.has(tokens[index + 2] ?? '');
}

/** Whether the request is negated, or only a condition ("if I want an agent…"). */
function isNegated(lang: CompiledLanguage, tokens: readonly string[], target: Target, cue: Cue): boolean {
  const from = Math.min(target.start, cue.index);
  const to = Math.max(target.end, cue.index);
  const [start, end] = lang.language.negatesAfter
    ? [target.end + 1, to + 2]
    : [Math.max(0, from - 3), to - 1];
  let isNegative = cue.isNegated;
  for (let index = start; index <= Math.min(end, tokens.length - 1); index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    if (lang.negators.has(token) && !(token === 'yok' && (next === 'mu' || next === 'mi'))) {
      isNegative = true;
    }
  }
  const earlier = tokens.slice(0, from);
  if (earlier.some((token, index) => lang.conditional.has(token) && !isPoliteIf(earlier, index))) {
    return true;
  }
  return isNegative && !earlier.some((token) => lang.rhetorical.has(token));
}

function splitClauses(lang: CompiledLanguage, folded: string): string[][] {
  const clauses: string[][] = [];
  for (const words of splitFoldedClauses(folded, true)) {
    let clause: string[] = [];
    for (const token of lang.language.prepare(words)) {
      if (lang.clauseBreaks.has(token)) {
        clauses.push(clause);
        clause = [];
      } else {
        clause.push(token);
      }
    }
    clauses.push(clause);
  }
  return clauses.filter((clause) => clause.length > 0);
}

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

function isPastContact(lang: CompiledLanguage, tokens: readonly string[], cue: Cue): boolean {
  if (cue.kind !== 'contact' || lang.language.negatesAfter) {
    return false;
  }
  const before = tokens[cue.index - 1] ?? '';
  if (PAST_AUXILIARIES.has(before) && !WISH_BEFORE_GOT.has(tokens[cue.index - 2] ?? '')) {
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

// "you talk like a real human", "sounds just like a person": likeness, nobody asked for.
const LIKENESS_VERBS = new Set([
  'talk',
  'talks',
  'sound',
  'sounds',
  'write',
  'writes',
  'type',
  'types',
  'seem',
  'seems',
  'act',
  'acts',
  'reply',
  'replies',
]);
const BEFORE_PERSON = new Set(['a', 'an', 'real', 'actual', 'proper', 'live', 'normal', 'just']);

function isLikeness(tokens: readonly string[], target: Target): boolean {
  let before = target.start - 1;
  while (before >= 0 && BEFORE_PERSON.has(tokens[before] ?? '')) {
    before -= 1;
  }
  if (tokens[before] !== 'like') {
    return false;
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

function isSubjectOfQuestion(
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

/** The words of a request in the clause, REFUSAL when the only one is negated, or null. */
// Turkish "beni arayın", "telefonla arar mısınız": asking to be called back, with no one else named as the one called.
const CALL_BACK = new Set(['arayin', 'arayiniz', 'arar', 'arayabilir', 'arayabilirmisiniz', 'ararmisiniz']);
const CALL_BACK_BEFORE = new Set([
  'beni',
  'bizi',
  'telefonla',
  'telefondan',
  'telefonumdan',
  'numaramdan',
  'bu',
  'numaradan',
  'geri',
  'lutfen',
  'hemen',
  'en',
  'kisa',
  'surede',
  'acil',
  'acilen',
  // "beni sonra arayın", "beni yarın arar mısınız": when to call back.
  'sonra',
  'daha',
  'yarin',
  'birazdan',
  'aksam',
  'aksamustu',
  'sabah',
  'ogleden',
  'bugun',
  'musait',
  'oldugunuzda',
]);

// English "can you call me later", "please ring me back tomorrow": asking to be called back, me and a time at most;
// "call me a taxi", "call me Sam" or "call my mum" name something else.
const ENGLISH_CALL_BEFORE = new Set([
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
const ENGLISH_CALL = new Set(['call', 'ring', 'phone']);
const ENGLISH_CALL_AFTER = new Set([
  'back',
  'later',
  'tomorrow',
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
]);

const CLOCK_TIME = /^(?:\d{1,2}(?:am|pm)?|noon)$/;

// "I need a return call", "arrange a callback for me": a call back asked for as a noun; "I got a callback" is not.
const CALLBACK_NOUNS = new Set(['callback', 'callbacks']);
const CALLBACK_ASKS = new Set([
  'want',
  'need',
  'like',
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

function isEnglishCallbackNoun(tokens: readonly string[]): boolean {
  const at = tokens.findIndex(
    (token, index) =>
      CALLBACK_NOUNS.has(token) ||
      (token === 'call' &&
        (tokens[index - 1] === 'return' || tokens[index + 1] === 'back') &&
        tokens[index - 2] === 'a') ||
      (token === 'call' && tokens[index - 1] === 'return'),
  );
  if (at < 0 || tokens.some((token) => CALLBACK_NOT.has(token))) {
    return false;
  }
  const noun = tokens[at - 1] === 'return' ? at - 1 : at;
  return tokens.slice(Math.max(0, noun - 4), noun).some((token) => CALLBACK_ASKS.has(token));
}

function isEnglishCallBack(tokens: readonly string[]): boolean {
  if (isEnglishCallbackNoun(tokens)) {
    return true;
  }
  const at = tokens.findIndex((token) => ENGLISH_CALL.has(token));
  if (
    at < 0 ||
    tokens[at + 1] !== 'me' ||
    !tokens.slice(0, at).every((token) => ENGLISH_CALL_BEFORE.has(token))
  ) {
    return false;
  }
  const rest = tokens.slice(at + 2);
  // "call me" alone says nothing of when; a time or "back" after it asks for the call ("at 5pm", "at 10 30").
  return (
    rest.length > 0 &&
    rest.every(
      (token, index) =>
        ENGLISH_CALL_AFTER.has(token) ||
        (rest[index - 1] === 'at' && CLOCK_TIME.test(token)) ||
        (token === 'at' && CLOCK_TIME.test(rest[index + 1] ?? '')) ||
        (CLOCK_TIME.test(rest[index - 1] ?? '') && /^(?:am|pm|\d{2})$/.test(token)),
    )
  );
}

function isCallBack(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  if (!lang.language.negatesAfter) {
    return isEnglishCallBack(tokens);
  }
  const at = tokens.findIndex((token) => CALL_BACK.has(token));
  if (at < 1 || !tokens.slice(0, at).every((token) => CALL_BACK_BEFORE.has(token))) {
    return false;
  }
  // "arar" and "arayabilir" ask only as a question: "arar mısınız", not "arar" told of someone.
  const rest = tokens.slice(at + 1);
  const isQuestion = rest.length > 0 && /^(?:mi|mu)/.test(rest[0] ?? '');
  return (
    rest.every((token) => /^(?:mi|mu)/.test(token) || token === 'lutfen') &&
    (isQuestion || !['arar', 'arayabilir'].includes(tokens[at] ?? ''))
  );
}

// Turkish "müşteri hizmetlerini nasıl ararım", "çağrı merkezini nasıl arayabilirim": how to phone a team of people,
// which asks for them as "… aramak istiyorum" does; "annemi nasıl ararım" names no team.
const TEAM_TO_CALL = new Set([
  'hizmetlerini',
  'merkezini',
  'destegi',
  'destegini',
  'hattini',
  'temsilciyi',
  'temsilcinizi',
  'yetkiliyi',
  'yetkilinizi',
  'operatoru',
  'operatorunuzu',
  'ekibini',
  'birimini',
]);

function isHowToCallTeam(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  if (!lang.language.negatesAfter) {
    return false;
  }
  const at = tokens.indexOf('nasil');
  return at > 0 && TEAM_TO_CALL.has(tokens[at - 1] ?? '') && /^arar|^arayabil/.test(tokens[at + 1] ?? '');
}

function findRequest(lang: CompiledLanguage, tokens: readonly string[]): string | typeof REFUSAL | null {
  if (
    isCallBack(lang, tokens) ||
    isHowToCallTeam(lang, tokens) ||
    (!lang.language.negatesAfter && isAskingForContactDetails(tokens))
  ) {
    return tokens.join(' ');
  }
  let isRefused = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const target = targetAt(lang, tokens, index);
    if (target === undefined) {
      continue;
    }
    if (!lang.language.negatesAfter && isLikeness(tokens, target)) {
      index = target.end;
      continue;
    }
    const cue = findCue(lang, tokens, target);
    if (
      cue !== undefined &&
      (isPastContact(lang, tokens, cue) ||
        isSubjectOfQuestion(lang, tokens, target, cue) ||
        (cue.kind === 'contact' && !lang.language.negatesAfter && isHabitualContact(tokens, cue.index)))
    ) {
      index = target.end;
      continue;
    }
    if (cue !== undefined) {
      if (!isNegated(lang, tokens, target, cue) || isUnableToReach(tokens, cue)) {
        return tokens.slice(Math.min(target.start, cue.index), Math.max(target.end, cue.index) + 1).join(' ');
      }
      isRefused ||= !isInability(tokens);
    }
    if (
      cue === undefined &&
      (isShortRequest(lang, tokens, target) ||
        isAnyoneThere(lang, tokens) ||
        isAskedToAct(lang, tokens, target) ||
        isToldToAct(lang, tokens, target))
    ) {
      return tokens.join(' ');
    }
    index = target.end;
  }
  return isRefused ? REFUSAL : null;
}

/**
 * Detects a request to talk to a human ("can I talk to a real person", "operatöre bağlar mısın",
 * "canlı destek"), in English or Turkish (also typed without Turkish letters). The grammar reads
 * first and says why; a refusal it reads ("I don't need an agent", "temsilciye gerek yok") stands.
 * Otherwise the trained model reads what the grammar has no words for ("need help talking w somone",
 * "I don't want to talk to a bot", typos, lost spaces). Other senses of the words ("travel agent",
 * "insan kaynakları") do not count. The locale defaults to detection.
 */
export function detectHumanRequest(text: string, locale?: SignalLocale, memo?: TextMemo): HumanRequest {
  if (text === '') {
    // Most cases carry no customer message: nothing to split into clauses.
    return NONE;
  }
  const language = locale === 'tr' || locale === 'en' ? locale : detectLocale(text);
  const lang = COMPILED_LANGUAGES[language];
  let isRefused = false;
  // Folded once: the grammar, the bot refusal and the model all read the same text.
  const folded = memo === undefined ? foldText(text) : memo.fold(text);
  const clauses = splitClauses(lang, folded);
  for (const clause of clauses) {
    const found = findRequest(lang, clause);
    if (found === REFUSAL) {
      isRefused = true;
    } else if (
      found !== null &&
      // "gerçek bir insanla mı konuşuyorum?": who is answering, asked; "how do I transfer a chat to another agent":
      // someone who runs support, about their work. Neither asks for a person yet.
      !isAskingWhatTheBotIs(clause) &&
      !(language === 'en' && (isAboutRunningSupport(clause) || isGivenSomething(clause)))
    ) {
      return { requested: true, phrase: found, source: 'rule', probability: 1 };
    }
  }
  if (isRefused) {
    return REFUSED;
  }
  // Refusing the bot asks for a person without naming one: "I don't want to talk to a bot".
  // A loop, not clauses.flat(): flat() costs more in V8 than the whole grammar pass before it.
  const words: string[] = [];
  for (const clause of clauses) {
    for (const word of clause) {
      words.push(word);
    }
  }
  if (isBotRefusal(words, language)) {
    return { requested: true, phrase: words.join(' '), source: 'rule', probability: 1 };
  }
  const reading = readWithModel(folded, language);
  if (!reading.isRequest) {
    return { ...NONE, probability: reading.probability };
  }
  const sentence = tokenize(reading.sentence);
  // The model has no notion of "not"; a refusal the grammar reads in the same sentence wins.
  if (isRefusal(sentence, language)) {
    return REFUSED;
  }
  if (isPastContactOnly(sentence, language) || (language === 'en' && isHabitualContactSentence(sentence))) {
    return { ...NONE, probability: reading.probability };
  }
  return isAskingWhatTheBotIs(sentence) ||
    isAboutPeopleOnly(sentence, language) ||
    (language === 'en' &&
      (isAboutRunningSupport(sentence) ||
        isAboutSomeoneElse(sentence, words) ||
        isGivenSomething(sentence))) ||
    !mentionsSomeoneToReach(words, language)
    ? { ...NONE, probability: reading.probability }
    : { requested: true, phrase: sentence.join(' '), source: 'model', probability: reading.probability };
}
