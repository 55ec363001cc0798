// A story told, not a request now (English): "So I go to the desk and ask to speak to the manager, and the girl says
// he's at lunch", "So I walk into the shop, ask for the manager…", "I once spent a whole afternoon trying to get a
// human", "I asked your chat yesterday and it told me to call the team". The storyteller's present ("so I ring") or
// past ("I asked", "I once spent") opens the clause, or the clause before it in a run of the story's acts.
import { words } from './human-request-cues.js';
import { withoutInsistingEnd } from './human-request-without-cue.js';

/** Verbs of the story's acts, in the storyteller's present after "so I": "so I ring the hotel and say…". */
const STORY_ACTS = new Set(
  words(`go walk ring call phone ask get say tell try head pop turn rock show march drive wait explain press push
    dial hang queue end type`),
);
/** The speaker's own past acts that open a story: "I asked…", "I rang twice…"; not "I wanted to", which asks politely. */
const PAST_ACTS = new Set(
  words(`asked rang called phoned went spent tried said told waited walked emailed wrote messaged pressed
    pushed dialled dialed demanded begged got had kept made decided chose cancelled took hit selected opened managed`),
);
/** When the story happened, opening it: "I once…", "last week I…", "yesterday I…". */
const WHEN_TOLD = new Set(words(`once yesterday`));
/** Words that still ask now, after a past act: "I called twice, now I want a manager". */
const ASKING_NOW = new Set(words(`now please pls plz can could would today asap still`));
/** A story's next act, with its subject left out: "ask for the manager", "and say I want…". */
const NEXT_ACT = new Set([...STORY_ACTS, ...words(`and then`)]);

/** Words that may come before the story's "I": "finally I decided…", "today I had to call…", "so I then push 0". */
const STORY_OPENERS = new Set(
  words(`finally then today yesterday later eventually and but so after first next`),
);

/** Past acts of asking that the speaker may repeat to the one they are talking to, and that one. */
const ASKED_AGAIN = new Set(words(`asked told begged`));
const ADDRESSED = new Set(words(`you u`));

/** Whether a clause or sentence opens (or is) a story told: "so I ring…", "I once…", "finally I decided…". */
const SAID_AGAIN_MOST = 3;
const SPEAKERS = new Set(words(`i you he she they we it`));

function isSaidAgain(said: readonly string[]): boolean {
  return said.length > 0 && said.length <= SAID_AGAIN_MOST && !said.some((token) => SPEAKERS.has(token));
}

export function opensAStory(clause: readonly string[]): boolean {
  // What it took to reach someone: "it took me three hours to get to speak to a human", "took a couple of goes to get
  // someone on the phone"; "it took forever, get me an agent" asks after it.
  const took = clause[0] === 'took' ? 0 : clause[0] === 'it' && clause[1] === 'took' ? 1 : -1;
  if (took >= 0 && clause.indexOf('to', took) > took) {
    return true;
  }
  let at = 0;
  while (STORY_OPENERS.has(clause[at] ?? '') && at < 3) {
    at += 1;
  }
  // "after refusing to give the representative my details, …", "after finally getting to speak to an agent, …"
  if (clause[at - 1] === 'after' && /ing$/.test(clause[clause[at] === 'finally' ? at + 1 : at] ?? '')) {
    return true;
  }
  if (clause[at] !== 'i') {
    return false;
  }
  const verb = clause[at + 1] === 'then' || clause[at + 1] === 'just' ? at + 2 : at + 1;
  // The storyteller's present only after "so": "so I ring", not "I ring you every week".
  if (clause[at - 1] === 'so' && STORY_ACTS.has(clause[verb] ?? '')) {
    return true;
  }
  // "i said representative", "i said customer service please": the caller says again what they asked for.
  if (clause[verb] === 'said' && isSaidAgain(withoutInsistingEnd(clause.slice(verb + 1)))) {
    return false;
  }
  // "I asked you to put me through to a manager", "i told u to get me a human": the request made again to the one the
  // speaker is talking to, not a story about someone else.
  if (
    ASKED_AGAIN.has(clause[verb] ?? '') &&
    ADDRESSED.has(clause[verb + 1] ?? '') &&
    clause[verb + 2] === 'to'
  ) {
    return false;
  }
  // "I was able to speak to an actual human": a contact achieved, told.
  const isAbleTold = clause[verb] === 'was' && clause[verb + 1] === 'able';
  if (WHEN_TOLD.has(clause[verb] ?? '') || PAST_ACTS.has(clause[verb] ?? '') || isAbleTold) {
    // Only what comes after the story's start asks now ("today I had to call…" tells).
    return !clause.slice(verb + 1).some((token) => ASKING_NOW.has(token));
  }
  return false;
}

// Words of a request made in the same sentence after the story's start: "I got a strange charge, get me a live rep".
const ASKING_IN_THE_SENTENCE = new Set(
  words(`want need wanna ineed gimme connect transfer escalate patch put putme pass hand please pls plz now`),
);

/** Whether the model's sentence only tells a story: it opens one and asks nothing after ("get me", "please"). */
export function isOnlyAStory(sentence: readonly string[]): boolean {
  return (
    opensAStory(sentence) &&
    !sentence.some(
      (token, index) =>
        ASKING_IN_THE_SENTENCE.has(token) || (token === 'get' && sentence[index + 1] === 'me'),
    )
  );
}

// "I give my name, address, phone number. I explain the problem. I ask for a supervisor.": a run of the speaker's acts
// in the present, told one after another; the last one is told as well.
const RUN_ACTS = new Set([
  ...STORY_ACTS,
  ...words(`give explain hold repeat spell read answer listen sit stand`),
]);
const RUN_MOST = 2;

function isInARunOfActs(clauses: readonly (readonly string[])[], at: number): boolean {
  const actsBefore = clauses
    .slice(0, at)
    .filter((clause) => clause[0] === 'i' && RUN_ACTS.has(clause[1] ?? '')).length;
  const clause = clauses[at] ?? [];
  return actsBefore >= RUN_MOST && clause[0] === 'i' && RUN_ACTS.has(clause[1] ?? '');
}

/** Whether a clause a grammar match was found in only tells a story (or goes on with one begun before it). */
export function isAStoryTold(clauses: readonly (readonly string[])[], at: number): boolean {
  const clause = clauses[at] ?? [];
  if (opensAStory(clause) || isInARunOfActs(clauses, at)) {
    return true;
  }
  const before = clauses[at - 1];
  return before !== undefined && opensAStory(before) && NEXT_ACT.has(clause[0] ?? '');
}

/** Whether the model's sentence is one of the clauses of a run of the speaker's acts told in the present. */
export function endsARunOfActs(
  clauses: readonly (readonly string[])[],
  sentence: readonly string[],
): boolean {
  if (sentence[0] !== 'i' || !RUN_ACTS.has(sentence[1] ?? '')) {
    return false;
  }
  const at = clauses.findIndex(
    (clause) =>
      clause.length === sentence.length && clause.every((token, index) => token === sentence[index]),
  );
  return at > 0 && isInARunOfActs(clauses, at);
}
