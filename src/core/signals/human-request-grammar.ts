// The human-request grammar on one clause: a target, its cue and the readings that set a match aside.
import { asksForSomeoneBroughtIn } from './human-request-brought-in.js';
import { isCallBack, isHowToCallTeam } from './human-request-call-back.js';
import {
  asksForSomeoneReachable,
  asksWhomToContactInEnglish,
  isAskingForContactDetails,
} from './human-request-contact.js';
import { isHabitualContact } from './human-request-habit.js';
import { isAWaitTold, isSomeoneAtHome, isSomeoneElsesRole } from './human-request-directory.js';
import {
  directQuestion,
  howAskedAsWhatToDo,
  infinitiveQuestion,
  softenedRequest,
  withoutCourtesyTail,
  withoutPurposeTail,
  withoutSoftening,
} from './human-request-plain-wordings.js';
import { words } from './human-request-cues.js';
import { findCue } from './human-request-find-cue.js';
import type { CompiledLanguage } from './human-request-languages.js';
import {
  isLikeness,
  isNaming,
  isPastContact,
  isACallHad,
  isTheSpeakersOwnReachingYou,
  isSomeonePutOnHold,
  isSubjectOfQuestion,
} from './human-request-misreadings.js';
import { isInability, isNegated, isUnableToReach } from './human-request-negation.js';
import { asksForAHigherLevel, isFetchedToTheLine, isPutThrough } from './human-request-put-through.js';
import { asksToReachYou } from './human-request-reaching-you.js';
import { targetAt } from './human-request-targets.js';
import {
  isAMeetingHad,
  isContactTold,
  isContactToldAsHard,
  isPassingTheCustomerOn,
} from './human-request-turkish.js';
import { isAskingForTurkishContactDetails } from './human-request-turkish-contact.js';
import { isAWayToReachTold, isSpeakersOwnCall } from './human-request-turkish-whose-act.js';
import { isPeopleInGeneral } from './human-request-turkish-small-talk.js';
import {
  asksHowToReachALine,
  asksForSomeoneArrangedOrNeeded,
  asksHowToReachYou,
  asksToBeContacted,
  asksToBeFacedWithSomeone,
  asksToBePutThrough,
  asksToSwitchToSomeone,
  asksToTalkWithSomeone,
  asksWhomToContact,
} from './human-request-turkish-asking.js';
import { isWantedForSomethingElse } from './human-request-wanting.js';
import { asksWhereSomeoneIs } from './human-request-whereabouts.js';
import { readWithoutCue } from './human-request-without-cue.js';
import { withPlainTurkishAsk } from './human-request-turkish-polite.js';
import { asksForPeopleOtherwise } from './human-request-turkish-ways.js';

const ADDRESSED = new Set(['sir', 'madam', 'maam', 'dear']);
// "…in stock, and how can I contact you to make an order?": a conjunction that joins the clause to the one before;
// "actually is there a number I can call", "urgently please email me": a word of manner or time before the ask; "hi
// please email me", "good morning is there a number i can call", "no please email me": a greeting, a call for attention
// or an answer to the bot before it, as chat types them without a comma.
const OPENING_WORDS = new Set(
  words(`and but so also plus actually really honestly seriously literally urgently quickly finally now well basically
    hi hello hey hiya yo listen look yes yeah yep no nope ugh wow ok okay`),
);
const OPENING_PAIRS: readonly (readonly [string, string])[] = [
  ['good', 'morning'],
  ['good', 'afternoon'],
  ['good', 'evening'],
  ['excuse', 'me'],
  ['i', 'see'],
  ['hi', 'there'],
  ['hello', 'there'],
  ['hi', 'again'],
  ['hey', 'team'],
  ['hi', 'team'],
  ['hello', 'team'],
  ['dear', 'team'],
];
// Most clauses open with none of these: one look-up before the pairs are tried.
const PAIR_FIRSTS = new Set(OPENING_PAIRS.map(([first]) => first));
// "no please email me", "no i want a human": "no" answering the bot before an ask; not "no one …", "no need for a
// callback", "no agent" ("no" with its word).
const AFTER_NO = new Set(
  words(`please pls plz i can could would how where who is are let get put transfer connect give just`),
);

/** An English clause without the greetings, answers, conjunctions and words of address that open it. */
function withoutOpeningWords(tokens: readonly string[]): readonly string[] {
  let at = 0;
  for (;;) {
    const pair = PAIR_FIRSTS.has(tokens[at] ?? '')
      ? OPENING_PAIRS.find(([first, second]) => tokens[at] === first && tokens[at + 1] === second)
      : undefined;
    if (pair !== undefined) {
      at += 2;
    } else if (
      OPENING_WORDS.has(tokens[at] ?? '') &&
      !(tokens[at] === 'no' && !AFTER_NO.has(tokens[at + 1] ?? ''))
    ) {
      at += 1;
    } else {
      break;
    }
  }
  if (ADDRESSED.has(tokens[at] ?? '')) {
    at += 1;
  }
  return at === 0 || at >= tokens.length ? tokens : tokens.slice(at);
}

/** What findRequest gives for a clause whose only request is negated ("I don't need an agent"). */
export const REFUSAL = Symbol('refusal');

// English wordings that put a request indirectly, each giving the clause as plainly asked (see findRequest).
const PLAIN_WORDINGS = [
  directQuestion,
  softenedRequest,
  withoutCourtesyTail,
  withoutPurposeTail,
  withoutSoftening,
  howAskedAsWhatToDo,
  infinitiveQuestion,
] as const;

/** The words of a request in the clause, REFUSAL when the only one is negated, or null. */
export function findRequest(
  lang: CompiledLanguage,
  tokens: readonly string[],
): string | typeof REFUSAL | null {
  if (!lang.language.negatesAfter) {
    // "can you tell me who I need to contact" (the question inside, as asked), "I'd appreciate it if you could call
    // me" (the request a condition softens), "call me at your earliest convenience" (the courtesy read past): each
    // wording read again plainly; what it finds stands, else the clause is read as written.
    for (const reword of PLAIN_WORDINGS) {
      const plain = reword(tokens);
      const found = plain === undefined ? null : findRequest(lang, plain);
      if (found !== null) {
        return found;
      }
    }
  }
  // "beni ararsanız sevinirim": the ask under a condition and a courtesy, read as the plain question.
  if (lang.language.negatesAfter) {
    const plain = withPlainTurkishAsk(tokens);
    const found = plain === undefined ? null : findRequest(lang, plain);
    if (found !== null) {
      return found;
    }
  }
  // "sir please call me", "madam pls contact me on …": a word of address first, as much of the world's English writes
  // to a business, and the greetings, answers and conjunctions that open a clause (OPENING_WORDS), read past for the
  // readings of a whole clause.
  const asked = lang.language.negatesAfter ? tokens : withoutOpeningWords(tokens);
  if (
    isCallBack(lang, asked) ||
    isHowToCallTeam(lang, asked) ||
    (!lang.language.negatesAfter &&
      (isAskingForContactDetails(asked) ||
        asksWhomToContactInEnglish(asked) ||
        asksForSomeoneReachable(asked) ||
        isPutThrough(asked) ||
        // Its own openers make a bare "reply" an ask ("hi reply", "and reply"): read as written too.
        asksToReachYou(asked) ||
        (asked !== tokens && asksToReachYou(tokens)) ||
        isFetchedToTheLine(asked) ||
        asksForSomeoneBroughtIn(asked) ||
        asksForAHigherLevel(asked) ||
        asksWhereSomeoneIs(asked))) ||
    (lang.language.negatesAfter &&
      (isAskingForTurkishContactDetails(asked) ||
        asksWhomToContact(asked) ||
        asksHowToReachALine(asked) ||
        asksHowToReachYou(asked) ||
        asksToBeContacted(asked) ||
        asksForSomeoneArrangedOrNeeded(asked) ||
        asksToBePutThrough(asked) ||
        asksToSwitchToSomeone(lang, tokens) ||
        asksToBeFacedWithSomeone(lang, tokens) ||
        asksToTalkWithSomeone(asked) ||
        asksForPeopleOtherwise(asked)))
  ) {
    return tokens.join(' ');
  }
  if (lang.language.negatesAfter && isPassingTheCustomerOn(tokens)) {
    return null;
  }
  let isRefused = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const target = targetAt(lang, tokens, index);
    if (target === undefined) {
      continue;
    }
    if (!lang.language.negatesAfter && isLikeness(tokens, target)) {
      index = target.end;
      continue;
    }
    const cue = findCue(lang, tokens, target);
    if (
      cue !== undefined &&
      (isPastContact(lang, tokens, cue) ||
        isACallHad(lang, tokens, target, cue) ||
        isTheSpeakersOwnReachingYou(lang, tokens, target, cue) ||
        isSubjectOfQuestion(lang, tokens, target, cue) ||
        isNaming(lang, tokens, target, cue) ||
        (cue.kind === 'contact' && !lang.language.negatesAfter && isHabitualContact(tokens, cue.index)) ||
        // "müşteri hizmetlerine bağlanmak ölüm": how contact goes, told as hard.
        // "yetkiliye ulaşabilirsiniz": a way to reach someone told; "insanlarla konuşmak beni yoruyor": people in general.
        (lang.language.negatesAfter &&
          (isContactToldAsHard(tokens, cue) ||
            isAMeetingHad(tokens, cue) ||
            isContactTold(tokens, cue) ||
            isAWayToReachTold(tokens, cue) ||
            // "hekimi aramam gerek": the speaker's own call to someone, an errand.
            isSpeakersOwnCall(tokens, target, cue) ||
            isPeopleInGeneral(tokens, target, cue))) ||
        // "need manager approval", "does this employee have a manager?", "do I need an agent to sell my home?"
        (!lang.language.negatesAfter &&
          // "need manager approval", "get the manager of Dana", "had to wait an hour to talk to an agent"
          (isWantedForSomethingElse(tokens, target, cue) ||
            isSomeoneElsesRole(tokens, target.end) ||
            isSomeoneAtHome(tokens, target.end) ||
            isSomeonePutOnHold(tokens) ||
            (cue.kind === 'contact' && isAWaitTold(tokens, cue.index)))))
    ) {
      index = target.end;
      continue;
    }
    if (cue !== undefined) {
      if (!isNegated(lang, tokens, target, cue) || isUnableToReach(tokens, cue)) {
        return tokens.slice(Math.min(target.start, cue.index), Math.max(target.end, cue.index) + 1).join(' ');
      }
      isRefused ||= !isInability(tokens);
    }
    if (cue === undefined && readWithoutCue(lang, tokens, target) !== null) {
      return tokens.join(' ');
    }
    index = target.end;
  }
  return isRefused ? REFUSAL : null;
}
