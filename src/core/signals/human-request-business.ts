// The business speaking of its own people: "one of our agents will contact you", "I'll pass this to my colleague",
// "please reach out to us via DM". Sellers, agents and brands write these lines; they offer a person, nobody asks.
import { words } from './human-request-cues.js';

// "our sales team will reach out", "one of our agents will contact you", "a specialist will join": the business's
// people as the subject of what they will do.
const WILL = new Set(words(`will ll shall`));
const OUR = new Set(words(`our`));
const SUBJECT_REACH = 4;

function isOurPeopleWill(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!OUR.has(token) && !((token === 'a' || token === 'an') && index === 0)) {
      return false;
    }
    const end = Math.min(tokens.length, index + 1 + SUBJECT_REACH);
    for (let next = index + 1; next < end; next += 1) {
      if (WILL.has(tokens[next] ?? '')) {
        return next > index + 1 && tokens[next + 1] !== 'not';
      }
    }
    return false;
  });
}

// "I'll pass this to my colleague", "we're looping in an expert", "let me transfer you", "I'm now redirecting you",
// "I can connect this conversation to our pharmacist":
// the speaker hands the conversation on, so the speaker is the business.
const SPEAKERS = new Set(words(`i we`));
const SPEAKER_TENSE = new Set(words(`ll will re are m am d would shall can`));
const HANDING_ON = new Set(
  words(`pass passing transfer transferring forward forwarding redirect redirecting loop looping route routing
    connect connecting escalate escalating`),
);
const HANDED = new Set(words(`you this it your in the`));
const BETWEEN = new Set(words(`now just still also going to be`));
const ONWARD = new Set(words(`to over through on`));

function isHandingOn(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!HANDED.has(tokens[index + 1] ?? '')) {
      return false;
    }
    // "let me request the expert": "request" hands on only after "let me" ("I'd request a manager" asks).
    if (token === 'request') {
      return tokens[index - 1] === 'me' && tokens[index - 2] === 'let';
    }
    if (!HANDING_ON.has(token)) {
      return false;
    }
    let before = index - 1;
    while (before > index - 4 && BETWEEN.has(tokens[before] ?? '')) {
      before -= 1;
    }
    const tense = tokens[before] ?? '';
    // "I can forward you the screenshots" offers a thing; "I can pass you to my colleague" hands the customer on.
    if (tense === 'can' && tokens[index + 1] === 'you' && !ONWARD.has(tokens[index + 2] ?? '')) {
      return false;
    }
    return (
      (SPEAKER_TENSE.has(tense) && SPEAKERS.has(tokens[before - 1] ?? '')) ||
      (tense === 'me' && tokens[before - 1] === 'let')
    );
  });
}

// "please reach out to us via DM", "contact us by phone or chat", "reach us here": the business saying how to reach it.
const REACH = new Set(words(`contact reach`));
const HOW = new Set(words(`via by here at through on using for if so and in with`));

function isReachUs(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!REACH.has(token)) {
      return false;
    }
    const us =
      tokens[index + 1] === 'us'
        ? index + 1
        : tokens[index + 1] === 'out' && tokens[index + 2] === 'to'
          ? index + 3
          : -1;
    return us > 0 && tokens[us] === 'us' && (us + 1 === tokens.length || HOW.has(tokens[us + 1] ?? ''));
  });
}

// "we'd recommend reaching out to the chat team", "we suggest that you DM our friends": the business's advice.
const ADVICE = new Set(words(`recommend recommends suggest suggests advise`));

function isAdvice(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      ADVICE.has(token) && (tokens[index - 1] === 'd' || SPEAKERS.has(tokens[index - 1] ?? '')),
  );
}

/** Whether a sentence's tokens (folded) are the business offering its own people or saying how to reach it. */
// "Dear employee, please meet with HR soon", "Dear colleagues, …": a notice to the business's own people.
const DEAR = new Set(words(`dear`));
const OWN_PEOPLE = new Set(
  words(`employee employees colleague colleagues team staff all everyone member members manager managers`),
);

function isANoticeToOwnPeople(tokens: readonly string[]): boolean {
  return DEAR.has(tokens[0] ?? '') && OWN_PEOPLE.has(tokens[1] ?? '');
}

export function isBusinessSpeaking(tokens: readonly string[]): boolean {
  return (
    isOurPeopleWill(tokens) ||
    isHandingOn(tokens) ||
    isReachUs(tokens) ||
    isAdvice(tokens) ||
    isANoticeToOwnPeople(tokens)
  );
}
