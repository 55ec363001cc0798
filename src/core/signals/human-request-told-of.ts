// Someone of ours told of, not asked for (English): what they did ("the agent transferred me here", "customer service
// told me to reply here", "my advisor recommended this account"), or a complaint about them ("I want to complain about
// the way your agent spoke to me"). Read on the sentence the model liked, after the grammar found no request.
import { CALLING_VERBS, ENGLISH_CUES, words } from './human-request-cues.js';

const PEOPLE = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...ENGLISH_CUES.weakTargets,
  ...words(`service services support care desk`),
  // "your bot told me to contact support", "the letter said to call you": a thing that told the speaker what to do.
  ...words(`bot chatbot app website site system letter email message menu recording`),
]);
const DONE = new Set(
  words(`told said sent gave took made got kept left hung spoke wrote rang called emailed transferred recommended
    suggested advised promised confirmed explained assured offered refused forgot ignored closed cancelled
    processed asked helped lied misled shouted yelled swore laughed overcharged charged billed lost messed dropped
    disconnected damaged broke missold blamed insulted interrupted argued failed abandoned scammed cheated connected
    answered replied responded picked`),
);
/** Words that still ask, whatever was told before them. */
const STILL_ASKING = new Set(
  words(`want wanna need like please pls plz can could would will let talk speak connect escalate again another
    different else`),
);
const TOLD_MOST = 12;
const OBJECT_OF = new Set(words(`for to with from by at`));

// "nobody transferred me to the manager", "no one called me back": what no one did, told.
const NOBODY = new Set(words(`nobody noone`));
const NOBODY_TOLD_MOST = 6;

function isNobodyAt(sentence: readonly string[], index: number): boolean {
  return NOBODY.has(sentence[index] ?? '') || (sentence[index] === 'one' && sentence[index - 1] === 'no');
}

/** Whether the sentence only tells what someone of ours did, in the past ("the agent transferred me here"). */
export function tellsWhatSomeoneDid(sentence: readonly string[]): boolean {
  if (sentence.length > TOLD_MOST || sentence.some((token) => STILL_ASKING.has(token))) {
    return false;
  }
  // What no one did ends the sentence: "nobody answered my email, pass this on to billing" goes on to ask.
  if (
    sentence.some(
      (_, index) =>
        isNobodyAt(sentence, index) &&
        DONE.has(sentence[index + 1] ?? '') &&
        sentence.length - index <= NOBODY_TOLD_MOST,
    )
  ) {
    return true;
  }
  return sentence.some(
    (token, index) =>
      PEOPLE.has(token) &&
      // The one who did it, not the one it was done to or waited for ("wait for a human, put me in the queue").
      !OBJECT_OF.has(sentence[index - 1] ?? '') &&
      !OBJECT_OF.has(sentence[index - 2] ?? '') &&
      (DONE.has(sentence[index + 1] ?? '') ||
        (sentence[index + 1] === 'had' && DONE.has(sentence[index + 2] ?? ''))),
  );
}

const COMPLAINING = new Set(words(`complain complaint complaining report reporting feedback`));
const ABOUT = new Set(words(`about against regarding re`));

/**
 * Whether every word for someone of ours comes after "about" a complaint ("complain about the way your agent spoke to
 * me"); "complain to a manager about the agent" still asks for the manager.
 */
export function complainsAboutSomeone(sentence: readonly string[]): boolean {
  const complaint = sentence.findIndex((token) => COMPLAINING.has(token));
  if (complaint < 0) {
    return false;
  }
  const about = sentence.findIndex((token, index) => index > complaint && ABOUT.has(token));
  if (about < 0 || about > complaint + 2) {
    return false;
  }
  const people = sentence.flatMap((token, index) => (PEOPLE.has(token) ? [index] : []));
  return people.length > 0 && people.every((index) => index > about);
}

// "the agent said someone would call me back", "they promised a manager will ring me": a call promised, told.
// "they said they would get the owner to call", "she said she'd have a manager ring me": someone promised as the caller.
const PROMISE_TOLD =
  /\b(?:said|says|told me|promised(?: me)?|assured me)(?: that)? (?:someone|somebody|they|he|she|(?:an?|the|your) \w+(?: \w+)?) (?:would|will|ll|d|was going to|were going to) (?:(?:get|have) (?:someone|somebody|(?:an?|the|their|his|her) \w+(?: \w+)?) (?:to )?)?(?:call|ring|phone|contact|email|text|get back|get in touch)\b/u;

/** Whether a sentence tells of a call promised by someone ("the agent said someone would call me back"). */
export function tellsAPromise(sentence: readonly string[]): boolean {
  return PROMISE_TOLD.test(sentence.join(' '));
}

// "I'll call back later", "I guess they'll call back", "we will ring again tomorrow": a call the speaker (or someone
// else) will make, told; "can you call me back later" asks.
const CALLER = new Set(words(`i we they he she`));
const WILL = new Set(words(`will ll shall gonna d would`));
const ME_OR_US = new Set(words(`me us`));

/** Whether a sentence tells of a call someone will make, the speaker or a third person. */
export function tellsACallToCome(sentence: readonly string[]): boolean {
  return sentence.some(
    (token, index) =>
      CALLER.has(token) &&
      WILL.has(sentence[index + 1] ?? '') &&
      CALLING_VERBS.has(sentence[index + 2] ?? '') &&
      !ME_OR_US.has(sentence[index + 3] ?? ''),
  );
}

// "it just keeps telling you to call customer service", "the app told me to contact support": what the speaker was told
// to do, the one telling them not asked for; "can you tell me how to reach support" asks.
const TELLING = new Set(words(`telling tells told advised advises advising instructed instructs directed`));
// "a notice asking me to get in touch with support": a thing asking; "my manager is asking me to contact you" sends the
// speaker to the business.
const ASKING_THINGS = new Set(
  words(
    `notice message error popup prompt screen page app website site it system email letter banner warning alert`,
  ),
);

function isTellingAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    TELLING.has(token) ||
    ((token === 'asking' || token === 'asks') && ASKING_THINGS.has(tokens[index - 1] ?? ''))
  );
}
const TOLD_ONES = new Set(words(`you me us people customers everyone`));
const ASKING_FIRST = new Set(words(`can could would will please pls plz`));

// "it says contact support", "the app says to contact customer service", "an error keeps saying please contact an
// administrator": the words of a thing the speaker reads, not the speaker's ask.
const SAYING = new Set(
  words(`says said saying suggests suggested suggesting shows showing displays prompts reads`),
);
const SAID_BEFORE = new Set(words(`to please pls`));

function isAContactVerb(token: string | undefined, next?: string, after?: string): boolean {
  return (
    token !== undefined &&
    (CALLING_VERBS.has(token) ||
      token === 'reach' ||
      token === 'speak' ||
      token === 'talk' ||
      // "he said put me through to the manager": someone else's words, an order told.
      (token === 'put' && next === 'me' && after === 'through') ||
      // "a notice asking me to get in touch with support"
      (token === 'get' && next === 'in' && after === 'touch'))
  );
}

// "…it says contact support, I answered the questions and not a single email came back": a later word of contact asks
// again only as a verb, after the speaker, a plea, a modal or "to" ("so HOW DO I CONTACT SUPPORT").
const BEFORE_A_VERB = new Set(words(`i we to please pls plz can could do you me`));

export function tellsWhatTheSpeakerWasToldToDo(tokens: readonly string[]): boolean {
  return (
    !ASKING_FIRST.has(tokens[0] ?? '') &&
    tokens.some(
      (token, index) =>
        (isTellingAt(tokens, index) &&
          TOLD_ONES.has(tokens[index + 1] ?? '') &&
          tokens[index + 2] === 'to' &&
          isAContactVerb(tokens[index + 3], tokens[index + 4], tokens[index + 5])) ||
        (SAYING.has(token) && index > 0 && isAContactSaid(tokens, index)),
    )
  );
}

// "…says to contact support but there's no button so HOW DO I CONTACT SUPPORT": the speaker's own ask after it stands.
function isAContactSaid(tokens: readonly string[], saying: number): boolean {
  const verb = SAID_BEFORE.has(tokens[saying + 1] ?? '') ? saying + 2 : saying + 1;
  return (
    isAContactVerb(tokens[verb], tokens[verb + 1], tokens[verb + 2]) &&
    !tokens.some(
      (token, index) =>
        index > verb &&
        BEFORE_A_VERB.has(tokens[index - 1] ?? '') &&
        isAContactVerb(token, tokens[index + 1], tokens[index + 2]),
    )
  );
}
