// The speaker asking for something done to them in the passive: "can I be called back", "I'd like to be put through
// to billing", "we need to be transferred". Shared by the call back and the put-through readings.
import { words } from './human-request-cues.js';

const MODALS = new Set(words(`can could may`));
const SPEAKERS = new Set(words(`i we id wed`));
const WISHES = new Set(words(`want like need wish prefer love request requesting ask expect demand insist`));
/** Words that turn the passive down or tell it as done; each reading adds its own. */
export const PASSIVE_NOT = new Set(
  words(`not no dont never didnt doesnt wont cant wouldnt couldnt shouldnt`),
);

/**
 * Where the asking starts when the passive verb at `at` follows "be" and is asked by the speaker: "can I be" (a modal
 * and "I"/"we"), or "I'd like to be" (a wish and "to", "I"/"we" a few words before); -1 when it is not asked.
 */
export function passiveAskedFrom(tokens: readonly string[], at: number): number {
  if (at < 2 || tokens[at - 1] !== 'be') {
    return -1;
  }
  if (SPEAKERS.has(tokens[at - 2] ?? '') && MODALS.has(tokens[at - 3] ?? '')) {
    return at - 3;
  }
  if (tokens[at - 2] !== 'to' || !WISHES.has(tokens[at - 3] ?? '')) {
    return -1;
  }
  const from = Math.max(0, at - 6);
  const speaker = tokens.slice(from, at - 3).findIndex((token) => SPEAKERS.has(token));
  return speaker < 0 ? -1 : from + speaker;
}
