// The speaker's own side: "I'll speak to someone in my team and get back to you", "let me talk with my boss", "someone
// at my company will call you", "we want to be your agent in Spain". A buyer, a supplier or a customer checking with
// their own people before answering, or offering to become one of the business's people, asks for none of them.
import { ASSIGNED_TO_THE_CUSTOMER, ENGLISH_CUES, ENGLISH_ROLES, words } from './human-request-cues.js';
import { isEnglishPerson } from './model-anchor-words.js';

const PEOPLE = new Set([...ENGLISH_CUES.strongTargets, ...ENGLISH_CUES.weakTargets]);
/** Where the person sits: "in my team", "at our office", "from my company". */
const WHERE = new Set(words(`in at from on of within`));
const MINE = new Set(words(`my our`));
const ORGANISATIONS = new Set(
  words(`team company office side firm family department business end organisation organization school house
    household group shop store head`),
);
/** Words between a person and where they sit: "someone in charge at my company", "a person high up in our firm". */
const BETWEEN_MOST = 3;
/** The speaker's answer put off, or a call the speaker's side will make: "get back to you", "will call you". */
const BACK = new Set(words(`back`));
const YOU = new Set(words(`you u ya yall`));
const CALLS_OUT = new Set(words(`call ring phone contact email text message reach`));
const WILL = new Set(words(`will ll shall gonna`));
const CONSULTING = new Set(words(`talk speak chat check consult ask discuss run confer`));

function isSittingOnMySide(tokens: readonly string[], person: number): boolean {
  for (let at = person + 1; at <= person + BETWEEN_MOST && at + 2 < tokens.length + 1; at += 1) {
    if (
      WHERE.has(tokens[at] as string) &&
      MINE.has(tokens[at + 1] ?? '') &&
      ORGANISATIONS.has(tokens[at + 2] ?? '')
    ) {
      return true;
    }
  }
  return false;
}

/** Whether the tokens put off an answer to the business ("get back to you") or announce a call to it ("will call you"). */
function answersLater(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (
      (token === 'get' || token === 'come') &&
      BACK.has(tokens[index + 1] ?? '') &&
      tokens[index + 2] === 'to'
    ) {
      return YOU.has(tokens[index + 3] ?? '');
    }
    if (CALLS_OUT.has(token) && YOU.has(tokens[index + 1] ?? '') && WILL.has(tokens[index - 1] ?? '')) {
      return true;
    }
  }
  return false;
}

const SPEAKERS = new Set(words(`i we`));

/** Where the verb of someone about to consult starts: after "let me", "i'll", "we will"; -1 when none starts here. */
function consultingVerbAt(tokens: readonly string[], index: number): number {
  const token = tokens[index] as string;
  if (token === 'let' && tokens[index + 1] === 'me') {
    return index + 2;
  }
  if (token === 'im' && tokens[index + 1] === 'gonna') {
    return index + 2;
  }
  if (SPEAKERS.has(token) && WILL.has(tokens[index + 1] ?? '')) {
    return index + 2;
  }
  return -1;
}

const THE_BUSINESSS_FOR_ME = new Set(
  words(`account relationship case client dedicated personal advisor adviser banker broker caseworker`),
);

/** "let me talk with my team", "i'll ask my boss": the speaker consulting their own people. */
function consultsMine(tokens: readonly string[]): boolean {
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const verb = consultingVerbAt(tokens, index);
    if (verb < 0 || !CONSULTING.has(tokens[verb] ?? '')) {
      continue;
    }
    const after = tokens[verb + 1] === 'to' || tokens[verb + 1] === 'with' ? verb + 2 : verb + 1;
    // "let me talk to my account manager": the speaker's own person at the business, not the speaker's side.
    if (MINE.has(tokens[after] ?? '') && !THE_BUSINESSS_FOR_ME.has(tokens[after + 1] ?? '')) {
      return true;
    }
  }
  return false;
}

// "forget it, I'll call someone else", "I'm gonna find another company": the speaker leaving for someone else.
const GOING_TO = new Set(words(`call ring phone find try use ask hire go get contact`));
const ELSEWHERE = new Set(words(`else elsewhere another other`));

function goesElsewhere(tokens: readonly string[]): boolean {
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const verb = tokens[index] === 'ill' ? index + 1 : consultingVerbAt(tokens, index);
    if (verb < 0 || !GOING_TO.has(tokens[verb] ?? '')) {
      continue;
    }
    if (tokens.slice(verb + 1, verb + 4).some((token) => ELSEWHERE.has(token))) {
      return true;
    }
  }
  return false;
}

// "remind me to call customer service tomorrow", "set a reminder to email the landlord": a call the speaker will make,
// noted for later.
const REMINDING = new Set(words(`remind reminder reminders`));
/** The note opens the sentence ("can you set a reminder to…") and holds after the call only "tomorrow", "on monday at
 * 9", nothing that asks again. */
const NOTE_OPENS_BY = 3;
const WHEN_TO_CALL = new Set(words(`when once after before`));
const NOTE_MOST = 6;
const ASKS_AGAIN = new Set(
  words(`want wanna like prefer need please pls is are can could would speak talk chat get connect transfer`),
);

function notesACallToMake(tokens: readonly string[]): boolean {
  for (let index = 0; index + 2 < tokens.length && index <= NOTE_OPENS_BY; index += 1) {
    if (!REMINDING.has(tokens[index] as string)) {
      continue;
    }
    const to = tokens[index + 1] === 'me' ? index + 2 : index + 1;
    const rest = tokens.slice(to + 2);
    // "…when i get home": when the call is to be made, which asks nothing again.
    const when = rest.findIndex((token) => WHEN_TO_CALL.has(token));
    const called = rest.slice(0, when < 0 ? rest.length : when);
    if (
      tokens[to] === 'to' &&
      CALLS_OUT.has(tokens[to + 1] ?? '') &&
      called.length <= NOTE_MOST &&
      !called.some((token) => ASKS_AGAIN.has(token))
    ) {
      return true;
    }
  }
  return false;
}

/** "our staff", "our support agents": the word for someone one or two words after "our". */
function isOurs(tokens: readonly string[], person: number): boolean {
  return (
    ENGLISH_CUES.strongTargets.includes(tokens[person] ?? '') &&
    (tokens[person - 1] === 'our' || tokens[person - 2] === 'our') &&
    // "our account manager": the business's.
    !ASSIGNED_TO_THE_CUSTOMER.has(tokens[person - 1] ?? '')
  );
}

const BECOMING = new Set(words(`be become becoming`));
const ARTICLES = new Set(words(`a an your ur the one of`));

// "I am a customer service rep at another company", "im an agent myself": the speaker saying what they are, asking
// nothing ("I'm a customer, get me an agent" asks).
// "you're just a seasonal employee": the one spoken to, said what they are, likewise.
const BEING = new Set(words(`am im iam youre`));
// "I'm already a customer", "i am just a customer": the speaker a customer, whom the model reads near "customer
// service".
const CUSTOMERS = new Set(words(`customer customers client clients member subscriber`));
const ONLY = new Set(words(`just only already also still`));
/** Words between the article and the word for someone: "a customer service rep", "a senior support agent". */
const ROLE_WORDS_MOST = 3;

function saysWhatTheyAre(tokens: readonly string[]): boolean {
  if (tokens.some((token) => ASKS_AGAIN.has(token))) {
    return false;
  }
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const token = tokens[index] as string;
    const isBeing =
      BEING.has(token) ||
      (token === 'm' && tokens[index - 1] === 'i') ||
      ((token === 'are' || token === 're') && YOU.has(tokens[index - 1] ?? ''));
    let article = index + 1;
    while (ONLY.has(tokens[article] ?? '')) {
      article += 1;
    }
    if (!isBeing || !ARTICLES.has(tokens[article] ?? '')) {
      continue;
    }
    const role = tokens.slice(article + 1, article + 2 + ROLE_WORDS_MOST);
    if (
      role.some(
        (word) =>
          ENGLISH_CUES.strongTargets.includes(word) || ENGLISH_ROLES.includes(word) || CUSTOMERS.has(word),
      )
    ) {
      return true;
    }
  }
  return false;
}

/** "we want to be your agent", "how do I become a representative": the speaker taking the role, not reaching it. */
function becomesOne(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    if (!BECOMING.has(tokens[index] as string)) {
      continue;
    }
    let next = index + 1;
    while (ARTICLES.has(tokens[next] ?? '') && next < index + 4) {
      next += 1;
    }
    // "i want to be admin", "become supervisor": the article dropped after "to be" or "become", as chat drops it.
    const isArticleDropped = tokens[index - 1] === 'to' || tokens[index] !== 'be';
    if ((next > index + 1 || isArticleDropped) && ENGLISH_CUES.strongTargets.includes(tokens[next] ?? '')) {
      return true;
    }
  }
  return false;
}

/**
 * Whether English tokens (folded) tell of the speaker's own side rather than ask for the business's people: a person
 * "in my team", "at our office"; an answer put off ("and get back to you"); a call the speaker's side will make
 * ("someone at my company will call you"); "let me talk with my team"; the speaker becoming one ("we want to be your
 * agent") or leaving for someone else ("forget it, I'll call someone else"); a call to make noted ("remind me to call
 * support"); the speaker saying what they are ("I am a support agent myself").
 */
export function isOnTheSpeakersSide(tokens: readonly string[]): boolean {
  if (
    answersLater(tokens) ||
    consultsMine(tokens) ||
    becomesOne(tokens) ||
    goesElsewhere(tokens) ||
    notesACallToMake(tokens) ||
    saysWhatTheyAre(tokens)
  ) {
    return true;
  }
  if (tokens.some((token, index) => PEOPLE.has(token) && isSittingOnMySide(tokens, index))) {
    return true;
  }
  // "can our customers talk to our staff through your widget?": every word for someone is the speaker's own, by "our"
  // ("our manager needs to sign it, put me through to a real persn" asks).
  let ours = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    if (isEnglishPerson(tokens[index] as string)) {
      if (!isOurs(tokens, index)) {
        return false;
      }
      ours += 1;
    }
  }
  return ours > 0;
}

// "I'll call customer service tomorrow", "I'm going to speak with someone at the airport tomorrow", "just got off the
// phone with customer service": what the speaker will do later or elsewhere, or has just done, told; no one asked for
// here and now. A need or a wish ("I'll need to speak to a manager today") still asks.
const LATER = new Set(
  words(`tomorrow tmrw tmr tonight later afterwards monday tuesday wednesday thursday friday saturday sunday weekend
    morning`),
);
const NEXT_WHEN = new Set(words(`week month year time day`));
const PLACES_ELSEWHERE = new Set(words(`airport store branch counter gate station desk shop`));
const WISHING = new Set(words(`need want like wanna have must should gotta please`));

// "Ill call them tomorrow": chat drops the apostrophe of "I'll"; "ill" opens the sentence or follows "and", "so".
const BEFORE_ILL = new Set(words(`and so then ok okay but`));

/**
 * Where the words after the speaker's own future start: after "i ll", "i will", "ill", "im going to", "i am gonna"; -1
 * when there is none.
 */
function speakersFutureAt(tokens: readonly string[]): number {
  const at = tokens.findIndex(
    (token, index) =>
      ((token === 'i' || token === 'we') &&
        (WILL.has(tokens[index + 1] ?? '') ||
          ((tokens[index + 1] === 'm' || tokens[index + 1] === 'am' || tokens[index + 1] === 're') &&
            tokens[index + 2] === 'going' &&
            tokens[index + 3] === 'to'))) ||
      (token === 'ill' && (index === 0 || BEFORE_ILL.has(tokens[index - 1] ?? ''))),
  );
  if (at < 0) {
    return -1;
  }
  return tokens[at] === 'ill' ? at + 1 : at + 2;
}

export function tellsTheSpeakersOwnPlanOrJustDone(tokens: readonly string[]): boolean {
  const got = tokens.findIndex(
    (token, index) =>
      (token === 'got' || token === 'get' || token === 'hung') &&
      tokens[index + 1] === 'off' &&
      tokens[index + 2] === 'the' &&
      tokens[index + 3] === 'phone',
  );
  if (got >= 0 && tokens[got - 1] !== 'to' && tokens[got - 1] !== 'can') {
    return true;
  }
  const future = speakersFutureAt(tokens);
  if (future < 0 || tokens.some((token) => WISHING.has(token))) {
    return false;
  }
  const after = tokens.slice(future);
  return after.some(
    (token, index) =>
      LATER.has(token) ||
      // "next week"; "I'll hold for the next agent" waits for one.
      (token === 'next' && NEXT_WHEN.has(after[index + 1] ?? '')) ||
      (token === 'the' && after[index - 1] === 'at' && PLACES_ELSEWHERE.has(after[index + 1] ?? '')),
  );
}
