// Fragments of a few words ("agent portal", "staff member pls"): an anchor counts as itself, not in a thing's name.
import { ENGLISH_CUES, words } from './human-request-cues.js';
import { HR_THINGS, reachesNobody } from './model-anchor-phrases.js';
import { readEnglishIn } from './model-anchor-typos.js';
import { isEnglishAnchor } from './model-anchor-words.js';

// A fragment of a few words names a topic the way intent lists and menus do: "agent portal", "call forwarding",
// "contact details", "wire transfer". There a word for someone counts only as itself, not as part of a thing's name.
export const FRAGMENT_MOST = 3;
/** Words that make the one before them a thing: "agent portal", "call forwarding", "contact details". */
const THING_AFTER = new Set([
  ...ENGLISH_CUES.otherSenseAfter,
  ...HR_THINGS,
  ...words(`portal benefits discount discounts details detail info information number numbers hours hour member
    members plan plans pricing price settings setting forwarding waiting policy policies status address email list
    page form forms history issue issues problem problems account accounts performance rating review training`),
]);
/**
 * Words that make the one after them a thing: "wire transfer", "bank transfer"; or a kind of help, a topic as menus
 * list them: "technical support", "medical assistance", "legal help".
 */
const THING_BEFORE = new Set(
  words(`wire bank money funds fund balance international domestic data file files credit cash stock technical
    tech medical legal financial`),
);

// A department's name alone is a topic as intent lists and routing menus write it ("billing", "sales"): with a word
// that asks ("billing please"), a team word ("sales team") or a contact verb ("put me through to billing") it asks.
const TOPICS = new Set(words(`billing sales accounts payments security`));

// "live album", "real estate deals": a qualifier before a thing; "live help", "real person", "live chat pls" name
// someone or a way to reach them.
const QUALIFIERS = new Set(ENGLISH_CUES.qualifiers.filter((word) => word !== 'human'));

/**
 * Words that name the bot, only say what kind of someone ("live", "senior"), name people at large ("customers",
 * "team") or tell what was done ("transferred", "escalated"): typed alone they name nobody to reach (a menu's topic, a
 * question about the bot, an answer to a question); in a few words they may ("live help available?", "enough with the
 * bots", "escalated to whom?").
 */
const NOT_SOMEONE_ALONE = new Set(
  words(`bot bots robot robots chatbot machine automated automatic ai computer robotic alive
    senior lead being center centre customer customers people team department man woman guy lady pm reachable
    connected connecting contacting reaching transferred transferring escalated escalating escalations speaks forward
    pass give`).concat([...QUALIFIERS]),
);

const HELP_GIVEN = new Set(words(`help assistance assist support person`));
/** "live helpnow", "LIVE CHATAVVAILABLE": a way to reach someone glued to what follows. */
const HELP_BEGINS = /^(?:help|assis|chat|supp)/;

function qualifiesSomeone(next: string | undefined): boolean {
  return (
    next === undefined || HELP_BEGINS.test(next) || readEnglishIn(HELP_GIVEN, next) || isEnglishAnchor(next)
  );
}

// "finance assistant", "virtual assistant", "security services": a word before an assistant or a service says which kind
// (a post, a bot, an offering), not someone to reach; "live assistant", "customer services" still reach someone.
const KINDS_NAMED_BEFORE = new Set(words(`assistant assistants service services`));
const REACHED_KINDS = new Set([
  ...QUALIFIERS,
  ...words(`human customer customers client clients member members guest guests student students patient patients
    passenger passengers user users support a an the some one any another`),
]);

function isAKindNamed(tokens: readonly string[], index: number): boolean {
  const before = tokens[index - 1];
  return (
    KINDS_NAMED_BEFORE.has(tokens[index] ?? '') &&
    before !== undefined &&
    !REACHED_KINDS.has(before) &&
    !FRAGMENT_ASKING.has(before)
  );
}

// "all bots", "back to my bots", "create bot": bots as the things a menu lists or makes, not the one answering.
const BOTS = new Set(words(`bot bots chatbot chatbots`));
const BOTS_AS_THINGS = new Set(words(`all my our new create edit delete manage list your`));

function isABotAsAThing(tokens: readonly string[], index: number): boolean {
  return BOTS.has(tokens[index] ?? '') && BOTS_AS_THINGS.has(tokens[index - 1] ?? '');
}

// "need security guard", "billing address needed": a department's word before a thing's name, even asked.
function isATopicBeforeAThing(tokens: readonly string[], index: number): boolean {
  const next = tokens[index + 1];
  return (
    TOPICS.has(tokens[index] ?? '') &&
    next !== undefined &&
    !FRAGMENT_ASKING.has(next) &&
    !isEnglishAnchor(next)
  );
}

/** Words that make a word for someone before them a record kept about them, even in a fragment that asks. */
const RECORDS = new Set(words(`details detail info information name names id`));

/** Words that ask now, in a fragment of either kind below. */
const ASKED_NOW = words(`please pls plz asap now want need`);
/** Words that ask whatever else the fragment says: "staff member pls". */
const FRAGMENT_ASKING = new Set([...ASKED_NOW, ...words(`urgent wanna needed required`)]);
/**
 * Words of a fragment that asks for, or waits on, someone named before it: "I'll hold", "get me one", "put them on";
 * not a need told ("Attendance required.").
 */
const FRAGMENT_WAITING = new Set([
  ...ASKED_NOW,
  ...words(`get give gimme hold wait one them him her through thru`),
]);

/**
 * Whether a fragment asks or waits, so it may take whom it asks for from the sentence before it ("how long is the wait
 * for an agent? I'll hold"); one that tells ("Attendance required.") may not.
 */
export function asksOrWaits(tokens: readonly string[]): boolean {
  return tokens.some((token) => FRAGMENT_WAITING.has(token));
}

/** Whether a fragment of a few words names someone as itself, not inside a thing's name, or asks outright. */
export function isFragmentAnchored(tokens: readonly string[]): boolean {
  if (tokens.some((token) => FRAGMENT_ASKING.has(token))) {
    // "employee details please": asking for someone's record, not for them ("staff member pls" still asks).
    return tokens.some(
      (token, index) =>
        isEnglishAnchor(token) &&
        !RECORDS.has(tokens[index + 1] ?? '') &&
        !isATopicBeforeAThing(tokens, index) &&
        !isAKindNamed(tokens, index),
    );
  }
  return tokens.some(
    (token, index) =>
      !THING_AFTER.has(token) &&
      !isAKindNamed(tokens, index) &&
      !isABotAsAThing(tokens, index) &&
      !TOPICS.has(token) &&
      !(tokens.length === 1 && NOT_SOMEONE_ALONE.has(token)) &&
      !(QUALIFIERS.has(token) && !qualifiesSomeone(tokens[index + 1])) &&
      isEnglishAnchor(token) &&
      !reachesNobody(tokens, index) &&
      !THING_AFTER.has(tokens[index + 1] ?? '') &&
      !THING_BEFORE.has(tokens[index - 1] ?? ''),
  );
}
