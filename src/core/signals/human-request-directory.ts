// English sentences that name a person and ask for nobody to take over: an org-chart or directory look-up ("get the
// manager of Dana", "the head of sales at Acme", "show me all employees in sales"), a review of someone ("the agent
// was rude", "excellent support staff"), a wait told ("had to wait an hour to talk to an agent") and someone who sold
// the customer something ("I booked through an agent"). Each keeps the same words that still ask: "get me the manager
// of this store", "the agent was rude, I want a manager" (the grammar finds the second clause first).
import { ENGLISH_CUES, words } from './human-request-cues.js';

/** Roles in an org chart: "the manager of …", "the head of … at …". */
const ROLES = new Set(
  words(`manager managers supervisor supervisors boss bosses head heads director directors lead leads owner owners
    chief ceo vp president`),
);
/** Roles named by their unit ("head of sales"): only a look-up when another company or place follows. */
const UNIT_ROLES = new Set(words(`head heads director directors chief vp president lead leads`));
/** After "of": ours still, so "the manager of this store" asks for our manager. */
const STILL_OURS = new Set(words(`this your ur you here us yours`));
const OUR_PLACES = new Set(
  words(
    `store shop branch restaurant hotel place location bank office outlet company business site centre center gym
    clinic hospital school pharmacy surgery practice salon spa garage dealership university college club studio`,
  ),
);
const OUR_PEOPLE = new Set(
  words(`guy lady man woman girl gentleman person agent agents staff employee employees cashier driver rep
    representative advisor adviser clerk teller receptionist technician engineer operator`),
);
const ELSEWHERE = new Set(words(`at for in from`));

/**
 * Whether the word for a person at `index` is someone else's role in an org chart: "the manager of Dana", "the
 * supervisor of the night team", "the head of sales at Acme". "The manager of this store", "the manager of the
 * shop" and "the head of sales" alone are still ours.
 */
export function isSomeoneElsesRole(tokens: readonly string[], index: number): boolean {
  const role = tokens[index] ?? '';
  if (!ROLES.has(role) || tokens[index + 1] !== 'of') {
    return false;
  }
  const first = tokens[index + 2];
  if (first === undefined || STILL_OURS.has(first)) {
    return false;
  }
  // "the manager of the guy who was rude to me", "the supervisor of the agent I spoke to": of one of our people.
  if (OUR_PEOPLE.has(first === 'the' || first === 'that' ? (tokens[index + 3] ?? '') : first)) {
    return false;
  }
  // "the manager of the shop", "the manager of the Leeds branch", "the manager of Leeds branch": a place of ours,
  // named by up to two words.
  const place = first === 'the' ? index + 3 : index + 2;
  if (tokens.slice(place, place + 3).some((token) => OUR_PLACES.has(token))) {
    return false;
  }
  if (!UNIT_ROLES.has(role)) {
    return true;
  }
  return tokens.slice(index + 3, index + 7).some((token) => ELSEWHERE.has(token));
}

const AT_HOME = new Set(words(`home work school`));

/**
 * Whether the someone at `index` is at the speaker's home or work: "I'll speak to someone at home and call you back",
 * "I need to speak to someone at home first" (not "someone at the branch").
 */
export function isSomeoneAtHome(tokens: readonly string[], index: number): boolean {
  return tokens[index + 1] === 'at' && AT_HOME.has(tokens[index + 2] ?? '');
}

const SOMEONE = new Set(words(`someone somebody anyone anybody person people`));

/**
 * Whether any word of the sentence is someone else's role ("get me the head of sales at Acme") or someone at the
 * speaker's home or work ("I need to speak to someone at home first").
 */
export function namesSomeoneElsesRole(sentence: readonly string[]): boolean {
  return sentence.some(
    (word, index) =>
      isSomeoneElsesRole(sentence, index) || (SOMEONE.has(word) && isSomeoneAtHome(sentence, index)),
  );
}

const LISTING = new Set(words(`find list show search display`));
const LEADING = new Set(words(`please pls can could would you me all the every our`));
/** People or units counted in a directory: a list of them is asked, not one of them to talk to. */
const MANY = new Set(
  words(`employees members managers engineers colleagues departments teams workers staffers people staff heads
    supervisors analysts scientists developers designers leaders`),
);

/**
 * Whether a sentence asks a directory for a list of people or units: "show me all employees in the sales department",
 * "find employees with Python skills", "list all Engineering department members", "find all cross-departmental
 * teams". "Find me someone in billing" (one person) is not read here.
 */
export function isDirectoryListing(sentence: readonly string[]): boolean {
  let index = 0;
  while (LEADING.has(sentence[index] ?? '') && index < 3) {
    index += 1;
  }
  if (isAskedWhichOfMany(sentence)) {
    return true;
  }
  if (!LISTING.has(sentence[index] ?? '')) {
    return false;
  }
  for (let next = index + 1; next < Math.min(sentence.length, index + 6); next += 1) {
    const token = sentence[next] ?? '';
    if (MANY.has(token) || (EACH.has(sentence[next - 1] ?? '') && ONE_OF_MANY.has(token))) {
      return true;
    }
  }
  return false;
}

/** "every employee in sales": one word for each of many. */
const EACH = new Set(words(`every each`));
const ONE_OF_MANY = new Set(
  words(`employee member manager engineer colleague department team worker supervisor`),
);
const SPEAKER = new Set(words(`i im id ill ive me my us we our`));

/**
 * "which departments have the most employees?", "how many managers are in sales", "what departments do you have?",
 * "available departments": a count, a choice or a catalogue, no speaker.
 */
function isAskedWhichOfMany(sentence: readonly string[]): boolean {
  const first = sentence[0] ?? '';
  if (first === 'available' && sentence.length <= 3 && MANY.has(sentence[1] ?? '')) {
    return true;
  }
  const isAsking = first === 'which' || first === 'what' || (first === 'how' && sentence[1] === 'many');
  return (
    isAsking &&
    sentence.slice(1, 4).some((token) => MANY.has(token)) &&
    !sentence.some((token) => SPEAKER.has(token))
  );
}

/** "had to wait 30 minutes to talk to an agent": a wait told, anywhere in the sentence. */
const SPEAKER_WAITED = new Set(words(`i we`));

export function tellsOfAWait(sentence: readonly string[]): boolean {
  return sentence.some(
    (token, index) =>
      (token === 'wait' && sentence[index - 1] === 'to' && sentence[index - 2] === 'had') ||
      (token === 'waited' && SPEAKER_WAITED.has(sentence[index - 1] ?? '') && sentence.includes('to')),
  );
}

const PERSON = new Set([
  ...ENGLISH_CUES.strongTargets,
  ...words(`people guy lady team nurse doctor receptionist cashier driver technician waiter waitress server clerk
    consultant consultants reception department`),
]);
const BEING = new Set(words(`was were is are been seemed seems`));
/** What a review says of someone: their manner or their work, not a wish to reach them. */
export const JUDGEMENT: ReadonlySet<string> = new Set(
  words(`rude unhelpful helpful polite friendly unfriendly nice kind clear unclear slow fast quick professional
    unprofessional knowledgeable excellent great amazing awesome terrible awful horrible lovely patient impatient
    courteous dismissive arrogant condescending incompetent competent wonderful fantastic brilliant poor
    disappointing responsive prompt useless hopeless pathetic shocking appalling bad worst nonexistent disgraceful
    atrocious`),
);
// "best customer support", "waste customer support", "good customer care staff": praise or scorn before them, in a
// sentence that asks nothing ("what is the best customer support number", "i need good support" ask).
export const PRAISE_OR_SCORN: ReadonlySet<string> = new Set(words(`best good better waste`));
const ASKS = new Set(
  words(
    `how what where who which can could would will please pls plz may need want wanna is are do does get give`,
  ),
);
const INTENSIFIERS = new Set(words(`very so really extremely super quite too incredibly`));
const TALKS = new Set(words(`word chat call talk question look`));

// "the live chat is open on weekends too", "slow and disappointing customer support by phone", "customer care never
// answers emails": the business's support, judged or described like its people; "can customer service call me?" asks.
const CHANNELS = new Set(words(`chat livechat hotline helpline support`));
const CUSTOMER_CHANNELS = new Set(words(`service care support`));

function isASupportChannel(sentence: readonly string[], index: number): boolean {
  const token = sentence[index] ?? '';
  return CHANNELS.has(token) || (CUSTOMER_CHANNELS.has(token) && sentence[index - 1] === 'customer');
}

// What someone or a channel does, told: "the agent never called back", "the hotline always hangs up", "the rep kept
// interrupting".
const HABITUALLY = new Set(words(`never always rarely seldom barely kept keeps`));
const TOLD_VERB = /^[a-z]{3,}(?:s|ed|ing)$/;

// "the HR department takes weeks to reply": how long they take, told.
const TAKING = new Set(words(`takes take took`));
const LONG_TIMES = new Set(words(`weeks days months ages forever hours years`));

function isWhatTheyDoTold(sentence: readonly string[], next: number): boolean {
  return (
    (HABITUALLY.has(sentence[next] ?? '') && TOLD_VERB.test(sentence[next + 1] ?? '')) ||
    (TAKING.has(sentence[next] ?? '') && LONG_TIMES.has(sentence[next + 1] ?? ''))
  );
}

/**
 * Whether a sentence judges someone: "the agent was rude and unhelpful", "customer service agent was very rude to me",
 * "excellent support staff". A wish in another clause is the grammar's to find ("the agent was rude, get me a
 * manager").
 */
export function isAReviewOfSomeone(sentence: readonly string[]): boolean {
  for (let index = 0; index < sentence.length; index += 1) {
    if (!PERSON.has(sentence[index] ?? '') && !isASupportChannel(sentence, index)) {
      continue;
    }
    if (isWhatTheyDoTold(sentence, index + 1)) {
      return true;
    }
    let next = index + 1;
    if (!BEING.has(sentence[next] ?? '')) {
      // "excellent support staff", "a very rude agent"
      for (let before = index - 1; before >= Math.max(0, index - 3); before -= 1) {
        // "a quick word with a human": the judgement is of the talk asked for, not of someone.
        if (
          (JUDGEMENT.has(sentence[before] ?? '') ||
            (PRAISE_OR_SCORN.has(sentence[before] ?? '') && !sentence.some((word) => ASKS.has(word)))) &&
          !TALKS.has(sentence[before + 1] ?? '')
        ) {
          return true;
        }
      }
      continue;
    }
    next += 1;
    while (INTENSIFIERS.has(sentence[next] ?? '')) {
      next += 1;
    }
    // "the live chat is available at weekends": a channel described; "is an agent available?" puts "is" first.
    if (
      JUDGEMENT.has(sentence[next] ?? '') ||
      // "customer service is non existent"
      (sentence[next] === 'non' && sentence[next + 1] === 'existent') ||
      (sentence[next] === 'available' && isASupportChannel(sentence, index))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the contact verb at `cue` is in a wait told: "had to wait 30 minutes to talk to an agent". "I have been
 * waiting to talk to an agent" and "I want to wait to talk to a manager" are not read here.
 */
export function isAWaitTold(tokens: readonly string[], cue: number): boolean {
  for (let index = cue - 1; index >= Math.max(1, cue - 8); index -= 1) {
    if (
      (tokens[index] === 'wait' && tokens[index - 1] === 'to' && tokens[index - 2] === 'had') ||
      // "I waited 40 minutes to talk to someone"
      (tokens[index] === 'waited' && SPEAKER_WAITED.has(tokens[index - 1] ?? ''))
    ) {
      return true;
    }
  }
  return false;
}

const THROUGH = new Set(words(`through thru via`));
const BOUGHT = new Set(words(`booked bought purchased ordered paid applied signed insured rented`));

/** Whether the word for someone at `index` sold the customer something: "I booked through an agent". */
export function isAnIntermediary(tokens: readonly string[], index: number): boolean {
  let before = index - 1;
  if (['a', 'an', 'the', 'my', 'our', 'another', 'some'].includes(tokens[before] ?? '')) {
    before -= 1;
  }
  return THROUGH.has(tokens[before] ?? '') && BOUGHT.has(tokens[before - 1] ?? '');
}
