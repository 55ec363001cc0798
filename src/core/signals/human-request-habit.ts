// English wording about reaching the business's people that the grammar's verb-and-target reading gets wrong: telling
// how one usually contacts support ("whenever I call support they…"), a story it took for a request.
import { ENGLISH_CUES } from './human-request-cues.js';

// "whenever I call support", "every time I talk to an agent", "each time I contact them": how it usually goes.
const HABIT_WORDS = new Set(['whenever', 'everytime', 'anytime']);
const HABIT_NOUNS = new Set(['every', 'each', 'any']);
// "I always call support", "we usually talk to an agent": an adverb of habit right before the verb.
const HABIT_ADVERBS = new Set([
  'always',
  'usually',
  'often',
  'normally',
  'sometimes',
  'generally',
  'typically',
  'regularly',
  'constantly',
]);
const SUBJECTS = new Set(['i', 'we']);
// "I contact support every week", "we call the helpdesk every day".
const PERIODS = new Set(['day', 'week', 'month', 'year', 'morning', 'night', 'evening', 'time', 'weekend']);

/**
 * Whether the contact verb at `verb` tells how contact usually goes rather than asking for it: "whenever I
 * contact customer support they…", "every time I talk to an agent…", "I always call the support team", "I
 * contact customer support every week". English only; a wish or a question before the verb ("can I always talk
 * to…", "when can I talk to an agent") is not a habit.
 */
export function isHabitualContact(tokens: readonly string[], verb: number): boolean {
  for (let index = verb - 1; index >= Math.max(0, verb - 5); index -= 1) {
    const token = tokens[index] ?? '';
    if (HABIT_WORDS.has(token) || (HABIT_NOUNS.has(token) && tokens[index + 1] === 'time')) {
      return SUBJECTS.has(tokens[index + (HABIT_WORDS.has(token) ? 1 : 2)] ?? '');
    }
  }
  // "my number shows as unknown when I call people", "when we call support they hang up": what happens when the
  // speaker calls, told.
  if (tokens[verb - 2] === 'when' && SUBJECTS.has(tokens[verb - 1] ?? '')) {
    return true;
  }
  const before = tokens.slice(0, verb);
  if (HABIT_ADVERBS.has(tokens[verb - 1] ?? '') && SUBJECTS.has(tokens[verb - 2] ?? '')) {
    return true;
  }
  // "I contact support every week": a bare subject and the verb, then a period of time.
  return (
    before.length === 1 &&
    SUBJECTS.has(before[0] ?? '') &&
    tokens.some((token, index) => index > verb && token === 'every' && PERIODS.has(tokens[index + 1] ?? ''))
  );
}

const CONTACT_VERBS = new Set([
  ...ENGLISH_CUES.contactVerbs,
  'contacting',
  'calling',
  'talking',
  'speaking',
  'email',
]);

/** Whether an English sentence the model read tells how contact usually goes ("every time I call support…"). */
export function isHabitualContactSentence(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => CONTACT_VERBS.has(token) && isHabitualContact(tokens, index));
}
