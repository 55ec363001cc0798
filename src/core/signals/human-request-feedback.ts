// The speaker's word about someone, not a request to talk (English): a contact rated or reviewed ("rate my call with
// the agent", "leave feedback on the conversation with your rep"), and thanks carried to someone ("thank customer
// service for me"). The contact happened, or the words go on without the speaker; no one is asked for.
import { words } from './human-request-cues.js';

const RATING = new Set(words(`rate rating review score grade feedback survey`));
const CONTACTS = new Set(
  words(`call calls chat chats conversation conversations experience interaction service`),
);
const BETWEEN_MOST = 3;

/** Whether English tokens (folded) rate or review a call, chat or conversation. */
export function isAContactRated(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      RATING.has(token) &&
      tokens.slice(index + 1, index + 1 + BETWEEN_MOST).some((word) => CONTACTS.has(word)),
  );
}

// "thank customer service for me", "say thanks to the front desk from me", "pass on my thanks to the nurse": the
// speaker's thanks carried to someone, who is not asked to talk.
const THANKS = new Set(words(`thank thanks compliments praise regards`));
const CARRYING = new Set(words(`say pass send give tell`));

/** Whether English tokens (folded) carry the speaker's thanks to someone. */
export function isThanksPassedOn(tokens: readonly string[]): boolean {
  if (tokens[0] === 'thank' && tokens.at(-2) === 'for' && tokens.at(-1) === 'me') {
    return true;
  }
  return tokens.some(
    (token, index) =>
      THANKS.has(token) &&
      index > 0 &&
      index <= 3 &&
      tokens.slice(0, index).some((word) => CARRYING.has(word)) &&
      (tokens[index + 1] === 'to' || tokens.includes('from')),
  );
}
