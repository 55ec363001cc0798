// An inability to reach people told in a complaint, not typed as a plea: "Unable to reach a Comcast agent for internet
// and billing issues.", "…tried calling but couldn't get past your automated system."
import { asksSomething } from './human-request-asking.js';
import { PLEAS, words } from './human-request-cues.js';
import { isTurkishCannotForm } from './negation.js';

// Failing to reach someone is read as wanting them (isUnableToReach in human-request-negation.ts): "I can't reach
// anyone" typed into a chat is a plea. Told in a complaint, a review or a tweet of ten words or more with no question
// mark and no plea, it tells what went wrong.
// "difficult to reach customer care", "hard to get hold of anyone": the same, told as a hardship.
const CANNOT = new Set(words(`cant cannot couldnt unable impossible difficult hard tough`));
const TOLD_FROM = 10;

// The verbs of reaching someone that an inability governs: "unable to reach", "impossible to speak with", "no way to get
// in contact", "couldn't get past your automated system".
const REACHING = new Set(words(`reach contact get speak talk call ring phone`));
const GOVERNS = 4;

// The model's sentence keeps a contraction in two words ("can t"), the grammar's clause joins it ("cant").
const CANNOT_SPLIT = new Set(words(`can couldn`));

/** Whether a clause says the speaker cannot (or it is impossible, or there is no way to) reach someone. */
function saysCannotReach(clause: readonly string[]): boolean {
  return clause.some(
    (token, index) =>
      (CANNOT.has(token) ||
        (CANNOT_SPLIT.has(token) && clause[index + 1] === 't') ||
        (token === 'no' && clause[index + 1] === 'way') ||
        (token === 'not' && clause[index + 1] === 'able')) &&
      clause.slice(index + 1, index + 2 + GOVERNS).some((word) => REACHING.has(word)),
  );
}

// "müşteri hizmetlerine asla ulaşamıyorum", "ulaşmak neredeyse imkânsız", "personeline ulaşmak mümkün değil": the
// same told in Turkish; "lütfen", "rica" plead.
const TURKISH_REACHING = /^(?:ulas|baglan|gorus|eris)/;
const TURKISH_PLEADING = new Set(words(`lutfen rica`));

function saysCannotReachInTurkish(clause: readonly string[]): boolean {
  return clause.some(
    (token, index) =>
      (TURKISH_REACHING.test(token) && isTurkishCannotForm(token)) ||
      (token === 'ulasmak' &&
        clause
          .slice(index + 1, index + 4)
          .some(
            (word, at, after) => word === 'imkansiz' || (word === 'mumkun' && after[at + 1] === 'degil'),
          )),
  );
}

// "I've been trying to reach your support team but have had no luck", "after days of trying to reach a live person I
// gave up": trying told with how it ended, which asks for nobody now.
const TRYING = new Set(words(`trying tried try`));
const ENDED_IN_VAIN =
  /\b(?:no luck|gave up|give up|given up|to no avail|without success|in vain|unsuccessful(?:ly)?)\b/;

function isATryToldInVain(clause: readonly string[], words: readonly string[]): boolean {
  return (
    clause.some(
      (token, index) =>
        TRYING.has(token) && clause[index + 1] === 'to' && REACHING.has(clause[index + 2] ?? ''),
    ) && ENDED_IN_VAIN.test(words.join(' '))
  );
}

/**
 * Whether the clause found only tells that the speaker cannot reach people (or tried in vain), in a message of ten
 * words or more with no question mark and no plea; in English, in a clause that does not itself ask or try, unless the
 * try is told with how it ended.
 */
export function isAnInabilityTold(
  language: 'en' | 'tr',
  clause: readonly string[],
  words: readonly string[],
  hasQuestionMark: boolean,
): boolean {
  const isEnglish = language === 'en';
  return (
    !hasQuestionMark &&
    words.length >= TOLD_FROM &&
    (isEnglish
      ? // "is there no way to get hold of a person", "been trying for days and cannot get through": asked, or still
        // trying now; a try told with how it ended is over.
        (saysCannotReach(clause) && !asksSomething(clause)) || isATryToldInVain(clause, words)
      : saysCannotReachInTurkish(clause)) &&
    !words.some((token) => (isEnglish ? PLEAS : TURKISH_PLEADING).has(token))
  );
}
