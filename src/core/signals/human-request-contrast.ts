// A person of the business set against a machine in an English sentence: "I want my complaint handled by a person,
// not an algorithm", "I need to report fraud to a person, not a form", "I want to do it with a human not this app".
// What is wanted is the person; a story ("I spoke to a person, not a bot") and the speaker's own kind ("I'm a person,
// not a robot") are not asked.
import { words } from './human-request-cues.js';

/** Who is set against the machine: a person of any kind, a few qualifying words before. */
export const PEOPLE_SET_AGAINST_A_MACHINE: readonly string[] = words(
  `person human someone somebody people humans being`,
);
const PEOPLE = new Set(PEOPLE_SET_AGAINST_A_MACHINE);
const BEFORE_PERSON = new Set(words(`a an one some real actual live proper human`));
/** How the person takes the matter: handled by, told to, done with, read by, seen by. */
const LINKS = new Set(words(`by to with from`));
/** The machine set aside after "not": what answers or takes a matter without a person. */
const MACHINES = new Set(
  words(`bot bots chatbot robot robots machine machines computer computers algorithm algorithms ai form forms app
    website site system portal menu recording script automation`),
);
const BEFORE_MACHINE = new Set(words(`a an the this that your ur some`));
/** A story or the speaker's own kind: a past verb of talking, "I am". */
const TELLING = new Set(
  words(`spoke talked talking speaking was were had did got chatted dealt im am m is are its thats`),
);
const MACHINE_MOST = 2;
/** What asks: a wish, a need, a should, a please ("signed by a person, not a machine" only says how it was made). */
const ASKING = new Set(
  words(`want wanna need needs like prefer rather please pls plz should must can could let have
  get would id d insist`),
);

function machineAfterNot(tokens: readonly string[], not: number): boolean {
  for (let at = not + 1; at <= not + MACHINE_MOST && at < tokens.length; at += 1) {
    const token = tokens[at] ?? '';
    if (MACHINES.has(token)) {
      return true;
    }
    if (!BEFORE_MACHINE.has(token)) {
      return false;
    }
  }
  return false;
}

/** Where a person is set against a machine ("…to a person not a form"): the link before the person, else -1. */
function contrastAt(tokens: readonly string[], not: number): number {
  if (not < 2 || !machineAfterNot(tokens, not) || !PEOPLE.has(tokens[not - 1] ?? '')) {
    return -1;
  }
  let link = tokens[not - 1] === 'being' && tokens[not - 2] === 'human' ? not - 3 : not - 2;
  while (BEFORE_PERSON.has(tokens[link] ?? '') && link > 0) {
    link -= 1;
  }
  return LINKS.has(tokens[link] ?? '') ? link : -1;
}

/** Whether English tokens ask for a person set against a machine ("handled by a person, not an algorithm"). */
function asksForAPersonNotAMachine(tokens: readonly string[]): boolean {
  const not = tokens.indexOf('not');
  const before = tokens.slice(0, Math.max(0, not));
  return (
    contrastAt(tokens, not) >= 0 &&
    !before.some((token) => TELLING.has(token)) &&
    before.some((token) => ASKING.has(token))
  );
}

/**
 * Whether an English sentence only tells of a person set against a machine ("the letter was written by a person,
 * not a machine", "I spoke to a person, not a bot"): nothing asks before it, and a verb tells.
 */
export function tellsOfAPersonNotAMachine(tokens: readonly string[]): boolean {
  const not = tokens.indexOf('not');
  const before = tokens.slice(0, Math.max(0, not));
  return (
    contrastAt(tokens, not) >= 0 &&
    before.some((token) => TELLING.has(token)) &&
    !before.some((token) => ASKING.has(token))
  );
}

/**
 * Whether an English message's clauses ask for a person set against a machine, in one clause or across the comma
 * before "not" ("…to a person, not a form").
 */
export function asksForAPersonNotAMachineIn(clauses: readonly (readonly string[])[]): boolean {
  return clauses.some(
    (clause, at) =>
      asksForAPersonNotAMachine(clause) ||
      (clauses[at + 1]?.[0] === 'not' && asksForAPersonNotAMachine([...clause, ...(clauses[at + 1] ?? [])])),
  );
}
