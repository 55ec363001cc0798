// Tells whether a keyword found in a clause is negated ("I don't want to cancel", "iptal etmek istemiyorum").
import { isTurkishCannotForm, isTurkishNegativeVerbEnding } from './negation.js';
import { foldText, splitFoldedClauses, type TextMemo } from './normalise.js';

/** Separates clauses (and messages) in a token list, so neither a phrase nor a negation reaches across. */
export const CLAUSE_SEPARATOR = '\u0000';

/** The tokens of a text with a separator after each clause (the text is folded once, not once a clause). */
export function clauseTokens(text: string, memo?: TextMemo): string[] {
  const tokens: string[] = [];
  const clauses = memo === undefined ? splitFoldedClauses(foldText(text), false) : memo.grammarClauses(text);
  for (const clause of clauses) {
    tokens.push(...clause, CLAUSE_SEPARATOR);
  }
  return tokens;
}

/** Whether the keyword at tokens[start..end] is negated; `rest` is what its last word adds after a prefix. */
export type NegationCheck = (tokens: readonly string[], start: number, end: number, rest: string) => boolean;

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

// "I can't cancel" and "without" still want the thing named: only refusals count here.
const ENGLISH_NEGATORS = words(`not no never dont doesnt didnt wont wouldnt shouldnt isnt arent wasnt
  werent havent hasnt hadnt neither nor`);
const ENGLISH_CONTRACTED = /^(?:do|does|did|wo|would|should|is|are|was|were|have|has|had)n$/;
const ENGLISH_BREAKS = words(`but because although though however and`);
const ENGLISH_RHETORICAL = words(`why`);
/** Words between a negation and the keyword it negates: "don't [want to] cancel". */
const ENGLISH_REACH = 3;

const TURKISH_NEGATORS = words(`degil degilim degiliz degildi degildir yok istemiyorum istemiyoruz istemiyor
  istemem istemeyiz istemez dusunmuyorum dusunmuyoruz gerekmez gerekmiyor gereksiz`);
const TURKISH_BREAKS = words(`ama fakat ancak cunku oysa halbuki ve`);
const TURKISH_QUESTION = words(`mi mu`);
const TURKISH_REACH = 3;
// "iptal olmadı" complains that a cancellation did not happen: it still is about cancelling.
const TURKISH_BE = /^ol(?:m|a)/;

function englishNegated(tokens: readonly string[], start: number): boolean {
  let reach = 0;
  for (let index = start - 1; index >= 0 && reach < ENGLISH_REACH; index -= 1) {
    const token = tokens[index] ?? '';
    if (token === CLAUSE_SEPARATOR || ENGLISH_BREAKS.has(token)) {
      return false;
    }
    const isContracted = token === 't' && ENGLISH_CONTRACTED.test(tokens[index - 1] ?? '');
    if (isContracted || ENGLISH_NEGATORS.has(token)) {
      for (let earlier = index - 1; earlier >= 0 && tokens[earlier] !== CLAUSE_SEPARATOR; earlier -= 1) {
        if (ENGLISH_RHETORICAL.has(tokens[earlier] ?? '')) {
          return false;
        }
      }
      return true;
    }
    reach += 1;
  }
  return false;
}

function turkishNegated(tokens: readonly string[], end: number, rest: string): boolean {
  if (rest !== '' && isTurkishNegativeVerbEnding(rest) && !isTurkishCannotForm(tokens[end] ?? '')) {
    return true;
  }
  for (let offset = 1; offset <= TURKISH_REACH; offset += 1) {
    const token = tokens[end + offset] ?? CLAUSE_SEPARATOR;
    if (token === CLAUSE_SEPARATOR || TURKISH_BREAKS.has(token)) {
      return false;
    }
    if (TURKISH_NEGATORS.has(token)) {
      return !(token === 'yok' && TURKISH_QUESTION.has(tokens[end + offset + 1] ?? ''));
    }
    // The verb right after the keyword, in a negative form: "iptal etmeyin", "iptal etmedim".
    if (offset === 1 && !TURKISH_BE.test(token) && !isTurkishCannotForm(token) && negativeVerb(token)) {
      return true;
    }
  }
  return false;
}

const TURKISH_NEGATIVE_VERB =
  /^\p{L}{2,}?(?:m[ae]d[iu]|m[iu]yor|m[ae]y[ae]c[ae]k|m[ae]m[iu]s|m[ae]y[iu]n|m[ae]z$)/u;

function negativeVerb(token: string): boolean {
  return TURKISH_NEGATIVE_VERB.test(token);
}

/**
 * The negation check for a language: English negates before the word ("don't want to cancel"), Turkish after
 * it ("iptal etmek istemiyorum", "hesabımı kapatmayın"). "Can't cancel" and "iptal edemiyorum" are not refusals.
 */
export function negationCheckFor(locale: 'tr' | 'en'): NegationCheck {
  return locale === 'tr'
    ? (tokens, _start, end, rest) => turkishNegated(tokens, end, rest)
    : (tokens, start) => englishNegated(tokens, start);
}
