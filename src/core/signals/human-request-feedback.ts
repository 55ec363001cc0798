// A contact rated or reviewed (English): "rate my call with the agent", "review my chat with your advisor", "leave
// feedback on the conversation with your rep". The speaker judges a contact that happened; no one is asked for.
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
