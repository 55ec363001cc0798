// A whole message of nothing but the business's way of contact: "contact number", "support email", "contact us",
// "customer service phone number?". Picked from a menu or typed as a search, it asks how to reach the business's
// people (as "what is your phone number" does); "my contact number", "update email" name the speaker's own or an act.
import { PLEAS, words } from './human-request-cues.js';
import { JUDGEMENT, PRAISE_OR_SCORN } from './human-request-directory.js';

/** The longest message read this way. */
const BARE_MOST = 6;
const CONTACT_NOUNS = new Set(words(`number numbers no details detail info information email address phone`));
const CHANNEL_WORDS = new Set(words(`phone telephone number email hotline helpline whatsapp toll`));
// "phone number", "email id", "mobile no": a kind of line and its noun, the whole message.
const LINE_KINDS = new Set(words(`phone telephone email mail mobile contact`));
const LINE_ENDS = new Set(words(`number no id address`));
// "toll free no", "helpline no": lines only a business has.
const LINES_OF_THEIR_OWN = new Set(words(`hotline helpline whatsapp toll`));
/** Whose and how asked: the business's words, "your", "please". */
// Round 54: "number for the payroll team?", "out of hours support number", "help desk phone", "email address for the
// HR team".
// Round 68: "manager number", "show store contact information": a manager or a store's line, asked for by a menu's
// verb.
const AROUND = new Set(
  words(`your ur the a please pls plz customer service services care support helpdesk sales billing office company
    team us for of out hours help desk hr payroll complaints claims returns fraud call centre center address free no
    id show give store shop branch manager supervisor`),
);
const THE_BUSINESSS = new Set(
  words(`your ur customer support helpdesk sales billing office company team desk hr payroll complaints claims
    returns fraud centre center store shop branch manager supervisor`),
);

// "phone the office please", "email your team": the channel word as a verb with its object.
const OBJECT_OPENERS = new Set(words(`the your ur a us`));

// "support contact", "office contact please": "contact" as a noun after the business's part, the last word but a plea.

function isTheBusinesssContact(tokens: readonly string[], contact: number): boolean {
  return (
    THE_BUSINESSS.has(tokens[contact - 1] ?? '') &&
    tokens.slice(contact + 1).every((token) => PLEAS.has(token))
  );
}

/** Whether an English message (folded tokens) is only the business's way of contact, asked for. */
export function isBareChannel(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > BARE_MOST) {
    return false;
  }
  const contact = tokens.indexOf('contact');
  if (contact >= 0) {
    const next = tokens[contact + 1] ?? '';
    const isAsked =
      next === 'us' ? contact === 0 : CONTACT_NOUNS.has(next) || isTheBusinesssContact(tokens, contact);
    return (
      isAsked &&
      tokens.every(
        (token, index) =>
          index === contact || index === contact + 1 || AROUND.has(token) || CONTACT_NOUNS.has(token),
      )
    );
  }
  // "phone number", "email id", "mobile no": the line alone, typed at the chat as a menu choice is picked.
  if (tokens.length === 2 && LINE_KINDS.has(tokens[0] ?? '') && LINE_ENDS.has(tokens[1] ?? '')) {
    return true;
  }
  const channels = tokens.filter((token) => CHANNEL_WORDS.has(token));
  // "phone no pls", "email address please": a line asked for with "please", whoever's it is.
  const isPleaded = tokens.some((token) => token === 'please' || token === 'pls' || token === 'plz');
  return (
    channels.length > 0 &&
    !tokens.some((token, index) => CHANNEL_WORDS.has(token) && OBJECT_OPENERS.has(tokens[index + 1] ?? '')) &&
    tokens.every((token) => CHANNEL_WORDS.has(token) || AROUND.has(token)) &&
    (channels.some((token) => LINES_OF_THEIR_OWN.has(token)) ||
      tokens.some((token) => THE_BUSINESSS.has(token)) ||
      isPleaded)
  );
}

// "human intervention", "need human assistance please", "live support": a human's part in the matter named alone,
// which asks for it; "human error" and "human resources" name something else.
const HUMAN = new Set(words(`human live`));
const HUMANS_PART = new Set(
  words(`intervention handoff handover assistance help support interaction touch contact operator`),
);
const AROUND_A_PART = new Set(words(`need needed i want a some please pls plz now asap required`));

/** Whether an English message (folded tokens) only names a human's part, asked for. */
export function isHumanPartAlone(tokens: readonly string[]): boolean {
  if (tokens.length > BARE_MOST) {
    return false;
  }
  const human = tokens.findIndex((token) => HUMAN.has(token));
  return (
    human >= 0 &&
    HUMANS_PART.has(tokens[human + 1] ?? '') &&
    tokens.every((token, index) => index === human || index === human + 1 || AROUND_A_PART.has(token))
  );
}

// "phone number of the college", "email of exam cell", "contact details of the hod", "mail id of college", "college
// contact number", "student helpline number": a line of a part of the business named alone, the part after it or
// before it. "my contact number", "phone number of my landlord", "number of rooms" and the emergency services'
// lines ("helpline of ambulance") are not.
const LINE_WORDS = new Set(
  words(`phone telephone number no email mail id address contact details info information helpline hotline`),
);
const LINE_HEADS = new Set(words(`phone telephone email mail contact helpline hotline`));
const OF = new Set(words(`of for`));
const NOT_THE_BUSINESSS = new Set(
  words(`my our his her their him them mum mom dad friend friends brother sister wife husband son daughter
    landlord s a an rooms staff police ambulance fire firestation emergency`),
);
const PLACES_BEFORE = new Set(
  words(`college school university campus hospital clinic hotel bank branch store shop office company library
    institute department registrar student students admissions faculty`),
);
const PART_MOST = 3;
const IS_AFTER = new Set(words(`what where that it`));
const PART_KINDS = new Set(words(`office desk centre center cell section department team unit`));
const WHERE_BEFORE = new Set(words(`for at in`));
// "what is the college phone number?", "give me the registrar email": asked, the part between.
// "may I know the contact info of JNU", "can you tell me the college email": asked politely.
const ASKING_BEFORE_A_LINE = new Set(
  words(`the your what whats is give me tell please pls plz i need want may can could you u know let share`),
);
// "NSIT contact no", "Acme contact details": the business by its own name and its contact; not a contact kept or
// changed ("update contact number", "new contact details", "customer contact number").
const CONTACT_KEPT = new Set(
  words(`update change edit add new verify correct wrong old remove delete save customer customers primary secondary
    alternate alternative registered personal home work office`),
);
// "the email of confirmation": a message about a thing.
const THINGS_SENT = new Set(
  words(`confirmation receipt order booking invoice payment delivery registration verification purchase`),
);

/** Whether an English message (folded tokens) is only the line of a part of the business. */
export function isALineOfAPartAlone(typed: readonly string[]): boolean {
  // "what's the library's phone number": "is" after "what" and the place's own line, their "s" dropped.
  const tokens = !typed.includes('s')
    ? typed
    : typed.filter(
        (token, index) =>
          token !== 's' ||
          !(PLACES_BEFORE.has(typed[index - 1] ?? '') || IS_AFTER.has(typed[index - 1] ?? '')),
      );
  if (tokens.length > BARE_MOST + 1 || tokens.some((token) => NOT_THE_BUSINESSS.has(token))) {
    return false;
  }
  const start = tokens.findIndex((token) => LINE_WORDS.has(token));
  if (start < 0) {
    return false;
  }
  let end = start;
  while (LINE_WORDS.has(tokens[end] ?? '')) {
    end += 1;
  }
  const line = tokens.slice(start, end);
  const partKind = tokens[start - 1] ?? '';
  if (!line.some((token) => LINE_HEADS.has(token)) && !PART_KINDS.has(partKind)) {
    return false;
  }
  const before = tokens.slice(0, start).filter((token) => !ASKING_BEFORE_A_LINE.has(token));
  // "college phone number please": a plea after the line asks as the line alone does.
  let last = tokens.length;
  while (last > end && PLEAS.has(tokens[last - 1] ?? '')) {
    last -= 1;
  }
  const after = tokens.slice(end, last);
  // "admissions office phone number", "call centre number for Nepal", "baggage desk contact number lagos airport": a
  // part named by a word and its kind, then where at most.
  const isAPartBefore =
    before.length === 2 && PART_KINDS.has(before[1] ?? '') && !NOT_THE_BUSINESSS.has(before[0] ?? '');
  if (isAPartBefore) {
    const where = WHERE_BEFORE.has(after[0] ?? '') ? after.slice(1) : after;
    return where.length <= 2;
  }
  if (after.length === 0) {
    return (
      before.length === 1 &&
      (PLACES_BEFORE.has(before[0] ?? '') ||
        line.includes('helpline') ||
        line.includes('hotline') ||
        (line[0] === 'contact' && line.length > 1 && !CONTACT_KEPT.has(before[0] ?? '')))
    );
  }
  if (before.length > 0 || !OF.has(after[0] ?? '')) {
    return false;
  }
  const part = after.slice(after[1] === 'the' ? 2 : 1);
  return part.length > 0 && part.length <= PART_MOST && !part.some((token) => THINGS_SENT.has(token));
}

// "amazon customer service", "customer care of India Post", "customer support for acme": the business's team named
// alone with the business's name, as menus and search boxes take it. "bad customer service", "customer service jobs"
// and "your customer service sucks" judge it or name a thing.
const TEAMS = [
  ['customer', 'service'],
  ['customer', 'services'],
  ['customer', 'care'],
  ['customer', 'support'],
  ['support', 'team'],
  ['call', 'centre'],
  ['call', 'center'],
  ['help', 'desk'],
] as const;
const NAME_MOST = 3;
const TEAM_OF = new Set(words(`of for at`));
// The team judged ("terrible customer service", the reviews' words), or words that are no name: a determiner, a
// pronoun, a question word, a verb of the speaker's ("i work at a call centre"), a thing of the team's ("customer
// service jobs").
const NOT_A_NAME = new Set([
  ...JUDGEMENT,
  ...PRAISE_OR_SCORN,
  ...words(`free no the a an this that my our his her their is are was were be been sucks suck hours job jobs skills
    training salary number email phone what where how when who why which i we you he she they me us it work works
    worked working workes at in on to for of fora with from by and or call contact need want get speak talk reach`),
]);

/** Whether an English message (folded tokens) only names a team of the business, by the business's name. */
export function isANamedBusinesssTeamAlone(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((token, index) =>
    TEAMS.some(([first, second]) => token === first && tokens[index + 1] === second),
  );
  if (at < 0) {
    return false;
  }
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + 2);
  const name =
    before.length > 0 && after.length === 0
      ? before
      : TEAM_OF.has(after[0] ?? '') && before.length === 0
        ? after.slice(1)
        : [];
  return (
    name.length >= 1 &&
    name.length <= NAME_MOST &&
    name.every((word) => /^[a-z][a-z0-9]*$/.test(word) && !NOT_A_NAME.has(word))
  );
}
