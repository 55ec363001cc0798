// What the learned model must see before its reading counts: a word for a person, a team, a way of contact or the
// bot, written however badly. The model catches paraphrases and typos the grammar misses, but on its own it also
// fires on short everyday lines that share letters with requests ("Pepperoni", "I have no money right now"); a
// request for a person always names someone, a contact or the machine it is talking to.
import type { SignalLocale } from './detect-locale.js';
import { ENGLISH_ROLES, isTechnicalSupportAlone, words } from './human-request-cues.js';
import { FRAGMENT_MOST, isFragmentAnchored } from './model-anchor-fragments.js';
import { COMPILED_LANGUAGES } from './human-request-languages.js';
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

// Verbs of contact that mostly mean something else ("let me give an example", "I'd give it two stars", "see you"):
// they anchor a sentence only when they move the speaker ("give me", "see me") or, for verbs of handing on, the
// speaker's case ("hand this over", "put me through", "pass it on", "forward my case").
const LOOSE_VERBS = new Set(words(`give see meet`));
const HANDING_ON = new Set(words(`send hand pass put switch route forward redirect`));
const THE_SPEAKER = new Set(words(`me us my our`));
const HANDED_ON = new Set([...THE_SPEAKER, ...words(`this it em through thru throught on over`)]);

function isEnglishAnchorAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] as string;
  if (!isEnglishAnchor(token)) {
    return false;
  }
  const next = tokens[index + 1] ?? '';
  // "is this call being recorded": "being" names someone only in "human being".
  if (token === 'being' && tokens[index - 1] !== 'human') {
    return false;
  }
  return LOOSE_VERBS.has(token) ? THE_SPEAKER.has(next) : !HANDING_ON.has(token) || HANDED_ON.has(next);
}

// "I'd like a word with the head teacher", "how do I get in touch with a nurse": someone of the business by their trade,
// reached by a verb of contact before them; a trade alone ("I need a doctor") anchors nothing.
const ROLES = new Set(ENGLISH_ROLES);
const REACHING = new Set(words(`talk speak chat word touch deal discuss contact reach`));
const REACH_SPAN = 5;

function isARoleReached(tokens: readonly string[], index: number): boolean {
  if (!ROLES.has(tokens[index] ?? '') || reachesNobody(tokens, index)) {
    return false;
  }
  for (let at = Math.max(0, index - REACH_SPAN); at < index; at += 1) {
    if (REACHING.has(tokens[at] ?? '')) {
      return true;
    }
  }
  return false;
}

/** Whether a sentence's tokens (folded) name a person, a team, a way of contact or the bot. */
export function mentionsSomeoneToReach(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    if (isTechnicalSupportAlone(tokens)) {
      return false;
    }
    // Turkish chat borrows English words ("agent", "human", "call center"), and a Turkish account may write English.
    return (
      tokens.some(isTurkishAnchor) ||
      tokens.some(isEnglishAnchor) ||
      tokens.some(
        (token, index) => COMPILED_LANGUAGES.tr.pairs.get(token)?.(tokens[index + 1] ?? '') === true,
      )
    );
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
        (isEnglishAnchorAt(tokens, index) &&
          !reachesNobody(tokens, index) &&
          !COMPILED_LANGUAGES.en.isOtherPairAt(tokens, index)) ||
        isContactPhrase(tokens, index) ||
        isARoleReached(tokens, index),
    ) || asksWhoToAsk(tokens)
  );
}
