// "Where's your manager?", "where is the supervisor now": the business's person sought, which asks for them as
// "is the manager available?" does. "where is your manager's office" seeks a place, "where are the agents located"
// asks about the business.
import { ENGLISH_CUES, PLACES_OF_WORK, words } from './human-request-cues.js';

const WHERE = new Set(words(`where wheres`));
const IS = new Set(words(`is s are`));
const WHOSE = new Set(words(`your ur the a an any`));
const PEOPLE = new Set(ENGLISH_CUES.strongTargets);
/** What may end the question after the person: "now", "today", "please", "at". */
const AFTER = new Set(words(`now today tonight please pls plz then hiding`));

/** Whether an English clause asks where one of the business's people is ("where's your manager?"). */
export function asksWhereSomeoneIs(tokens: readonly string[]): boolean {
  const where = tokens.findIndex((token) => WHERE.has(token));
  if (where < 0) {
    return false;
  }
  let at = where + 1;
  if (tokens[where] === 'where' && IS.has(tokens[at] ?? '')) {
    at += 1;
  }
  while (WHOSE.has(tokens[at] ?? '') || ENGLISH_CUES.qualifiers.includes(tokens[at] ?? '')) {
    at += 1;
  }
  // "where is your store manager", "where's the duty manager": which one, by where or when they work.
  if (PLACES_OF_WORK.has(tokens[at] ?? '') && at > where + 1) {
    at += 1;
  }
  return (
    at > where + 1 && PEOPLE.has(tokens[at] ?? '') && tokens.slice(at + 1).every((token) => AFTER.has(token))
  );
}
