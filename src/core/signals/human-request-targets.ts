// Finds the words for a person in a clause: a target of a request ("agent", "a real person", "temsilci").
import { CALLING_VERBS, ENGLISH_ROLES, HOW_MODALS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';

/** A word (or a pair, "customer service") for a person: tokens start..end; a weak one needs a verb of contact. */
export interface Target {
  start: number;
  end: number;
  isStrong: boolean;
}

// "I need someone who understands", "somebody who can actually help": a person described as able to help.
const WHO = new Set(['who', 'that']);
const ABLE_AFTER_WHO = new Set([
  'does',
  'understands',
  'understand',
  'knows',
  'gets',
  'speaks',
  'actually',
  'really',
  'cares',
  'listens',
]);
const ABLE_AFTER_CAN = new Set(['help', 'actually', 'really', 'understand', 'answer']);

// "get me someone", "give me somebody": someone handed over to the speaker; "someone on the phone", "a person on the
// line": someone to talk to.
const HANDING = new Set(['get', 'give', 'gimme']);
const LINES = new Set(['phone', 'line']);

// "get me the on call engineer", "give me your duty manager": a few words naming which one between.
const HANDED_NAMING = new Set(words(`the a an your ur on call duty night senior head`));
const HANDED_NAMING_MOST = 3;

function isHandedAfterNaming(tokens: readonly string[], index: number): boolean {
  for (let me = index - 2; me >= Math.max(1, index - 1 - HANDED_NAMING_MOST); me -= 1) {
    if (!HANDED_NAMING.has(tokens[me + 1] ?? '')) {
      return false;
    }
    if (tokens[me] === 'me' && HANDING.has(tokens[me - 1] ?? '')) {
      return true;
    }
  }
  return false;
}

function isHandedOrOnTheLine(tokens: readonly string[], index: number): boolean {
  return (
    (tokens[index - 1] === 'me' && HANDING.has(tokens[index - 2] ?? '')) ||
    isHandedAfterNaming(tokens, index) ||
    (tokens[index + 1] === 'on' && tokens[index + 2] === 'the' && LINES.has(tokens[index + 3] ?? ''))
  );
}

function isDescribedAsAble(tokens: readonly string[], index: number): boolean {
  if (!WHO.has(tokens[index + 1] ?? '')) {
    return false;
  }
  const verb = tokens[index + 2] ?? '';
  return ABLE_AFTER_WHO.has(verb) || (verb === 'can' && ABLE_AFTER_CAN.has(tokens[index + 3] ?? ''));
}

// "can I speak to my caseworker", "put me through to my physio", "I'd like my broker to phone me": the speaker's own
// person at the business, by their trade, asked of the business; "my" says another sense of the word elsewhere ("my
// agent" booked it), and "I need to talk to my doctor about it" is the speaker's own plan. The speaker's own advisers
// outside the business ("my lawyer", "my accountant") stay someone else's.
const OUTSIDE_ADVISERS = new Set(words(`lawyer attorney solicitor accountant secretary`));
const OWN_TRADES = new Set(ENGLISH_ROLES.filter((role) => !OUTSIDE_ADVISERS.has(role)));
const ASKING_LEAVE = new Set(words(`can could may`));
const TALKING = new Set(words(`talk speak chat`));
const PUTTING_THROUGH = new Set(words(`connect transfer through put`));
const REACHING = new Set(words(`contact reach email`));

function isOwnTradeAsked(tokens: readonly string[], my: number): boolean {
  const link = tokens[my - 1];
  if (link === 'to' || link === 'with' || link === 'w') {
    const verb = tokens[my - 2] ?? '';
    const asker = tokens[my - 3] ?? '';
    if (TALKING.has(verb)) {
      return (asker === 'i' || asker === 'we') && ASKING_LEAVE.has(tokens[my - 4] ?? '');
    }
    return PUTTING_THROUGH.has(verb) || (verb === 'me' && PUTTING_THROUGH.has(asker));
  }
  // "how do I contact my professor", "how can we reach my tutor": the way to them asked of the business.
  if (REACHING.has(link ?? '')) {
    return (
      (tokens[my - 2] === 'i' || tokens[my - 2] === 'we') &&
      HOW_MODALS.has(tokens[my - 3] ?? '') &&
      tokens[my - 4] === 'how'
    );
  }
  return (
    tokens[my + 2] === 'to' &&
    CALLING_VERBS.has(tokens[my + 3] ?? '') &&
    (tokens[my + 4] === 'me' || tokens[my + 4] === 'us')
  );
}

// "a delivery agent" is a carrier's business; "the delivery driver" is one of its people.
const CARRIERS = new Set(words(`driver drivers courier couriers`));

// "my insurance agent" is the speaker's own broker; "an insurance agent" may be the business's.
const OWN_WHEN_MINE = new Set(words(`insurance`));

function isOtherSenseBefore(lang: CompiledLanguage, tokens: readonly string[], start: number): boolean {
  const before = tokens[start - 1] ?? '';
  if (lang.isOtherPairAt(tokens, start)) {
    return true;
  }
  if (OWN_WHEN_MINE.has(before)) {
    return tokens[start - 2] === 'my';
  }
  return (
    lang.isOtherBefore(before) &&
    !(before === 'delivery' && CARRIERS.has(tokens[start] ?? '')) &&
    !(before === 'my' && OWN_TRADES.has(tokens[start] ?? '') && isOwnTradeAsked(tokens, start - 1))
  );
}

// "müdür çağırın", "bir müdür bağlayın": "müdür", also a question word ("doğru müdür?"), as the noun before a verb of
// contact asking.
function isCalledFor(lang: CompiledLanguage, tokens: readonly string[], index: number): boolean {
  return tokens[index] === 'mudur' && lang.language.contactForm(tokens[index + 1] ?? '') === 'request';
}

/** The target starting at `index`, unless the word is absent or used in another sense ("travel agent"). */
const SOMEONE_IN_THE_DATIVE = /^biri(?:si)?ne$/;

export function targetAt(
  lang: CompiledLanguage,
  tokens: readonly string[],
  index: number,
): Target | undefined {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1];
  const pair = lang.pairs.get(token);
  const weakPair = lang.weakPairs.get(token);
  const target: Target | undefined =
    pair !== undefined && next !== undefined && pair(next)
      ? { start: index, end: index + 1, isStrong: true }
      : weakPair !== undefined && next !== undefined && weakPair(next)
        ? { start: index, end: index + 1, isStrong: false }
        : lang.isNotTarget(token) && !isCalledFor(lang, tokens, index)
          ? undefined
          : lang.isStrong(token)
            ? { start: index, end: index, isStrong: true }
            : lang.isWeak(token)
              ? {
                  start: index,
                  end: index,
                  isStrong:
                    lang.qualifiers.has(tokens[index - 1] ?? '') ||
                    isDescribedAsAble(tokens, index) ||
                    (lang.language.negatesAfter
                      ? // "firmadan birini hemen telefonda istiyorum": someone on the phone; "birine ihtiyacım var":
                        // someone needed.
                        tokens.slice(index + 1, index + 3).includes('telefonda') ||
                        (SOMEONE_IN_THE_DATIVE.test(token) && /^ihtiyac/.test(next ?? ''))
                      : isHandedOrOnTheLine(tokens, index)),
                }
              : undefined;
  if (target === undefined) {
    return undefined;
  }
  const before = tokens[target.start - 1];
  // "the agent's commission": a thing of someone's, after the possessive.
  const after = tokens[target.end + 1] === 's' ? tokens[target.end + 2] : tokens[target.end + 1];
  if (
    (before !== undefined && isOtherSenseBefore(lang, tokens, target.start)) ||
    (after !== undefined && lang.isOtherAfter(after))
  ) {
    return undefined;
  }
  return target;
}
