// A story told, not a request now (English): "So I go to the desk and ask to speak to the manager, and the girl says
// he's at lunch", "So I walk into the shop, ask for the manager…", "I once spent a whole afternoon trying to get a
// human", "I asked your chat yesterday and it told me to call the team". The storyteller's present ("so I ring") or
// past ("I asked", "I once spent") opens the clause, or the clause before it in a run of the story's acts.
import { words } from './human-request-cues.js';

/** Verbs of the story's acts, in the storyteller's present after "so I": "so I ring the hotel and say…". */
const STORY_ACTS = new Set(
  words(`go walk ring call phone ask get say tell try head pop turn rock show march drive wait explain press push
    dial hang queue end type`),
);
/** The speaker's own past acts that open a story: "I asked…", "I rang twice…"; not "I wanted to", which asks politely. */
const PAST_ACTS = new Set(
  words(`asked rang called phoned went spent tried said told waited walked emailed wrote messaged pressed
    pushed dialled dialed demanded begged got had kept`),
);
/** When the story happened, opening it: "I once…", "last week I…", "yesterday I…". */
const WHEN_TOLD = new Set(words(`once yesterday`));
/** Words that still ask now, after a past act: "I called twice, now I want a manager". */
const ASKING_NOW = new Set(words(`now please pls plz can could would today asap`));
/** A story's next act, with its subject left out: "ask for the manager", "and say I want…". */
const NEXT_ACT = new Set([...STORY_ACTS, ...words(`and then`)]);

function opensAStory(clause: readonly string[]): boolean {
  const [first, second, third] = clause;
  if (first === 'so' && second === 'i' && STORY_ACTS.has(third ?? '')) {
    return true;
  }
  if (first === 'i' && (WHEN_TOLD.has(second ?? '') || PAST_ACTS.has(second ?? ''))) {
    return !clause.some((token) => ASKING_NOW.has(token));
  }
  return false;
}

/** Whether a clause a grammar match was found in only tells a story (or goes on with one begun before it). */
export function isAStoryTold(clauses: readonly (readonly string[])[], at: number): boolean {
  const clause = clauses[at] ?? [];
  if (opensAStory(clause)) {
    return true;
  }
  const before = clauses[at - 1];
  return before !== undefined && opensAStory(before) && NEXT_ACT.has(clause[0] ?? '');
}
