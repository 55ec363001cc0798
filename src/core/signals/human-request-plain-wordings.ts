// English wordings that put a request indirectly, each turned into the plain question it stands for. A question asked
// inside another: "can you tell me who I need to contact", "may I ask how I should contact", "I would like to know whom
// I should contact". English puts the subject before the verb there ("who I should contact"), where the grammar reads
// the question as asked ("who should I contact"); the question is turned round and read as that. A request made
// politely as a condition ("I'd appreciate it if you could call me", "so if you could please maybe contact me") is read
// as the question it softens ("could you call me"); a courtesy at the end ("… at your earliest convenience", "…
// thanks"), a tail that says what the request is for ("… regarding the refund") and a softening word before the verb
// ("please just call me") are read past.
import { afterAQuestionToYou, PLEAS, words } from './human-request-cues.js';

const WANTING = new Set(words(`like want wanna need`));
const WH = new Set(words(`how who whom where what which`));
const SUBJECTS = new Set(words(`i we`));
// "who I should contact" → "who should I contact"; "who I need to contact" → "who do I need to contact".
const AUXILIARIES = new Set(words(`can could should do may might must will would`));
const FULL_VERBS = new Set(words(`need have ought want`));

/** Where the question begins after a frame that asks to know, or -1: "can you tell me", "may I ask", "I'd like to know". */
function afterFrame(tokens: readonly string[]): number {
  let at = 0;
  while (PLEAS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "can you (please) tell me", "could u let me know"
  at = afterAQuestionToYou(tokens, at);
  if (tokens[at] === 'tell' && tokens[at + 1] === 'me') {
    return at + 2;
  }
  if (tokens[at] === 'let' && tokens[at + 1] === 'me' && tokens[at + 2] === 'know') {
    return at + 3;
  }
  if (at > 0) {
    return -1;
  }
  // "may I ask", "can I ask", "may I know"
  if (
    (tokens[0] === 'may' || tokens[0] === 'can') &&
    tokens[1] === 'i' &&
    (tokens[2] === 'ask' || tokens[2] === 'know')
  ) {
    return 3;
  }
  // "I'd like to know", "I would like to know", "I want to know", "I need to know"
  if (tokens[0] === 'i' || tokens[0] === 'we') {
    let verb = 1;
    if (tokens[verb] === 'd' || tokens[verb] === 'would') {
      verb += 1;
    }
    if (WANTING.has(tokens[verb] ?? '')) {
      const to = tokens[verb] === 'wanna' ? verb + 1 : verb + 2;
      if ((tokens[verb] === 'wanna' || tokens[verb + 1] === 'to') && tokens[to] === 'know') {
        return to + 1;
      }
    }
    // "I wonder", "I was wondering"
    if (tokens[1] === 'wonder') {
      return 2;
    }
    if (tokens[1] === 'was' && tokens[2] === 'wondering') {
      return 3;
    }
  }
  return -1;
}

/** The question asked inside, turned round as asked ("who should I contact"), or undefined. */
export function directQuestion(tokens: readonly string[]): string[] | undefined {
  const at = afterFrame(tokens);
  if (at < 0 || !WH.has(tokens[at] ?? '')) {
    return undefined;
  }
  // "which number I should call": the question word's noun stays with it.
  const subject = SUBJECTS.has(tokens[at + 1] ?? '') ? at + 1 : at + 2;
  if (!SUBJECTS.has(tokens[subject] ?? '')) {
    return undefined;
  }
  const verb = tokens[subject + 1] ?? '';
  const question = tokens.slice(at, subject);
  if (AUXILIARIES.has(verb)) {
    return [...question, verb, tokens[subject] as string, ...tokens.slice(subject + 2)];
  }
  if (FULL_VERBS.has(verb)) {
    return [...question, 'do', tokens[subject] as string, ...tokens.slice(subject + 1)];
  }
  return undefined;
}

// "I'd appreciate it if", "it would be great if", "so if": the frame that softens a request into a condition.
const GRATEFUL = new Set(words(`appreciate grateful thankful love`));
const GOOD = new Set(words(`great good nice helpful appreciated wonderful`));
// "maybe", "just", "also": softening words before the verb of an ask ("if you could maybe call me", "please just call
// me").
const SOFTENERS = new Set(words(`maybe possibly perhaps just also simply`));
const ASKED_OF = new Set(words(`you u someone somebody anyone anybody`));
const CONDITION_MODALS = new Set(words(`could would can`));

/** Where "if" stands after a frame of thanks or of good ("I'd appreciate it if"), or at the start; else -1. */
function softeningIf(tokens: readonly string[]): number {
  let at = tokens[0] === 'so' || tokens[0] === 'and' ? 1 : 0;
  if (tokens[at] === 'if') {
    return at;
  }
  const grateful = tokens.findIndex((token) => GRATEFUL.has(token) || GOOD.has(token));
  if (grateful < 0 || grateful > 4) {
    return -1;
  }
  at = grateful + 1;
  if (tokens[at] === 'it') {
    at += 1;
  }
  return tokens[at] === 'if' ? at : -1;
}

/** The request a polite condition softens, as the question it stands for ("could you call me"), or undefined. */
export function softenedRequest(tokens: readonly string[]): string[] | undefined {
  const at = softeningIf(tokens);
  if (at < 0) {
    return undefined;
  }
  // "if you could", or "if a manager could", "if your team could": one word for whoever is asked, after a determiner.
  const subjectEnd = ASKED_OF.has(tokens[at + 1] ?? '')
    ? at + 2
    : SUBJECT_DETERMINERS.has(tokens[at + 1] ?? '')
      ? at + 3
      : -1;
  if (subjectEnd < 0 || !CONDITION_MODALS.has(tokens[subjectEnd] ?? '')) {
    return undefined;
  }
  // "if you could please maybe contact me": the pleas kept, the softening words before the verb left out.
  let from = subjectEnd + 1;
  const pleas: string[] = [];
  while (PLEAS.has(tokens[from] ?? '') || SOFTENERS.has(tokens[from] ?? '')) {
    if (PLEAS.has(tokens[from] ?? '')) {
      pleas.push(tokens[from] as string);
    }
    from += 1;
  }
  return [tokens[subjectEnd] as string, ...tokens.slice(at + 1, subjectEnd), ...pleas, ...tokens.slice(from)];
}
const SUBJECT_DETERMINERS = new Set(words(`a an the your one`));

// "kindly contact me at your earliest convenience", "call me as soon as possible": a courtesy at the end that says when,
// read past as "asap" is.
const COURTESY_TAILS: readonly (readonly string[])[] = [
  words(`at your earliest convenience`),
  words(`at your convenience`),
  words(`at the earliest`),
  words(`as soon as possible`),
  words(`as soon as you can`),
  words(`when you get a chance`),
  words(`when you get the chance`),
  words(`whenever you can`),
  words(`when you can`),
  words(`if possible`),
];
// "please email me thanks", "is there a number i can call asap", "call me back right now lol": thanks, a word of when
// or a laugh after the ask, read past too.
const AFTER_COURTESY = new Set(
  words(
    `please pls plz thanks thank thx ty tia cheers lol ok okay asap now today again already too quickly instead`,
  ),
);
const TWO_WORD_AFTER = [words(`thank you`), words(`right now`), words(`this time`)];
const SHORTEST_ASK = 2;

/** The clause without a courtesy at its end ("… at your earliest convenience", "… thanks", "… asap"), or undefined. */
export function withoutCourtesyTail(tokens: readonly string[]): string[] | undefined {
  let end = tokens.length;
  for (;;) {
    const pair = TWO_WORD_AFTER.find(
      (tail) => end - 2 >= SHORTEST_ASK && tokens[end - 2] === tail[0] && tokens[end - 1] === tail[1],
    );
    if (pair !== undefined) {
      end -= 2;
    } else if (end - 1 >= SHORTEST_ASK && AFTER_COURTESY.has(tokens[end - 1] ?? '')) {
      end -= 1;
    } else {
      break;
    }
  }
  for (const tail of COURTESY_TAILS) {
    const from = end - tail.length;
    if (from >= SHORTEST_ASK && tail.every((word, index) => tokens[from + index] === word)) {
      return [...tokens.slice(0, from), ...tokens.slice(end)];
    }
  }
  return end < tokens.length ? tokens.slice(0, end) : undefined;
}

// "could you DM me and tell me the reasons", "please email me regarding the refund", "could someone give me a ring
// about my holiday": a request followed by what it is for, read without it. The cut comes only right after the one to
// be reached ("me", "us", "back") or the means ("a call", "a ring", "an email"), never at "to" or "for", which name
// where someone is sent ("transfer me to sales") or what a means is for ("what number do I call to activate the card").
const TAIL_OPENERS = new Set(
  words(`and so because cause coz as since regarding concerning re about asap if but then which`),
);
const THE_ONE_REACHED = new Set(words(`me us back`));
const MEANS = new Set(words(`call ring email mail line number`));
const TAIL_FROM = 3;
// "can you email me and my wife the tickets": "and" joining a second one to be written to, not a tail.
const JOINED_ONES = new Set(words(`my our his her their the a an your him them us me`));

/** The clause cut before a tail that says what its request is for, or undefined. */
export function withoutPurposeTail(tokens: readonly string[]): string[] | undefined {
  for (let at = TAIL_FROM; at < tokens.length - 1; at += 1) {
    const token = tokens[at] as string;
    const before = tokens[at - 1] ?? '';
    if (token === 'and' && JOINED_ONES.has(tokens[at + 1] ?? '')) {
      return undefined;
    }
    if (
      (THE_ONE_REACHED.has(before) && TAIL_OPENERS.has(token)) ||
      (MEANS.has(before) && TAIL_OPENERS.has(token))
    ) {
      return tokens.slice(0, at);
    }
  }
  return undefined;
}

// "please just call me", "could you maybe call me", "please also contact me": a softening word between the ask and its
// verb, read without it.
/** The clause without softening words after a plea or the one asked ("please just …", "could you maybe …"). */
export function withoutSoftening(tokens: readonly string[]): string[] | undefined {
  const isSoftening = (token: string, index: number): boolean =>
    SOFTENERS.has(token) && (PLEAS.has(tokens[index - 1] ?? '') || ASKED_OF.has(tokens[index - 1] ?? ''));
  // Most clauses have none: looked for before a copy is made.
  return tokens.some(isSoftening) ? tokens.filter((token, index) => !isSoftening(token, index)) : undefined;
}

// "what can I do to contact you", "what should we do to reach your team", "what do I need to do to get in touch": the
// way asked as what to do, read as the "how" it stands for ("how can I contact you").
const DOING_MODALS = new Set(words(`can could should do must shall`));
const OBLIGED = new Set(words(`need have`));

/** "what can I do to …" asked as "how can I …", or undefined. */
export function howAskedAsWhatToDo(tokens: readonly string[]): string[] | undefined {
  if (tokens[0] !== 'what' || !DOING_MODALS.has(tokens[1] ?? '') || !SUBJECTS.has(tokens[2] ?? '')) {
    return undefined;
  }
  // "what do I need to do to …", "what do we have to do to …"
  let at = OBLIGED.has(tokens[3] ?? '') && tokens[4] === 'to' ? 5 : 3;
  if (tokens[at] !== 'do') {
    return undefined;
  }
  at += 1;
  if (tokens[at] === 'in' && tokens[at + 1] === 'order') {
    at += 2;
  }
  if (tokens[at] !== 'to' || at + 1 >= tokens.length) {
    return undefined;
  }
  return ['how', tokens[1] as string, tokens[2] as string, ...tokens.slice(at + 1)];
}

// "who to contact about a refund", "whom to call for a claim", "where to ring for billing": the question asked with "to",
// read as "who should I contact".
const ASKED_WHERE_OR_WHOM = new Set(words(`who whom where`));

/** "who to contact …" asked as "who should I contact …", or undefined. */
export function infinitiveQuestion(tokens: readonly string[]): string[] | undefined {
  return ASKED_WHERE_OR_WHOM.has(tokens[0] ?? '') && tokens[1] === 'to' && tokens.length > 2
    ? [tokens[0] as string, 'should', 'i', ...tokens.slice(2)]
    : undefined;
}
