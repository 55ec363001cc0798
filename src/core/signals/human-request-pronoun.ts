// Someone named in one sentence and asked for by a pronoun in a later one: "Who's in charge? I want them.", "I'm sure
// a human could sort this. Can I have one?", "whoever is on shift, put them on". The later clause alone names nobody;
// the earlier one alone asks for nobody (English).
import { ENGLISH_CUES, words } from './human-request-cues.js';
import { isPassedOnByTheSpeaker } from './human-request-turkish-asking.js';

/** The asks that take a pronoun for whom: "i want them", "can i have one", "put them on please", "get me one". */
const ASKING_FOR =
  /^(?:(?:ok |so |fine |then )?(?:(?:can|could|may) (?:i|we) (?:have|get|speak to|talk to)|(?:i|we) (?:want|need)|(?:get|give|find) me|put|get))$/;
const PRONOUNS = new Set(words(`one them him her`));
const AFTER = new Set(words(`on through again please pls plz now asap then`));
/** The words for someone an earlier clause may name: a person of the business, or whoever it is. */
const SOMEONE = new Set([...ENGLISH_CUES.strongTargets, ...words(`someone somebody whoever human humans`)]);

function isAskForAPronoun(clause: readonly string[]): boolean {
  const at = clause.findIndex((token) => PRONOUNS.has(token));
  return (
    at > 0 &&
    ASKING_FOR.test(clause.slice(0, at).join(' ')) &&
    clause.slice(at + 1).every((token) => AFTER.has(token))
  );
}

function namesSomeone(clause: readonly string[]): boolean {
  return clause.some(
    (token, index) => SOMEONE.has(token) || (token === 'charge' && clause[index - 1] === 'in'),
  );
}

const INDEFINITE = new Set(words(`a an any another`));
/** The most words between "a" and the word for someone: "a real live human". */
const DESCRIBED_MOST = 2;

// "Can I have one?" takes the last thing named with "a": "a human could sort this" names someone, "the agent said
// there's a discount code" names a code.
function lastOneIsSomeone(before: readonly string[]): boolean {
  for (let index = before.length - 1; index >= 0; index -= 1) {
    if (INDEFINITE.has(before[index] ?? '')) {
      return before.slice(index + 1, index + 2 + DESCRIBED_MOST).some((token) => SOMEONE.has(token));
    }
  }
  return false;
}

/** Whether a later clause asks, by a pronoun, for someone an earlier clause names. */
export function asksForSomeoneNamedBefore(clauses: readonly (readonly string[])[]): boolean {
  return clauses.some((clause, at) => {
    if (at === 0 || !isAskForAPronoun(clause)) {
      return false;
    }
    const before = clauses.slice(0, at);
    return clause.includes('one') ? lastOneIsSomeone(before.flat()) : before.some(namesSomeone);
  });
}

// Turkish: "müdürünüz varsa onunla görüşeyim", "sorumlu kimse onu verin bana", "kim ilgileniyorsa onunla görüşmek
// istiyorum": someone named first, then a verb of contact asked with a pronoun for them.
const TURKISH_PRONOUNS = new Set(words(`onunla ona onu onlarla onlara onlari`));
const TURKISH_REACHING = /^(?:gorus|konus|bagla|bagl[ae]n|aktar|yonlendir|ulas|ver|yazis)/;
const TURKISH_ASKED = /(?:[ae]y[iu]m|[iu]n|[iu]n[iu]z|s[iu]n|[ae]b[iu]l\p{L}*|m[ae]k|m[ae]m)$/u;
const TURKISH_ASKED_AFTER = new Set(words(`istiyorum isterim lazim gerek misiniz miyim mi`));
const TURKISH_WHOEVER = new Set(words(`kim kimse`));
const TURKISH_BETWEEN = new Set(words(`tekrar yeniden hemen direkt bir bi lutfen`));

/** Whether a Turkish message asks, by a pronoun, for someone named before it. */
export function asksForSomeoneNamedBeforeInTurkish(
  tokens: readonly string[],
  namesSomeoneAt: (index: number) => boolean,
): boolean {
  return tokens.some((token, at) => {
    const skip = TURKISH_BETWEEN.has(tokens[at + 1] ?? '') ? 1 : 0;
    const verb = tokens[at + 1 + skip] ?? '';
    return (
      TURKISH_PRONOUNS.has(token) &&
      TURKISH_REACHING.test(verb) &&
      !isPassedOnByTheSpeaker(verb, tokens[at + 2 + skip] ?? '') &&
      (TURKISH_ASKED.test(verb) || TURKISH_ASKED_AFTER.has(tokens[at + 2 + skip] ?? '')) &&
      tokens.slice(0, at).some((word, index) => TURKISH_WHOEVER.has(word) || namesSomeoneAt(index))
    );
  });
}
