// A word for a person after a verb of wanting that asks for nobody to be put through: the person's thing ("need
// manager approval", "a supervisor shift", "the manager's keycard"), someone else having one ("does this employee
// have a manager?"), whether one needs a professional at all ("do I need an agent to sell my home?"), a worker for a
// chore at home ("I need a person to mow my yard") or a post to fill ("we need a manager for the night shift"); and,
// for the model, a job advertised ("satış temsilcisi aranıyor") or someone's role asked ("is this employee a manager?").
import { ENGLISH_CUES, words } from './human-request-cues.js';
import { type Cue, findCue } from './human-request-find-cue.js';
import type { CompiledLanguage } from './human-request-languages.js';
import { type Target, targetAt } from './human-request-targets.js';

/** What an employer, a rota or a policy attaches to a person: "manager approval", "a supervisor shift". */
const THINGS = new Set(
  words(`approval approvals signoff signature signatures permission permissions authorization authorisation
    sign shift shifts rota role roles position positions title job jobs vacancy vacancies opening openings
    dashboard dashboards report reports view account accounts access keycard key keys badge badges card form forms
    list lists schedule schedules training handbook manual discount parking appointment appointments queue queues
    password salary bonus panel console mode`),
);
/** After "manager's", what still asks for the person: their help, or how to reach them (round 4's contact rule). */
const STILL_THE_PERSON = new Set(
  words(`help assistance attention input advice opinion decision number phone email extension contact line
    whatsapp`),
);

/** "need manager approval", "a supervisor shift", "the manager's keycard": the person names a thing. */
function isThePersonsThing(tokens: readonly string[], target: Target, cue: Cue): boolean {
  const next = tokens[target.end + 1] ?? '';
  if (THINGS.has(next)) {
    return true;
  }
  if (next !== 's') {
    return false;
  }
  const owned = tokens[target.end + 2] ?? '';
  // "sections that need the manager's attention": things described, not the speaker asking.
  const isDescribed = ['that', 'which'].includes(tokens[cue.index - 1] ?? '');
  return owned !== '' && (!STILL_THE_PERSON.has(owned) || (isDescribed && owned === 'attention'));
}

const AUXILIARIES = new Set(words(`do does did will would can could should must may might`));
/** Who may have or need a person for themself: the speaker, the one answering, or anyone at all. */
const SPEAKER_OR_ANYONE = new Set(
  words(`i we you u ya me us one someone somebody anyone anybody i'd id im ive`),
);

/** The subject between the auxiliary and the verb at `verb` ("does [this employee] have"), or undefined. */
function subjectBefore(tokens: readonly string[], verb: number): readonly string[] | undefined {
  for (let index = verb - 1; index >= Math.max(0, verb - 4); index -= 1) {
    if (AUXILIARIES.has(tokens[index] ?? '')) {
      return tokens.slice(index + 1, verb);
    }
  }
  return undefined;
}

/** "does this employee have a manager?", "will the team have a supervisor": someone else has one. */
function isSomeoneElseHaving(tokens: readonly string[], cue: Cue): boolean {
  if (tokens[cue.index] !== 'have') {
    return false;
  }
  const subject = subjectBefore(tokens, cue.index);
  // "I would like to have a conversation with an agent": "like to" is the speaker's wish, not a subject.
  return (
    subject !== undefined &&
    subject.length > 0 &&
    !subject.includes('to') &&
    !subject.some((token) => SPEAKER_OR_ANYONE.has(token))
  );
}

const NEEDING = new Set(words(`need needs require requires`));
const ASKERS = new Set(words(`i we you u one`));

const AUXILIARY_ASKING = new Set(words(`do does would will should must dont doesnt wouldnt wont shouldnt`));
// "who do I have to call to talk to a real person": which way to reach someone, asked; not whether one must.
const WAYS_ASKED = new Set(words(`who whom where how which what`));

/**
 * "do I need to talk to a person before paying?", "would I have to speak to an agent first": whether contact is
 * required, asked about the way to do something; "I need to talk to a person" asks for one.
 */
export function isContactNecessityAsked(tokens: readonly string[]): boolean {
  return (
    isNecessityBelieved(tokens) ||
    tokens.some(
      (token, index) =>
        (NEEDING.has(token) || token === 'have') &&
        tokens[index + 1] === 'to' &&
        ASKERS.has(tokens[index - 1] ?? '') &&
        AUXILIARY_ASKING.has(tokens[index - 2] ?? '') &&
        !ASKERS.has(tokens[index - 3] ?? '') &&
        !WAYS_ASKED.has(tokens[index - 3] ?? ''),
    )
  );
}

// "I thought I had to talk to someone on the phone to use it", "we assumed we'd need to call": a belief about the way, told.
const BELIEVING = new Set(words(`thought assumed believed figured understood`));
const HAD_TO = new Set(words(`had needed`));

function isNecessityBelieved(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!BELIEVING.has(token)) {
      return false;
    }
    const subject = tokens[index + 1] === 'that' ? index + 2 : index + 1;
    if (!ASKERS.has(tokens[subject] ?? '')) {
      return false;
    }
    // "I had to", "I needed to"; "I would have to", "we'd need to".
    const isWould = tokens[subject + 1] === 'would' || tokens[subject + 1] === 'd';
    const verb = tokens[subject + (isWould ? 2 : 1)] ?? '';
    const isObliged = isWould ? verb === 'have' || verb === 'need' : HAD_TO.has(verb);
    return isObliged && tokens[subject + (isWould ? 3 : 2)] === 'to';
  });
}

/** "do I need an agent to sell my home?", "would we need a supervisor": whether one is needed, asked. */
export function isNecessityAsked(tokens: readonly string[], need: number): boolean {
  return (
    NEEDING.has(tokens[need] ?? '') &&
    ASKERS.has(tokens[need - 1] ?? '') &&
    ['do', 'does', 'would', 'will', 'should'].includes(tokens[need - 2] ?? '') &&
    // "why do I need an agent" asks the same; "I do need an agent" is no question.
    !ASKERS.has(tokens[need - 3] ?? '')
  );
}

/** Where a worker comes to do a chore: "a person to mow my yard", "someone to look at my shower". */
const AT_HOME = new Set(
  words(`yard lawn garden house home flat apartment room rooms kitchen bathroom shower sink toilet roof car dog dogs
    cat kids children child baby furniture pool gutters windows fence deck driveway garage basement boiler`),
);

/**
 * Whether `link` follows the target and a word of `wanted` comes `from` to `to` words after the target's end: "a
 * person to mow my yard", "a manager for the night shift".
 */
function isLinkedTo(
  tokens: readonly string[],
  target: Target,
  link: string,
  wanted: ReadonlySet<string>,
  from: number,
  to: number,
): boolean {
  if (tokens[target.end + 1] !== link) {
    return false;
  }
  for (let index = target.end + from; index <= target.end + to && index < tokens.length; index += 1) {
    if (wanted.has(tokens[index] ?? '')) {
      return true;
    }
  }
  return false;
}

/** "I need a person to mow my yard": a worker for a chore, named by the chore's place within a few words. */
const isAWorkerForAChore = (tokens: readonly string[], target: Target): boolean =>
  isLinkedTo(tokens, target, 'to', AT_HOME, 3, 6);

const POSTS = new Set(words(`shift shifts post role position job rota weekend weekends night nights`));

/** "we need a manager for the night shift": a post to fill, not someone to talk to. */
const isAPostToFill = (tokens: readonly string[], target: Target): boolean =>
  isLinkedTo(tokens, target, 'for', POSTS, 2, 5);

/** "send someone to clean my room", "please send a person to fix the shower": staff sent to do a chore. */
const SENDING = new Set(words(`send sending`));

/**
 * Whether a target found by a verb of wanting (English) asks for nobody to be put through: the person's thing,
 * someone else having one, whether one is needed at all, a worker for a chore (also sent: "send someone to clean the
 * room") or a post to fill.
 */
export function isWantedForSomethingElse(tokens: readonly string[], target: Target, cue: Cue): boolean {
  if (cue.kind === 'contact') {
    return (
      SENDING.has(tokens[cue.index] ?? '') && cue.index < target.start && isAWorkerForAChore(tokens, target)
    );
  }
  return (
    cue.kind === 'want' &&
    cue.index < target.start &&
    (isThePersonsThing(tokens, target, cue) ||
      isSomeoneElseHaving(tokens, cue) ||
      isNecessityAsked(tokens, cue.index) ||
      isAWorkerForAChore(tokens, target) ||
      isAPostToFill(tokens, target))
  );
}

/**
 * For the model's reading (English): whether the sentence's only person word with a cue is one wanted for something
 * else ("does this employee have a manager?", "I need a person to look at my shower"), as the grammar reads it.
 */
export function isOnlyWantedForSomethingElse(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  let isSetAside = false;
  for (let index = 0; index < tokens.length; index += 1) {
    const target = targetAt(lang, tokens, index);
    if (target === undefined) {
      continue;
    }
    const cue = findCue(lang, tokens, target);
    if (cue !== undefined) {
      if (!isWantedForSomethingElse(tokens, target, cue)) {
        return false;
      }
      isSetAside = true;
    }
    index = target.end;
  }
  return isSetAside;
}

/** Words of a job advertised or a post to fill: the person word in the same message is a role, not someone to reach. */
const JOB_WORDS = new Set(
  words(`job jobs vacancy vacancies opening openings hiring applicant applicants candidate candidates salary cv
    resume recruiter recruitment shift shifts`),
);
const PEOPLE = new Set(ENGLISH_CUES.strongTargets);
const DETERMINERS = new Set(words(`this that the these those he she they his her their our`));

/**
 * For the model's reading (English): a message about a job or a post ("the post is for senior manager", "assign me
 * to the manager shift"), whether one is needed ("do I need a financial advisor?"), or whether someone else is one
 * ("is this employee a manager?").
 */
export function isAboutARoleOrANeed(sentence: readonly string[], message: readonly string[]): boolean {
  if (
    message.some((token) => JOB_WORDS.has(token)) ||
    (message.includes('post') && message.includes('for'))
  ) {
    return true;
  }
  const need = sentence.findIndex((token) => NEEDING.has(token));
  if (need >= 0 && isNecessityAsked(sentence, need)) {
    return true;
  }
  // "am I a manager?": the speaker's own role.
  if (sentence[0] === 'am' && sentence[1] === 'i' && ['a', 'an'].includes(sentence[2] ?? '')) {
    return PEOPLE.has(sentence[3] ?? '');
  }
  // "is this employee a manager?": is/are + someone else + a/an + a word for a person.
  if (!['is', 'are', 'was', 'were'].includes(sentence[0] ?? '') || !DETERMINERS.has(sentence[1] ?? '')) {
    return false;
  }
  const article = sentence.findIndex((token, index) => index > 2 && (token === 'a' || token === 'an'));
  return article > 0 && article <= 4 && PEOPLE.has(sentence[article + 1] ?? '');
}

/**
 * For the model's reading (Turkish): a job advertised in the passive, "satış temsilcisi aranıyor", "deneyimli
 * personel aranmaktadır" (someone is sought as staff); "yetkili tarafından aranmak istiyorum" (to be called) and
 * "bir yetkili aransın" (let one call) still ask.
 */
export function isStaffSought(message: readonly string[]): boolean {
  return message.some((token) => /^aran(iyor|iyo|maktadir|acaktir|acak)$/.test(token));
}
