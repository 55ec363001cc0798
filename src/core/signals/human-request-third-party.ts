// Recognises English sentences about someone else that ask for nobody: questions about staff and the org chart ("who is
// Anna's manager", "what is John's department", "who manages the support team", "how many employees are in sales") and
// something given to a person ("give someone a raise"). A customer asking whom to reach says so with a word of contact
// or of wanting, or speaks of themself ("who do I contact about a refund", "who is the manager? I want to talk to them").
import { ENGLISH_CUES, words } from './human-request-cues.js';

const QUESTION_WORDS = new Set(words(`who whos whose which what whats`));
const HOW_MANY = new Set(words(`many much`));
/** The speaker in the message: then it is about reaching someone for them ("who can I talk to", "who can help me"). */
const SPEAKER = new Set(words(`i im id ill ive me us we myself`));
/** Words that still ask for someone: contact, wanting, help, being there, being in charge of something. */
const STILL_ASKING = new Set([
  ...ENGLISH_CUES.contactVerbs,
  ...ENGLISH_CUES.wantVerbs,
  ...words(`wanna available online free anyone anybody someone somebody help helps assist handle handles handling
    deal deals charge responsible ask`),
]);
/** Asking for the business's contact details counts as a request ("what is the number for billing?"). */
const CONTACT_DETAILS = new Set(
  words(`number numbers phone email mail address extension contact contacts whatsapp hotline line`),
);

/**
 * Whether a sentence asks who someone is, what they do or how many there are, with nothing in the message (all its
 * words) that asks to reach them: "who is the manager of the sales team", "which department does E001 belong to".
 */
export function isAboutSomeoneElse(sentence: readonly string[], message: readonly string[]): boolean {
  const first = sentence[0] ?? '';
  const isAsking = QUESTION_WORDS.has(first) || (first === 'how' && HOW_MANY.has(sentence[1] ?? ''));
  return (
    isAsking &&
    !message.some((token) => SPEAKER.has(token) || STILL_ASKING.has(token) || CONTACT_DETAILS.has(token))
  );
}

const ON_THE_WAY = new Set(words(`a an the my our your his her their this that every each some new`));
const PEOPLE = new Set([...ENGLISH_CUES.strongTargets, ...ENGLISH_CUES.weakTargets, 'them', 'him', 'her']);
/** What is given when a call is not: "give someone a raise", "give the agent a good rating". */
const CALLS = new Set(words(`call ring buzz shout callback message text email line`));

/** Whether a clause gives a person something other than a call: "give someone a raise", "give my staff a bonus". */
export function isGivenSomething(clause: readonly string[]): boolean {
  for (let index = 0; index < clause.length; index += 1) {
    if (clause[index] !== 'give' && clause[index] !== 'gave' && clause[index] !== 'giving') {
      continue;
    }
    let next = index + 1;
    while (ON_THE_WAY.has(clause[next] ?? '') && next < index + 3) {
      next += 1;
    }
    // "give the support person a good rating": one word naming which one before the person.
    if (!PEOPLE.has(clause[next] ?? '') && PEOPLE.has(clause[next + 1] ?? '')) {
      next += 1;
    }
    if (!PEOPLE.has(clause[next] ?? '')) {
      continue;
    }
    const article = clause[next + 1] ?? '';
    if (['a', 'an', 'some', 'the', 'their', 'his', 'her'].includes(article)) {
      let noun = next + 2;
      while (!CALLS.has(clause[noun] ?? '') && noun < next + 4 && noun < clause.length - 1) {
        noun += 1;
      }
      if (!CALLS.has(clause[noun] ?? '')) {
        return true;
      }
    }
  }
  return false;
}
