// What the learned model must see before its reading counts: a word for a person, a team, a way of contact or the
// bot, written however badly. The model catches paraphrases and typos the grammar misses, but on its own it also
// fires on short everyday lines that share letters with requests ("Pepperoni", "I have no money right now"); a
// request for a person always names someone, a contact or the machine it is talking to.
import type { SignalLocale } from './detect-locale.js';
import { words } from './human-request-cues.js';
import { FRAGMENT_MOST, isFragmentAnchored } from './model-anchor-fragments.js';
import { asksWhoToAsk, isContactPhrase, reachesNobody } from './model-anchor-phrases.js';
import { isEnglishAnchor, isEnglishPerson, isTurkishAnchor, isTurkishPerson } from './model-anchor-words.js';

// "tweet my complaint to their customer service", "post on facebook that the staff were rude": a public post about a
// company, written by the customer, reaches no one of ours through this chat.
const POSTING = new Set(words(`tweet tweets twitter facebook instagram newsfeed`));

/**
 * Whether a message's tokens (folded) name a person or the bot, not only a team, a place or a way of contact
 * ("billing", "call", "help desk"): read after mentionsSomeoneToReach, with the same exceptions.
 */
export function namesAPerson(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    return tokens.some(isTurkishPerson) || tokens.some(isEnglishPerson);
  }
  return tokens.some((token, index) => isEnglishPerson(token) && !reachesNobody(tokens, index));
}

/** Whether a sentence's tokens (folded) name a person, a team, a way of contact or the bot. */
export function mentionsSomeoneToReach(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    // Turkish chat borrows English words ("agent", "human", "call center"), and a Turkish account may write English.
    return tokens.some(isTurkishAnchor) || tokens.some(isEnglishAnchor);
  }
  if (tokens.some((token) => POSTING.has(token))) {
    return false;
  }
  if (tokens.length <= FRAGMENT_MOST) {
    return isFragmentAnchored(tokens);
  }
  return (
    tokens.some(
      (token, index) =>
        (isEnglishAnchor(token) && !reachesNobody(tokens, index)) || isContactPhrase(tokens, index),
    ) || asksWhoToAsk(tokens)
  );
}
