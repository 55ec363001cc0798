// Whether a target and its cue are negated or only a condition, and which negations still ask ("I can't reach anyone").
import { words, YOU_WORDS } from './human-request-cues.js';
import type { Cue } from './human-request-find-cue.js';
import type { CompiledLanguage } from './human-request-languages.js';
import type { Target } from './human-request-targets.js';
import { isTurkishCannotForm } from './negation.js';

// "I can't reach anyone", "temsilciye ulaşamıyorum": negated, yet a wish for a person, not a refusal.
const INABILITY = new Set(['cant', 'cannot', 'couldnt', 'unable']);

/** Whether the clause says someone cannot ("cant", "ulaşamıyorum"): a negation that is no refusal. */
export function isInability(tokens: readonly string[]): boolean {
  return tokens.some((token) => INABILITY.has(token) || isTurkishCannotForm(token));
}

// "temsilciye ulaşamıyorum", "canlı desteğe bağlanamıyorum", "I can't reach an agent": failing to reach a
// person is wanting one.
const REACH = new Set(['reach', 'contact', 'get']);
// "bağlanamadım" (I could not) tells of the past; "bağlanamıyorum" (I cannot) of now.
const CANNOT_PAST = /[ae]m[ae]d[iu]/;

/** Whether the contact cue says the speaker cannot reach a person now: a wish for one. */
export function isUnableToReach(tokens: readonly string[], cue: Cue): boolean {
  const token = tokens[cue.index] ?? '';
  // "kurye bana ulaşamıyor": someone cannot reach the speaker, who asks for no one.
  if (cue.kind !== 'contact' || tokens[cue.index - 1] === 'bana' || tokens[cue.index - 1] === 'bize') {
    return false;
  }
  return (
    (isTurkishCannotForm(token) && !CANNOT_PAST.test(token)) ||
    (REACH.has(token) &&
      tokens.slice(Math.max(0, cue.index - 3), cue.index).some((word) => INABILITY.has(word)))
  );
}

// "I'd appreciate it if you could put me through", "I'd be grateful if u would connect me": a polite request.
const POLITE_MODALS = new Set(['could', 'would', 'can', 'will', 'kindly']);

// "I was wondering if I could speak to someone", "just wondering if we can talk to a manager": the speaker's own
// wish asked politely, not a condition.
const WONDERING = new Set(['wondering', 'wonder', 'wondered', 'wonderin', 'asking']);
const SPEAKER = new Set(['i', 'we']);
// "I would be grateful if someone could telephone me": someone asked, politely.
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
const SPEAKER_MODALS = new Set(['could', 'can', 'may', 'might']);

// "I'd appreciate it if a claims handler could contact me", "wondering if a real person could look at it": thanks
// or wondering before "if", a modal a few words after it.
const THANKING = new Set([
  'appreciate',
  'grateful',
  'great',
  'helpful',
  'thankful',
  'nice',
  'wondering',
  'wonder',
]);
const IF_MODAL_REACH = 6;

function isThankingIf(tokens: readonly string[], index: number): boolean {
  return (
    tokens.slice(Math.max(0, index - 3), index).some((token) => THANKING.has(token)) &&
    tokens.slice(index + 2, index + 2 + IF_MODAL_REACH).some((token) => POLITE_MODALS.has(token))
  );
}

// "where do I call if I need to talk to somebody", "who do I contact if I want a manager": the question asks how to
// reach people; the "if" says why.
const WHERE_TO_REACH = new Set(words(`where how who whom`));
const REACHING = new Set(words(`call ring phone contact reach go write email`));

function isAskedHowToReach(tokens: readonly string[], index: number): boolean {
  const opener = tokens.findIndex((token) => WHERE_TO_REACH.has(token));
  return (
    opener >= 0 &&
    opener < index &&
    tokens.slice(opener + 1, index).some((token) => REACHING.has(token)) &&
    tokens.slice(opener + 1, opener + 3).some((token) => token === 'i' || token === 'we')
  );
}

function isPoliteIf(tokens: readonly string[], index: number): boolean {
  if (isThankingIf(tokens, index) || isAskedHowToReach(tokens, index)) {
    return true;
  }
  // "r u a bot? if so transfer me": "if so", "if not" answer what came before and put no condition on the request.
  const next = tokens[index + 1] ?? '';
  // "if possible I'd like to speak with a person", "mind if I speak to an actual person": asked politely.
  if (next === 'so' || next === 'not' || next === 'possible' || tokens[index - 1] === 'mind') {
    return true;
  }
  return (
    ((YOU_WORDS.has(tokens[index + 1] ?? '') || SOMEONE.has(tokens[index + 1] ?? '')) &&
      POLITE_MODALS.has(tokens[index + 2] ?? '')) ||
    (WONDERING.has(tokens[index - 1] ?? '') &&
      SPEAKER.has(tokens[index + 1] ?? '') &&
      SPEAKER_MODALS.has(tokens[index + 2] ?? ''))
  );
}

// "isn't there anyone I can talk to?", "can't I just speak to someone", "is there no way to reach a human": a question
// put in the negative asks all the more. English only, at the clause's start (after a greeting or "so").
const NEGATED_ASKING = new Set(['isnt', 'arent', 'cant', 'wont', 'couldnt', 'wouldnt', 'dont', 'doesnt']);
const ASKED_ABOUT = new Set(['there', 'i', 'you', 'u', 'we', 'someone', 'somebody', 'anyone', 'anybody']);
const OPENERS = new Set(['so', 'but', 'hi', 'hey', 'hello', 'ok', 'okay', 'seriously', 'why']);
const MODALS_ASKING = new Set(['can', 'could', 'will', 'would']);

function isNegatedQuestion(tokens: readonly string[]): boolean {
  let start = 0;
  while (OPENERS.has(tokens[start] ?? '')) {
    start += 1;
  }
  const [first, second, third] = tokens.slice(start, start + 3);
  // "don't you dare transfer me" forbids.
  if (third === 'dare') {
    return false;
  }
  return (
    (NEGATED_ASKING.has(first ?? '') && ASKED_ABOUT.has(second ?? '')) ||
    (first === 'is' && second === 'there' && third === 'no') ||
    // "can you not just hand this to a human", "could you not put me through": the modal, "you", then "not".
    (MODALS_ASKING.has(first ?? '') && (second === 'you' || second === 'u') && third === 'not')
  );
}

// "can I do this without talking to someone?", "sort it without having to call anyone": contact avoided.
const CONTACT_GERUNDS = new Set([
  'talking',
  'speaking',
  'calling',
  'contacting',
  'chatting',
  'going',
  'getting',
]);

/** Whether an English sentence does something without contact ("without talking to someone"). */
export function isWithoutContact(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (token !== 'without') {
      return false;
    }
    const verb = tokens[index + 1] === 'having' && tokens[index + 2] === 'to' ? index + 3 : index + 1;
    return CONTACT_GERUNDS.has(tokens[verb] ?? '') || (verb > index + 1 && tokens[verb] !== undefined);
  });
}

// "I am not talking to an agent", "no way I'm speaking to the manager", "never dealing with your staff again": a person
// refused in the progressive or after "no way", which the grammar reads as a refusal only with a wish or a future
// ("I don't want to talk to", "I'm not going to speak to"); the model has no notion of "not".
const TALKING = new Set(words(`talking speaking chatting dealing talk speak chat deal`));
const REFUSED_WITHIN = 4;

/** Whether an English sentence refuses to talk to a person ("I am not talking to an agent"). */
export function refusesToTalkToAPerson(
  tokens: readonly string[],
  isPerson: (token: string) => boolean,
): boolean {
  return tokens.some((token, verb) => {
    if (!TALKING.has(token) || (tokens[verb + 1] !== 'to' && tokens[verb + 1] !== 'with')) {
      return false;
    }
    const before = tokens.slice(Math.max(0, verb - REFUSED_WITHIN), verb);
    const isRefused = before.some(
      (word, index) => word === 'not' || word === 'never' || (word === 'no' && before[index + 1] === 'way'),
    );
    return isRefused && tokens.slice(verb + 2, verb + 5).some(isPerson);
  });
}

// "this bot is no help, connect me with the loans team": "no" says what the bot is, not the request.
const NO_THING = new Set([
  'help',
  'use',
  'good',
  'point',
  'luck',
  'answer',
  'answers',
  'response',
  'reply',
  'sense',
  'clue',
]);

const ANSWERED_NO = new Set(['i', 'we', 'just', 'thanks', 'thank', 'please', 'pls']);
// Turkish "istemiyorum" typed badly ("idtemiyorum", "isyemiyorum", "istemiyom"): a short word from "i", then the
// negative present, its "r" dropped as chat does.
const WISH_REFUSED_TYPED = /^i\p{L}{1,4}m[iu]yo(?:rum|ruz|m|z)$/u;

// Chat runs sentences together without a stop: "you're not helping escalate to a person", "bot can't do it get me
// staff". The negation belongs to a verb of its own between it and the request: a verb in -ing, or a verb with "it".
const NOT_OWN_VERBS = new Set(
  words(`going willing being bring thing anything something nothing everything morning`),
);
const OWN_OBJECTS = new Set(words(`it this that`));

function isOwnVerbBetween(tokens: readonly string[], negator: number, cue: number): boolean {
  for (let at = negator + 1; at < cue; at += 1) {
    const token = tokens[at] ?? '';
    if (
      (token.length > 4 && token.endsWith('ing') && !NOT_OWN_VERBS.has(token)) ||
      (OWN_OBJECTS.has(token) && at > negator + 1)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether the request is negated, or only a condition ("if I want an agent…"). */
export function isNegated(
  lang: CompiledLanguage,
  tokens: readonly string[],
  target: Target,
  cue: Cue,
): boolean {
  const from = Math.min(target.start, cue.index);
  const to = Math.max(target.end, cue.index);
  // "I wouldn't like to be put through": the passive's "be" takes the negation further back.
  const reach = !lang.language.negatesAfter && tokens[cue.index - 1] === 'be' ? 6 : 3;
  const [start, end] = lang.language.negatesAfter
    ? [target.end + 1, to + 2]
    : [Math.max(0, from - reach), to - 1];
  let isNegative = cue.isNegated;
  for (let index = start; index <= Math.min(end, tokens.length - 1); index += 1) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    if (
      (lang.negators.has(token) || (lang.language.negatesAfter && WISH_REFUSED_TYPED.test(token))) &&
      !(lang.language.negatesAfter === false && isOwnVerbBetween(tokens, index, cue.index)) &&
      !(token === 'yok' && (next === 'mu' || next === 'mi')) &&
      !(token === 'no' && NO_THING.has(next ?? '')) &&
      // "no, I want a real person", "main menu no no no I want a person": a "no" (or a run of them) answers what came
      // before.
      !(token === 'no' && (ANSWERED_NO.has(next ?? '') || next === 'no'))
    ) {
      isNegative = true;
    }
  }
  const earlier = tokens.slice(0, from);
  if (earlier.some((token, index) => lang.conditional.has(token) && !isPoliteIf(tokens, index))) {
    return true;
  }
  return (
    isNegative &&
    !earlier.some((token) => lang.rhetorical.has(token)) &&
    (lang.language.negatesAfter || !isNegatedQuestion(tokens))
  );
}
