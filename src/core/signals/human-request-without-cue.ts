// Requests with no verb of contact or wish: a bare short clause, a person asked or told to act, "anyone there?".
import type { CompiledLanguage } from './human-request-languages.js';
import { isTechnicalSupportAlone, PLACES_OF_WORK, words } from './human-request-cues.js';
import { type Target, targetAt } from './human-request-targets.js';

const SHORT_CLAUSE = 4;

// A word this long is two or more glued together ("temsilciistemedim", "operatordegisikligiyapmak"): a target's
// stem starts it, but it is no bare request.
const LONGEST_BARE_TARGET = 15;

// "i said representative", "uh no just someone please", "for god's sake a person", "no no no operator", "agent are you
// deaf": a caller insisting on the answer the menu would not take; the words around it insist, they ask nothing else.
const INSISTING_OPENERS: readonly (readonly string[])[] = [
  ...words(`uh um er erm oh ugh ok okay look listen god jeez again`).map((word) => [word]),
  ['come', 'on'],
  ['i', 'said'],
  ['i', 'clearly', 'said'],
  ['i', 'already', 'said'],
  ['i', 'just', 'said'],
  ['i', 'literally', 'said'],
  ['for', 'god', 's', 'sake'],
  ['for', 'gods', 'sake'],
  ['for', 'goodness', 'sake'],
  ['for', 'the', 'love', 'of', 'god'],
  // "hayır hayır temsilci dedim", "okey google hayır yani temsilci": the same, in Turkish.
  ['okey', 'google'],
  ...words(`hayir yani alo aloo okey tamam`).map((word) => [word]),
];
/** "not reservation", "not a bot": the words, with "not", of what was heard instead. */
const NOT_HEARD_MOST = 3;
const INSISTING_CLOSERS: readonly (readonly string[])[] = [
  ['are', 'you', 'deaf'],
  ['r', 'u', 'deaf'],
  ...words(`now already again diyorum`).map((word) => [word]),
];
// "hayır hayır temsilci dedim": "I said" insists only after a word that insists; "müşteri hizmetleri dedim, menüye
// yönlendirdin" tells.
const SAID_AFTER_INSISTING = 'dedim';

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => tokens[at + offset] === word);
}

function skipOpeners(tokens: readonly string[], at: number): number {
  let from = at;
  for (let opener = findOpener(tokens, from); opener !== undefined; opener = findOpener(tokens, from)) {
    from += opener.length;
  }
  return from;
}

function findOpener(tokens: readonly string[], at: number): readonly string[] | undefined {
  return INSISTING_OPENERS.find((phrase) => startsWith(tokens, at, phrase));
}

/** The part of a clause between the words that only insist: [from, to). */
function insistedPart(tokens: readonly string[]): [number, number] {
  let from = skipOpeners(tokens, 0);
  // "no no no operator", "no just a person" insist; one "no" before someone refuses them ("no agent").
  let noes = 0;
  while (tokens[from + noes] === 'no') {
    noes += 1;
  }
  // "no, i said the store manager": a "no" before the insisting words insists as well.
  if (
    noes >= 2 ||
    (noes === 1 && (tokens[from + 1] === 'just' || findOpener(tokens, from + 1) !== undefined))
  ) {
    from = skipOpeners(tokens, from + noes);
  }
  let to = tokens.length;
  if (from > 0 && tokens[to - 1] === SAID_AFTER_INSISTING) {
    to -= 1;
  }
  for (let found = true; found;) {
    const closer = INSISTING_CLOSERS.find(
      (phrase) => to - phrase.length > from && startsWith(tokens, to - phrase.length, phrase),
    );
    found = closer !== undefined;
    to -= closer?.length ?? 0;
  }
  // "i said representative not reservation", "i said agent, not a bot": what the menu heard instead, set aside.
  const not = tokens.lastIndexOf('not', to - 1);
  if (not > from && to - not <= NOT_HEARD_MOST && tokens[from - 1] === 'said') {
    to = not;
  }
  return [from, to];
}

// "uh no just someone please", "just anyone": anyone at all insisted on, "just" before or "please" after.
function isAnyoneInsistedOn(tokens: readonly string[], target: Target): boolean {
  return (
    ANYONE_TOLD.has(tokens[target.start] ?? '') &&
    (tokens[target.start - 1] === 'just' || WANTED_NOW.has(tokens[target.end + 1] ?? ''))
  );
}
const WANTED_NOW = new Set(words(`please pls plz now asap`));

/** Whether a short clause is only the target and words of asking ("agent please", "human needed"). */
export function isShortRequest(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  const [from, to] = insistedPart(tokens);
  // "representative i said representative": said again within the clause.
  const saidAgain = new Set<number>();
  for (let index = from; index < to - 1; index += 1) {
    if (tokens[index] === 'i' && tokens[index + 1] === 'said') {
      saidAgain.add(index).add(index + 1);
    }
  }
  if (
    !(target.isStrong || isAnyoneInsistedOn(tokens, target)) ||
    target.start < from ||
    target.end >= to ||
    to - from - saidAgain.size > SHORT_CLAUSE
  ) {
    return false;
  }
  if (tokens.slice(target.start, target.end + 1).some((token) => token.length > LONGEST_BARE_TARGET)) {
    return false;
  }
  if (isTechnicalSupportAlone(tokens.slice(from, to))) {
    return false;
  }
  // "im a real person not a robot lol", "i am human": the speaker says what they are.
  const before = tokens.slice(from, target.start);
  if (before.some((token, index) => SELF_WORDS.has(token) || (token === 'i' && before[index + 1] === 'am'))) {
    return false;
  }
  return tokens
    .slice(from, to)
    .every(
      (token, offset) =>
        (from + offset >= target.start && from + offset <= target.end) ||
        saidAgain.has(from + offset) ||
        (from + offset === target.start - 1 && PLACES_OF_WORK.has(token)) ||
        (lang.fillers.has(token) && !lang.questionWords.has(token)) ||
        lang.isWant(token) ||
        WANTED.has(token) ||
        targetAt(lang, tokens, from + offset) !== undefined,
    );
}

/** A clause without the words that insist at its end ("… are you deaf", "… now"). */
export function withoutInsistingEnd(tokens: readonly string[]): readonly string[] {
  const [, to] = insistedPart(tokens);
  return tokens.slice(0, to);
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
  // "let a human decide", "can a manager approve this": a judgement only a person makes.
  'decide',
  'approve',
  // "can someone reach out to me", "can someone from your team whatsapp me"
  'reach',
  'whatsapp',
  'investigate',
  'assess',
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
  // "can someone unlock my account", "can someone walk me through it": work a person of the business does on the
  // customer's matter; not a visit or a repair of a thing ("can the courier come after 5", "can someone fix the AC"),
  // nor an explanation anyone could give ("can someone explain why I was charged twice").
  'unlock',
  'reset',
  'remote',
  'walk',
  'talk',
  'go',
  'verify',
  'confirm',
  'process',
  'authorise',
  'authorize',
  'escalate',
  'assist',
  'advise',
  'chase',
  'follow',
  'respond',
  'reply',
]);

// "will employees get lunch", "can staff take a break", "do agents get paid leave": what staff receive, not a task.
const RECEIVED_BY_STAFF = new Set([
  'lunch',
  'lunches',
  'meals',
  'leave',
  'leaves',
  'paid',
  'salary',
  'bonus',
  'bonuses',
  'holiday',
  'holidays',
  'vacation',
  'break',
  'breaks',
  'benefits',
  'coffee',
  'uniforms',
  'training',
  'discount',
  'discounts',
  'overtime',
  'raises',
]);

const RECEIVED_ARTICLES = new Set(['a', 'an', 'some', 'any', 'their', 'the', 'more', 'extra', 'free']);
const RECEIVING = new Set(['get', 'gets', 'take', 'takes', 'receive', 'receives']);

/** Whether the verb at `verb` gives staff something ("employees get lunch", "staff take a break"); English. */
export function isAStaffBenefit(tokens: readonly string[], verb: number): boolean {
  const received = RECEIVED_ARTICLES.has(tokens[verb + 1] ?? '') ? verb + 2 : verb + 1;
  return RECEIVING.has(tokens[verb] ?? '') && RECEIVED_BY_STAFF.has(tokens[received] ?? '');
}

/** Whether the target is asked to do what a person does ("could someone look at my case"); English. */
export function isAskedToAct(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
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
    // "someone from the insurance side reach out": a unit in two words before the task.
    if (!isAPersonsTask(tokens, after) && isAPersonsTask(tokens, after + 1)) {
      after += 1;
    }
  }
  while (ADVERBS.has(tokens[after] ?? '')) {
    after += 1;
  }
  return isAPersonsTask(tokens, after);
}

// "can someone pick up", "someone pick up the phone please": the phone answered; "pick up my parcel" is an errand.
const PICKED_UP_AFTER = new Set(words(`please pls plz now already the phone phones line`));

function isAPersonsTask(tokens: readonly string[], after: number): boolean {
  if (tokens[after] === 'pick' && tokens[after + 1] === 'up') {
    return tokens.slice(after + 2).every((token) => PICKED_UP_AFTER.has(token));
  }
  return (
    PERSON_TASKS.has(tokens[after] ?? '') && !isAStaffBenefit(tokens, after) && !isCheckingIn(tokens, after)
  );
}

// "someone pick up please", "somebody answer": anyone told to answer, the whole clause.
const ANSWERING = new Set(words(`answer respond reply`));
const ANYONE_TOLD = new Set(words(`someone somebody anyone anybody`));

function isAnyoneToldToAnswer(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (lang.language.negatesAfter) {
    return false;
  }
  const [from, to] = insistedPart(tokens);
  if (target.start !== from || !ANYONE_TOLD.has(tokens[target.start] ?? '')) {
    return false;
  }
  const verb = target.end + 1;
  const rest = ANSWERING.has(tokens[verb] ?? '')
    ? verb + 1
    : tokens[verb] === 'pick' && tokens[verb + 1] === 'up'
      ? verb + 2
      : -1;
  return rest > 0 && tokens.slice(rest, to).every((token) => PICKED_UP_AFTER.has(token));
}

// "can someone else check in for me", "could a friend check out my room": checking in or out of a flight or a stay,
// an errand, not looking into something ("can someone check in on my order" still asks).
function isCheckingIn(tokens: readonly string[], task: number): boolean {
  return (
    tokens[task] === 'check' &&
    (tokens[task + 1] === 'in' || tokens[task + 1] === 'out') &&
    tokens[task + 2] !== 'on' &&
    tokens[task + 2] !== 'with'
  );
}

// "a person would be great right now", "a real agent would really help": someone of ours wished for, as the whole
// clause; "the agent was great", "a person would be great at this job" tell or judge.
const OPENING_WISH = new Set([
  'a',
  'an',
  'some',
  'just',
  'honestly',
  'tbh',
  'i',
  'think',
  'guess',
  'ok',
  'so',
]);
const WOULD = new Set(['would', 'd', 'wud']);
const WELCOMING = new Set(
  words(`great nice helpful good better lovely appreciated ideal amazing awesome brilliant perfect useful welcome
    help`),
);
const WISH_ENDINGS = new Set(
  words(`really so much more right now here please thanks thank you tbh honestly`),
);

/** Whether an English clause is only someone of ours wished for ("a person would be great right now"). */
export function isWelcomed(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (lang.language.negatesAfter || !WOULD.has(tokens[target.end + 1] ?? '')) {
    return false;
  }
  if (
    !tokens.slice(0, target.start).every((token) => OPENING_WISH.has(token) || lang.qualifiers.has(token))
  ) {
    return false;
  }
  let at = target.end + 2;
  while (WISH_ENDINGS.has(tokens[at] ?? '')) {
    at += 1;
  }
  if (tokens[at] === 'be') {
    at += 1;
    while (WISH_ENDINGS.has(tokens[at] ?? '')) {
      at += 1;
    }
  } else if (tokens[at] !== 'help') {
    return false;
  }
  return WELCOMING.has(tokens[at] ?? '') && tokens.slice(at + 1).every((token) => WISH_ENDINGS.has(token));
}

// "a person has to handle this", "someone needs to look at my case", "a manager should review it": someone of ours
// needed for what only a person does; "the agent has to follow a script" or "staff must wear masks" tell a rule.
const NEEDED = new Set(['needs', 'need', 'has', 'have', 'got', 'should', 'must', 'ought']);
const NEEDED_SUBJECT_OPENERS = new Set(['a', 'an', 'some', 'one', 'real', 'actual', 'live', 'human']);

export function isNeededToAct(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (lang.language.negatesAfter || !target.isStrong || !NEEDED.has(tokens[target.end + 1] ?? '')) {
    return false;
  }
  // The person is a new one, any one of ours ("a person", "someone", "a real human"), not "the agent".
  if (target.start > 0 && !NEEDED_SUBJECT_OPENERS.has(tokens[target.start - 1] ?? '')) {
    const before = tokens[target.start - 1] ?? '';
    if (before !== 'something' && before !== 'thing') {
      return false;
    }
  }
  let after = target.end + 2;
  if (tokens[after] === 'to') {
    after += 1;
  }
  while (ADVERBS.has(tokens[after] ?? '')) {
    after += 1;
  }
  return isAPersonsTask(tokens, after);
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
// "kimse yok mu yaa": a call out at the end.
const CALLING_OUT = new Set(['ya', 'yaa', 'yaaa', 'yahu', 'ki', 'allahim', 'abi', 'alo']);

/** Whether a short Turkish clause calls for anyone at all ("burada kimse yok mu"). */
// "alo kimse yok mu cevap versenize", "kimse yok mu yardım edecek": the call for anyone, then what they should do.
const WHAT_ANYONE_SHOULD_DO =
  /^(?:cevap|yanit|yardim|ilgilen|bak|ver|edecek|edin|versenize|verin|verecek|yazin|yazsin|donun)/;
const ANYONE_AFTER_MOST = 3;

// "kimse yok mu yaa 20 dakikadır yazıyorum": how long the speaker has waited, told after the call.
const FOR_HOW_LONG = /^(?:\d+|bir|iki|uc|yarim)$/;
const SINCE = /^(?:dakika|saat|gun|saniye)(?:d[iu]r|t[iu]r)$/;
const WAITING = /^(?:yaziyor|bekliyor|ariyor|ugrasiyor)(?:um|uz)$/;

function withoutAWaitTold(tokens: readonly string[]): readonly string[] {
  const since = tokens.findIndex(
    (token, index) => SINCE.test(token) && FOR_HOW_LONG.test(tokens[index - 1] ?? ''),
  );
  const rest = tokens.slice(since + 1);
  return since > 1 && rest.length <= 1 && rest.every((token) => WAITING.test(token))
    ? tokens.slice(0, since - 1)
    : tokens;
}

export function isAnyoneThere(lang: CompiledLanguage, clause: readonly string[]): boolean {
  if (!lang.language.negatesAfter) {
    return false;
  }
  const tokens = withoutAWaitTold(clause);
  if (tokens.length > 5 + ANYONE_AFTER_MOST) {
    return false;
  }
  let end = tokens.length;
  while (
    end > 0 &&
    tokens.length - end < ANYONE_AFTER_MOST &&
    WHAT_ANYONE_SHOULD_DO.test(tokens[end - 1] ?? '')
  ) {
    end -= 1;
  }
  return end === tokens.length ? isAnyoneThereAlone(tokens) : isAnyoneThereAlone(tokens.slice(0, end));
}

function isAnyoneThereAlone(tokens: readonly string[]): boolean {
  if (tokens.length > 5) {
    return false;
  }
  const at = tokens.findIndex((token) => IS_THERE.test(token));
  return (
    at > 0 &&
    ANYONE.has(tokens[at - 1] ?? '') &&
    tokens.slice(0, at - 1).every((token) => PLACES.has(token) || CALLING_OUT.has(token)) &&
    // "kimse yok mu orada": the place may also come last.
    tokens
      .slice(at + 1)
      .every((token) => QUESTION.has(token) || PLACES.has(token) || CALLING_OUT.has(token)) &&
    (tokens[at]?.length !== 3 || QUESTION.has(tokens[at + 1] ?? ''))
  );
}

// Turkish "biri ilgilensin", "bir yetkili baksın artık": a person told, in the third person, to take the matter up.
// The jussives a stem of ACTING_STEMS does not give: a light verb with its noun left out or before the target ("biri
// versin", "cevap … etsin"), and "açsın" (someone to pick up the phone: "biri telefonu açsın").
const JUSSIVE_ALONE = new Set(['versin', 'etsin', 'acsin']);
// "… baksın dedi": someone else's words, reported.
const REPORTED_AFTER = /^(?:de(?:di|mis|yince)|diye)/;
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
  'telefonda',
  'telefonla',
  'telefon',
  'bana',
  'bize',
]);

// "biri incelesin", "bir kişi bakabilir mi", "sizden biri çözebilir mi", "biri yardımcı olsun": verbs of taking a
// matter up, as stems (folded), read in the third person's jussive or as "can … ?"; a light verb only after its noun
// ("yardım edebilir mi", "cevap versin", "yardımcı olabilir mi").
const ACTING_STEMS: readonly string[] =
  words(`ilgilen bak don yaz cevapla yanitla coz hallet halled baglan anlat acikla
  incele ulas duzelt ara`);
const LIGHT_VERB_STEMS: Readonly<Record<string, readonly string[]>> = {
  yardim: ['et', 'ed'],
  kontrol: ['et', 'ed'],
  yardimci: ['ol'],
  destek: ['ol'],
  cevap: ['ver'],
  yanit: ['ver'],
  bilgi: ['ver'],
  aciklama: ['yap'],
};
// "biri bakmalı": what someone must do, as a wish told.
const JUSSIVE_END = /^(?:s[iu]n|m[ae]l[iu])$/;
const ACTING_OBJECT_MOST = 2;
const CAN_END = /^y?[ae]b[iu]l[iu]r$/;

/** The form of a verb of taking a matter up: 'jussive' ("baksın"), 'can' ("bakabilir") or undefined. */
function actingForm(verb: string, before: string): 'jussive' | 'can' | undefined {
  const stems = LIGHT_VERB_STEMS[before] ?? ACTING_STEMS;
  for (const stem of stems) {
    if (verb.startsWith(stem)) {
      const end = verb.slice(stem.length);
      if (JUSSIVE_END.test(end)) {
        return 'jussive';
      }
      if (CAN_END.test(end)) {
        return 'can';
      }
    }
  }
  return undefined;
}

/** Whether the target is told, in the Turkish third person, to take the matter up ("biri ilgilensin"). */
export function isToldToAct(lang: CompiledLanguage, tokens: readonly string[], target: Target): boolean {
  if (!lang.language.negatesAfter) {
    return false;
  }
  let after = target.end + 1;
  // "sizden biri whatsapptan yazsın bana": a way in the ablative may come before the verb.
  while (
    JUSSIVE_BETWEEN.has(tokens[after] ?? '') ||
    LIGHT_VERB_STEMS[tokens[after] ?? ''] !== undefined ||
    (after === target.end + 1 && /[dt][ae]n$/.test(tokens[after] ?? ''))
  ) {
    after += 1;
  }
  const verb = tokens[after] ?? '';
  if (JUSSIVE_ALONE.has(verb)) {
    return !REPORTED_AFTER.test(tokens[after + 1] ?? '');
  }
  // "biri şu siparişe baksın", "bir yetkili bu konuyu incelesin": up to two words of the matter before the verb.
  // "ilgilenebilir mi": "can … ?" only as a question ("ilgilenebilir" alone tells what someone could do), and not as a
  // doubt told ("biri çözebilir mi bilmiyorum").
  for (let at = after; at <= after + ACTING_OBJECT_MOST && at < tokens.length; at += 1) {
    const form = actingForm(tokens[at] ?? '', tokens[at - 1] ?? '');
    const following = tokens[at + 1] ?? '';
    if (
      form === 'jussive' ||
      (form === 'can' && QUESTION.has(following) && !/^bil(?:mi|emi)yor/.test(tokens[at + 2] ?? ''))
    ) {
      return !REPORTED_AFTER.test(following);
    }
  }
  return false;
}

/** The readings of a clause with someone named and no cue, in the order the grammar tries them. */
export const WITHOUT_CUE_READINGS: readonly {
  kind: string;
  reads: (lang: CompiledLanguage, tokens: readonly string[], target: Target) => boolean;
}[] = [
  { kind: 'short request', reads: isShortRequest },
  { kind: 'anyone there', reads: isAnyoneThere },
  { kind: 'asked to act', reads: isAskedToAct },
  { kind: 'told to act', reads: isToldToAct },
  { kind: 'told to answer', reads: isAnyoneToldToAnswer },
  { kind: 'wished for', reads: isWelcomed },
  { kind: 'needed to act', reads: isNeededToAct },
];

/** The kind of the first reading that hears a request in a clause with no cue for `target`, or null. */
export function readWithoutCue(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
): string | null {
  for (const reading of WITHOUT_CUE_READINGS) {
    if (reading.reads(lang, tokens, target)) {
      return reading.kind;
    }
  }
  return null;
}
