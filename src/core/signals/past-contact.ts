// Recognises a sentence that only tells of a past contact ("I was transferred to an agent", "dün bir temsilciyle
// görüştüm") and asks nothing, so the model defers to it.
import type { SignalLocale } from './detect-locale.js';

// "yesterday I was put through to a person and the call dropped": what happened, not a wish.
const PAST_CONTACT = new Set([
  'transferred',
  'connected',
  'passed',
  'forwarded',
  'redirected',
  'routed',
  'escalated',
  'spoke',
  'talked',
  'chatted',
  'called',
]);
/** "got a call from…": a call or message received, not asked for (read here and by the human-request grammar). */
export const RECEIVED = new Set(['got', 'had', 'received', 'missed', 'gotten']);
export const RECEIVED_THINGS = new Set([
  'call',
  'calls',
  'email',
  'emails',
  'message',
  'messages',
  'text',
  'texts',
  'voicemail',
]);
const PAST_SUBJECT = new Set(['was', 'were', 'got', 'been', 'already', 'i', 'we', 'ive', 'had', 'they']);
const WISH = new Set([
  'want',
  'wanna',
  'need',
  'like',
  'let',
  'can',
  'could',
  'please',
  'pls',
  'would',
  'may',
  'get',
  'again',
]);

// Turkish: a contact verb in the past ("görüştüm", "aradı", "aktarıldım", "konuşmuştum") and no wish in the sentence.
const TURKISH_PAST_CONTACT =
  /^(?:gorus|konus|yazis|ara|bagla|baglan|aktar|aktaril|ulas|yonlendir|yonlendiril|devret|karsilas)(?:t|d)[iu](?:m|k|n|n[iu]z|lar)?$|^(?:gorus|konus|yazis|ara|bagla|baglan|aktar|aktaril|ulas)m[iu]st[iu]m$/;
const TURKISH_WISH =
  /^(?:isti|iste|lazim|gerek|lutfen|rica|talep|m[iu]s[iu]n|m[iu]s[iu]n[iu]z|m[iu]y[iu]m|ihtiyac)/;

// "we asked to talk to the owner and heard nothing back": a request made earlier, told; "I asked to speak to a manager
// and I'm still waiting" is the same request, still open.
export const ASKED = new Set(['asked', 'requested', 'begged', 'demanded', 'pleaded']);
export const STILL_OPEN = new Set(['still', 'waiting', 'yet']);
const ASKED_FOR = new Set(['speak', 'talk', 'chat', 'see', 'be', 'have', 'get', 'call', 'reach', 'meet']);

// "did anyone call me today?", "has someone tried to reach me": whether a contact happened, asked. Only "did" and
// "has" open it ("have someone call me" orders one).
const PAST_ASKED = new Set(['did', 'has']);
const CONTACTS = new Set([
  'call',
  'called',
  'reach',
  'reached',
  'contact',
  'contacted',
  'email',
  'emailed',
  'text',
  'texted',
  'ring',
  'rang',
  'phone',
  'phoned',
]);

function isPastContactAsked(tokens: readonly string[]): boolean {
  return PAST_ASKED.has(tokens[0] ?? '') && tokens.slice(2, 6).some((token) => CONTACTS.has(token));
}

// Frames before "to" and the verb of contact that tell rather than ask: "I hate having to call customer service" (a
// chore), "the machine refused to connect me with a human" (a refusal that happened), "after finally getting to
// speak to an agent" (a time of the story).
const TOLD_BEFORE_TO = new Set(['having', 'refused', 'declined', 'failed']);
const TIME_OF_STORY = new Set(['after', 'before', 'since', 'when', 'while']);
const GETTING = new Set(['getting', 'being', 'trying', 'managing']);

// "Eventually I was able to speak to an actual human", "I managed to get a live person", "I finally get to speak to a
// person": a contact achieved, told; "will I be able to talk to someone" asks.
const ACHIEVED_AFTER = new Set(['finally', 'eventually', 'ultimately']);

function isAnAchievementTold(tokens: readonly string[], at: number): boolean {
  const word = tokens[at] ?? '';
  const before = tokens[at - 1] ?? '';
  return (
    (word === 'able' && (before === 'was' || before === 'were')) ||
    (word === 'managed' && before !== 'have' && before !== 'you') ||
    ((word === 'get' || word === 'got') && ACHIEVED_AFTER.has(before))
  );
}

/** Whether the words before "to" at `at` tell rather than ask ("having", "refused", "after getting"). */
export function isToldFrame(tokens: readonly string[], at: number): boolean {
  const word = tokens[at] ?? '';
  if (TOLD_BEFORE_TO.has(word) || isAnAchievementTold(tokens, at)) {
    return true;
  }
  if (!GETTING.has(word)) {
    return false;
  }
  const opener = tokens[at - 1] === 'finally' ? at - 2 : at - 1;
  return TIME_OF_STORY.has(tokens[opener] ?? '');
}

/** "I just had a lovely chat with Ahmed from your support team": a talk had. */
const TALKS = new Set(['chat', 'call', 'conversation', 'talk', 'word']);

export function isAChatHad(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (token !== 'had' || tokens[index + 1] !== 'a') {
      return false;
    }
    const talk = TALKS.has(tokens[index + 2] ?? '') ? index + 2 : index + 3;
    return TALKS.has(tokens[talk] ?? '') && tokens[talk + 1] === 'with';
  });
}

const TOLD_VERBS = new Set([...CONTACTS, 'talk', 'speak', 'chat', 'connect', 'transfer', 'get', 'see']);

// "I was just talking to someone about my rebate and we got disconnected": a contact going on, told.
const GOING_ON = new Set(['talking', 'speaking', 'chatting']);
const WAS = new Set(['was', 'were']);

function isContactGoingOn(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      GOING_ON.has(token) &&
      (WAS.has(tokens[index - 1] ?? '') ||
        (tokens[index - 1] === 'just' && WAS.has(tokens[index - 2] ?? ''))),
  );
}

/**
 * Whether tokens tell of a past contact with someone ("I was transferred to an agent", "dün bir temsilciyle
 * görüştüm") and ask nothing.
 */
export function isPastContactOnly(tokens: readonly string[], locale: SignalLocale = 'en'): boolean {
  if (locale === 'tr') {
    return (
      tokens.some((token) => TURKISH_PAST_CONTACT.test(token)) &&
      !tokens.some((token) => TURKISH_WISH.test(token))
    );
  }
  if (tokens.some((token) => WISH.has(token))) {
    return false;
  }
  // "i got a strange call from someone": a call or message received.
  const received = tokens.findIndex((token) => RECEIVED.has(token));
  if (
    received >= 0 &&
    tokens
      .slice(received + 1, received + 5)
      .some((token, offset) => RECEIVED_THINGS.has(token) && tokens[received + 2 + offset] === 'from')
  ) {
    return true;
  }
  if (
    isPastContactAsked(tokens) ||
    isContactGoingOn(tokens) ||
    isAChatHad(tokens) ||
    tokens.some(
      (token, index) => TOLD_VERBS.has(token) && tokens[index - 1] === 'to' && isToldFrame(tokens, index - 2),
    )
  ) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      ((PAST_CONTACT.has(token) || (token === 'put' && tokens[index + 1] === 'through')) &&
        PAST_SUBJECT.has(tokens[index - 1] ?? '')) ||
      (ASKED.has(token) &&
        tokens[index + 1] === 'to' &&
        ASKED_FOR.has(tokens[index + 2] ?? '') &&
        !tokens.some((word) => STILL_OPEN.has(word))),
  );
}
