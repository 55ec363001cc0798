// English wording about reaching the business's people that the grammar's verb-and-target reading gets wrong:
// asking for the business's phone number or e-mail (a request it missed). How one usually contacts support (a story it
// took for a request) is in human-request-habit.ts; whom to contact, asked, is at the end.
import { PLEAS, words, YOU_WORDS } from './human-request-cues.js';
import { joinedWords } from './normalise.js';

// A channel that only a business has: "the hotline number", "is there a toll-free number?", "your WhatsApp".
const BUSINESS_CHANNELS = new Set(['hotline', 'helpline', 'tollfree', 'whatsapp', 'switchboard']);
// A channel anyone has: it is the business's only with "your", a team word or "do you have".
const CHANNELS = new Set([
  'number',
  'phone',
  'phonenumber',
  'email',
  'mail',
  'telephone',
  'tel',
  'no',
  'line',
  'contact',
  'extension',
]);
// "phone" is a line only as "phone number", "phone line" or last ("what's your phone?"), not "this phone in your
// store"; "mail" only as "mail id" or "mail address"; "number of staff" counts staff.
const AFTER_PHONE = new Set(['number', 'no', 'line', 'numbers', 'nbr', 'num']);
const AFTER_MAIL = new Set(['id', 'address']);
const REACHING_BY_MAIL = new Set(['contact', 'reach', 'write']);
// "email" is a line as "email address", "the email for support" or last, not "an email consent form".
const AFTER_EMAIL = new Set(['id', 'address', 'for', 'of', 'please', 'pls', 'plz', 'adress', 'addres']);

function isLineWord(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1];
  if (token === 'phone' || token === 'telephone' || token === 'tel') {
    return next === undefined || AFTER_PHONE.has(next);
  }
  if (token === 'email') {
    return next === undefined || AFTER_EMAIL.has(next);
  }
  if (token === 'mail') {
    // "give me your mail to contact you": the address, for writing to the business.
    return (
      next !== undefined &&
      (AFTER_MAIL.has(next) || (next === 'to' && REACHING_BY_MAIL.has(tokens[index + 2] ?? '')))
    );
  }
  // "i want your contact", "your contact please": the business's way of contact as a noun, last.
  if (token === 'contact') {
    return YOUR.has(tokens[index - 1] ?? '') && (next === undefined || next === 'please' || next === 'pls');
  }
  // "the direct line for the depot": a line only as a direct one ("the line at the till" is a queue).
  if (token === 'line') {
    return tokens[index - 1] === 'direct';
  }
  // "your direct extension", "what's your extension", "the extension for billing": a phone's, not a browser's, hair's
  // or a deadline's ("an extension of my deadline").
  if (token === 'extension') {
    return (
      (YOUR.has(tokens[index - 1] ?? '') || tokens[index - 1] === 'direct') &&
      (next === undefined || next === 'number' || next === 'for' || next === 'please')
    );
  }
  // "the number of your office": the business's place; "the number of staff" counts.
  return (
    token !== 'number' ||
    next !== 'of' ||
    (YOUR.has(tokens[index + 2] ?? '') && PLACES.has(tokens[index + 3] ?? ''))
  );
}
// "contact number", "contact details": the business's when nobody else is named ("Derek's contact details").
const CONTACT_NOUNS = new Set([
  'number',
  'email',
  'details',
  'info',
  'information',
  'address',
  'no',
  'phone',
  // "where is the contact form": the business's own way to be written to.
  'form',
]);
// Words for the business's people, anywhere in the clause ("the email for your support team", "what number do I call
// for billing"); "service" and "care" only after "customer" ("the number for the local taxi service" is not theirs).
const BUSINESS_WORDS = new Set([
  'support',
  'helpdesk',
  'desk',
  'sales',
  'billing',
  'team',
  'department',
  'agent',
  'agents',
  'representative',
  'representatives',
  'staff',
  'complaints',
  'reception',
  // "what number do i ring for claims": a part of the business named alone.
  'claims',
  'fraud',
  'returns',
  'bookings',
  'reservations',
  'admissions',
  'payroll',
  // "faculty email": the teaching staff of a school, as its department.
  'faculty',
]);
const AFTER_CUSTOMER = new Set(['service', 'care', 'services']);
// "your office", "your store": the business itself, only with "your".
const PLACES = new Set(['office', 'store', 'shop', 'company', 'business', 'branch']);

/** Whether the word at `index` names the business's people or the business: "support", "customer service", "your office". */
export function isBusinessWord(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const before = tokens[index - 1] ?? '';
  return (
    BUSINESS_WORDS.has(token) ||
    (AFTER_CUSTOMER.has(token) && before === 'customer') ||
    // "the number for your call centre"
    ((token === 'centre' || token === 'center') && before === 'call') ||
    (PLACES.has(token) && (YOUR.has(before) || (before === 'head' && YOUR.has(tokens[index - 2] ?? ''))))
  );
}

const YOUR = new Set(['your', 'ur', 'yours', 'youre']);
// Someone else's number: "my", "John's" (folded to "john s"), "mom's".
const SOMEONE_ELSES = new Set(['my', 'his', 'her', 'their', 'our', 's', 'mine']);
// A number that names a thing, not a line to call: "account number", "tracking number", "customer number".
const THING_NUMBERS = new Set([
  'account',
  'order',
  'tracking',
  'reference',
  'card',
  'policy',
  'confirmation',
  'invoice',
  'serial',
  'ticket',
  'case',
  'booking',
  'flight',
  'pin',
  'id',
  'routing',
  'model',
  // "how do I call an international number": a kind of number the speaker rings, not the business's line.
  'international',
  'overseas',
  'foreign',
  'premium',
  'membership',
  'customer',
  'member',
  'phone',
  'part',
  'seat',
  'room',
  'table',
  'vat',
  'tax',
  'registration',
  'version',
  'page',
  // Round 67: "what's the permit number for the job", "my claim number", "the item number on the receipt".
  ...words(`permit permits licence license claim application batch lot item product sku voucher coupon transaction
    payment receipt loan contract employee student patient record file project job quote unit apartment flat
    building floor gate platform bus train route parcel shipment container vehicle plate`),
]);
// Asking for it: "what is", "where can I find", "is there", "do you have", "give me", "how can I email".
const ASKING = new Set([
  'provide',
  'what',
  'whats',
  'which',
  'where',
  'wheres',
  'have',
  'give',
  'send',
  'share',
  'tell',
  'get',
  'need',
  'want',
  'find',
  'locate',
  'please',
  'pls',
  'plz',
  'how',
]);
// "is there a toll-free number?", "any whatsapp number?": asking only at the start ("the number is not on the site").
const ASKING_FIRST = new Set(['is', 'are', 'any', 'whats', 'your', 'ur']);
// "your number is not on the website", "I don't need your email": no asking.
const NOT = new Set(['not', 'isnt', 'arent', 'doesnt', 'dont', 'never', 'didnt', 'wasnt', 'no']);
// Doing something to one's own number or e-mail: "change my number", "verify the email".
const DONE_TO_IT = new Set([
  'change',
  'update',
  'edit',
  'add',
  'remove',
  'delete',
  'verify',
  'confirm',
  'register',
  'enter',
  'lost',
  'wrong',
  'port',
  'reset',
  'forgot',
  'unsubscribe',
  'block',
  'new',
  'save',
  'check',
  'open',
  'read',
  'write',
  'compose',
  'reply',
]);
const LOST_BEFORE = new Set(words(`for the a`));
// "how to report someone's number on whatsapp": someone reported to a platform, not the business reached.
const REPORTED = new Set(
  words(`someone someones somebody person people user users number numbers account accounts profile profiles scammer
    scammers spammer spammers fraudster`),
);

function isSomeoneReported(tokens: readonly string[], index: number): boolean {
  const after = tokens[index + 1] === 'a' || tokens[index + 1] === 'this' ? index + 2 : index + 1;
  return tokens[index] === 'report' && REPORTED.has(tokens[after] ?? '');
}
const HOW_TO_REACH = new Set(['email', 'mail', 'call', 'phone', 'ring', 'text', 'message', 'whatsapp']);

const CONTACT_US_PARTS = new Set(words(`page form section link button tab`));

// "pricing for WhatsApp and email campaigns", "does it support WhatsApp reminders": a channel as what a product sends
// or works with, not the business's line.
const CHANNEL_FEATURES = new Set(
  words(`campaign campaigns reminder reminders marketing integration integrations api template templates notification
    notifications broadcast broadcasts automation automations chatbot bot bots widget plugin`),
);
const CHANNEL_LIST_MOST = 3;

function isAChannelFeature(tokens: readonly string[], index: number): boolean {
  for (let at = index + 1; at <= index + CHANNEL_LIST_MOST; at += 1) {
    const token = tokens[at] ?? '';
    if (CHANNEL_FEATURES.has(token)) {
      return true;
    }
    if (token !== 'and' && token !== 'or' && !BUSINESS_CHANNELS.has(token) && !CHANNELS.has(token)) {
      return false;
    }
  }
  return false;
}

function isChannelAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if (isAChannelFeature(tokens, index)) {
    return false;
  }
  if (BUSINESS_CHANNELS.has(token) || (token === 'toll' && tokens[index + 1] === 'free')) {
    // "send a WhatsApp to the family group": a message sent, not the business's line.
    return !(token === 'whatsapp' && (tokens[index - 1] === 'a' || tokens[index - 1] === 'an'));
  }
  if (tokens[index - 1] === 'contact' && CONTACT_NOUNS.has(token)) {
    return !isSomeoneElses(tokens, index - 2);
  }
  // "the contact us page", "your contact-us form": the page a business keeps for being reached.
  if (tokens[index - 1] === 'us' && tokens[index - 2] === 'contact' && CONTACT_US_PARTS.has(token)) {
    return true;
  }
  return false;
}

// "what's" folds to "what s": that "s" is "is", not someone's.
const IS_BEFORE_S = new Set([
  'what',
  'that',
  'it',
  'there',
  'where',
  'who',
  'here',
  'how',
  'he',
  'she',
  'whats',
]);

// "the clinic's phone number", "the registrar's office": a place of the business's, owning the line.
const OWNING_PLACES = new Set(
  words(`clinic surgery practice hotel branch store shop office registrar registry college school council department
    hospital pharmacy`),
);

function isSomeoneElses(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    SOMEONE_ELSES.has(token) &&
    (token !== 's' ||
      (!IS_BEFORE_S.has(tokens[index - 1] ?? '') &&
        !OWNING_PLACES.has(tokens[index - 1] ?? '') &&
        // "customer service's email": the business's own team owns it.
        !isBusinessWord(tokens, index - 1)))
  );
}

function isTheBusinesss(tokens: readonly string[], index: number): boolean {
  const from = Math.max(0, index - 4);
  if (tokens.slice(from, index).some((_, offset) => isSomeoneElses(tokens, from + offset))) {
    return false;
  }
  return (
    tokens.slice(from, index).some((token) => YOUR.has(token)) ||
    tokens.some((_, at) => isBusinessWord(tokens, at)) ||
    (isCallingYou(tokens) && !WHICH_WAY.has(tokens[index - 1] ?? '')) ||
    isANumberToCall(tokens, index) ||
    isALineOfAPart(tokens, index) ||
    // "the clinic's phone number", "customer support's email"
    (tokens[index - 1] === 's' &&
      (OWNING_PLACES.has(tokens[index - 2] ?? '') || isBusinessWord(tokens, index - 2))) ||
    tokens.some(
      (token, at) => YOU_WORDS.has(token) && tokens[at - 1] === 'do' && tokens[at + 1] === 'have',
    ) ||
    // "give me email address to let u know", "send me phone number": given to the speaker by the one answering.
    (tokens[index - 1] === 'me' &&
      GIVEN_ME.has(tokens[index - 2] ?? '') &&
      isCallingYouAfter(tokens, index)) ||
    isALineAskedToBeShared(tokens, index)
  );
}

// "could you provide a phone number", "can someone please post an email address", "please share a contact email": a
// line the one answering is asked to give, whose no other word says; "a phone number for the hotel" is the hotel's.
// "please put a phone number": put where the business shows itself, as posted.
const SHARING = new Set(words(`provide share post publish give list put`));
const SHARED_BY = new Set(words(`you u someone somebody anyone anybody`));
// "please put a skype or phone number": the kinds of line may come before it, one or the other.
const LINE_KINDS = new Set(words(`support contact direct valid working official skype whatsapp mobile or`));
const AFTER_LINE_NOUN = new Set(words(`number address id`));

function isALineAskedToBeShared(tokens: readonly string[], index: number): boolean {
  let at = index - 1;
  while (LINE_KINDS.has(tokens[at] ?? '')) {
    at -= 1;
  }
  if (tokens[at] !== 'a' && tokens[at] !== 'an') {
    return false;
  }
  const verb = tokens[at - 1] === 'me' || tokens[at - 1] === 'us' ? at - 2 : at - 1;
  if (!SHARING.has(tokens[verb] ?? '')) {
    return false;
  }
  let asker = verb - 1;
  while (PLEAS.has(tokens[asker] ?? '')) {
    asker -= 1;
  }
  // Asked of someone ("could you", "can someone") or pleaded ("please share"); "provide a valid phone number" bare
  // reads as a form's words.
  const isAsked = SHARED_BY.has(tokens[asker] ?? '') || asker < verb - 1;
  const end = AFTER_LINE_NOUN.has(tokens[index + 1] ?? '') ? index + 2 : index + 1;
  return isAsked && tokens.slice(end).every((token) => PLEAS.has(token));
}

const GIVEN_ME = new Set(words(`give send tell share`));

/** Whether "you" (the one given it) comes after the line: "… to let u know", "… to reach you". */
function isCallingYouAfter(tokens: readonly string[], index: number): boolean {
  return tokens.slice(index + 1).some((token) => YOU_WORDS.has(token));
}

// "i need to call you guys whats the number", "where can i find a number to call you": the business, called.
const CALLING = new Set(['call', 'ring', 'phone', 'contact', 'reach', 'email', 'text']);

function isCallingYou(tokens: readonly string[]): boolean {
  return tokens.some((token, at) => CALLING.has(token) && YOU_WORDS.has(tokens[at + 1] ?? ''));
}

// "is there a number i can call", "a number to ring", "a number I can call to cancel my policy", "what number do I call
// to extend my rental": a line to call, with no one else's named; what for may follow, not another service ("a number
// to call for a taxi").
const CALL_FOR = new Set(words(`to for about regarding re if when at on today now please them`));
const WHICH_MODALS = new Set(words(`do should can could must`));
const LINE_USES = new Set(words(`use dial call ring try`));

// "a number that actually gets answered", "a phone number that works for complaints": a line that reaches someone.
const ANSWERED = new Set(words(`works work answered answers gets picks connects reaches`));

// "what number do I use", "what email should I use to contact the studio", "which address do we use to reach you":
// the business's line to use, asked, with the one reached after it (not someone else's: "to contact my landlord").
const LINES_TO_USE = new Set(words(`number email mail address phone line`));
const TO_REACH = new Set(words(`contact reach email call write`));

function isALineToUseAsked(tokens: readonly string[], index: number): boolean {
  const line = tokens[index] ?? '';
  if (
    !LINES_TO_USE.has(line) ||
    (tokens[index - 1] !== 'what' && tokens[index - 1] !== 'which') ||
    !WHICH_MODALS.has(tokens[index + 1] ?? '') ||
    (tokens[index + 2] !== 'i' && tokens[index + 2] !== 'we')
  ) {
    return false;
  }
  const verb = tokens[index + 3] ?? '';
  // "what number do I use", "which number should I dial": the number, asked as it stands ("which email do I use" may
  // ask which of the speaker's own).
  if (tokens[index + 4] === undefined) {
    return line === 'number' && LINE_USES.has(verb);
  }
  if (verb !== 'use' || tokens[index + 4] !== 'to' || !TO_REACH.has(tokens[index + 5] ?? '')) {
    return false;
  }
  const rest = tokens.slice(index + 6);
  return !rest.some((_, at) => isSomeoneElses(rest, at)) && !rest.some((word) => OTHER_SERVICES.has(word));
}

// "a number to contact my bank", "… to contact them": someone else's number.
const CONTACTED_OTHERS = new Set(words(`my his her their them him another other`));

function isAContactedOne(next: string | undefined): boolean {
  return next !== undefined && CONTACTED_OTHERS.has(next);
}

function isANumberToCall(tokens: readonly string[], index: number): boolean {
  if (isALineToUseAsked(tokens, index)) {
    return true;
  }
  if (tokens[index] !== 'number') {
    return false;
  }
  if (tokens[index + 1] === 'that' || tokens[index + 1] === 'which') {
    const verb = tokens[index + 2] === 'actually' || tokens[index + 2] === 'really' ? index + 3 : index + 2;
    return ANSWERED.has(tokens[verb] ?? '') && !tokens.some((word) => OTHER_SERVICES.has(word));
  }
  const after =
    tokens[index + 1] === 'to'
      ? index + 2
      : (tokens[index + 1] === 'i' && (tokens[index + 2] === 'can' || tokens[index + 2] === 'could')) ||
          (tokens[index + 1] === 'do' && tokens[index + 2] === 'i' && tokens[index - 1] === 'what')
        ? index + 3
        : -1;
  const next = tokens[after + 1];
  return (
    after > 0 &&
    // "is there any number to contact": the number to reach the business by.
    (tokens[after] === 'call' ||
      tokens[after] === 'ring' ||
      (tokens[after] === 'contact' && !isAContactedOne(next))) &&
    (next === undefined || CALL_FOR.has(next) || tokens[after] === 'contact') &&
    !(next === 'for' && (tokens[after + 2] === 'a' || tokens[after + 2] === 'an')) &&
    !tokens.slice(after + 1).some((word) => OTHER_SERVICES.has(word)) &&
    // "what number do I call to reach my son": someone else reached.
    !tokens
      .slice(after + 1)
      .some((word, at, rest) => (word === 'reach' || word === 'contact') && isSomeoneElses(rest, at + 1))
  );
}

// "is there an email I can write to about my complaint", "an email address to send my complaint to": an address of the
// business's to write to, whatever the matter after it.
// "an email address to complain to": the matter, then the address written to.
const WRITING_TO = new Set(words(`write send email contact forward complain`));

function isAnAddressToWriteTo(tokens: readonly string[], index: number): boolean {
  if (tokens[index] !== 'email' || (tokens[index - 1] !== 'an' && tokens[index - 1] !== 'the')) {
    return false;
  }
  let from = tokens[index + 1] === 'address' ? index + 2 : index + 1;
  // "is there an email where I can send my questions": "where" makes the address the place written to.
  const isWhere = tokens[from] === 'where';
  from += isWhere ? 1 : 0;
  const verb =
    tokens[from] === 'to' && !isWhere
      ? from + 1
      : (tokens[from] === 'i' || (isWhere && tokens[from] === 'we')) &&
          (tokens[from + 1] === 'can' || tokens[from + 1] === 'could')
        ? from + 2
        : -1;
  if (verb < 0 || !WRITING_TO.has(tokens[verb] ?? '')) {
    return false;
  }
  if (isWhere) {
    // "i found an email where i can send complaints": asked only by a word before the address, not by "where".
    const before = tokens.slice(0, index);
    if (
      !before.some(
        (token) => token !== 'where' && (ASKING.has(token) || ASKING_FIRST.has(token) || token === 'do'),
      )
    ) {
      return false;
    }
    // "…where I can send it to my lawyer": written to someone else.
    const to = tokens.indexOf('to', verb + 1);
    return to < 0 || tokens[to + 1] === undefined || CALL_FOR.has(tokens[to + 1] ?? '');
  }
  // The address written to, left at the end ("to send my complaint to", "I can write to about…"); not "an email to
  // send to my boss" (a message to someone else).
  const to = tokens.indexOf('to', verb + 1);
  return to > 0 && (tokens[to + 1] === undefined || CALL_FOR.has(tokens[to + 1] ?? ''));
}

// "the email for lost parcel claims", "the direct line for the Birmingham depot", "a number for out of hours", "the
// phone number of the benefits office": a line of a part of the business, named after it; not another service's ("the
// number for a taxi", "the number for the police", "the number for the pizza place nearby", "the car dealer you partner
// with") nor an automated line ("what number do I call to activate the card").
const OTHER_SERVICES = new Set(
  words(`taxi taxis cab cabs police ambulance embassy consulate uber locksmith plumber emergency emergencies 911 999
    112 samaritans voicemail partner partners dealer dealers staying nearby near closest activate activation`),
);
const BEFORE_A_PART = new Set(words(`the your ur`));

const SECOND_WORDS = new Set(words(`number numbers no address id`));

function isALineOfAPart(tokens: readonly string[], index: number): boolean {
  // "the phone number for the council tax office": past the line's second word.
  const prep = SECOND_WORDS.has(tokens[index + 1] ?? '') ? index + 2 : index + 1;
  if (tokens[prep] !== 'for' && tokens[prep] !== 'of') {
    return false;
  }
  let at = prep + 1;
  while (BEFORE_A_PART.has(tokens[at] ?? '')) {
    at += 1;
  }
  const part = tokens.slice(at);
  return (
    part.length > 0 &&
    tokens[at] !== 'a' &&
    tokens[at] !== 'an' &&
    !THING_NUMBERS.has(tokens[at] ?? '') &&
    !part.some((word) => OTHER_SERVICES.has(word))
  );
}

// "please DM your email address", "send us a DM with your email", "provide your phone number": the business asking
// for the customer's own details, not the customer asking for the business's.
const GIVING = new Set(['send', 'give', 'share', 'provide', 'dm', 'email', 'text']);

function isCollectingTheirs(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      GIVING.has(token) &&
      (tokens[index + 1] === 'us' ||
        ((token === 'dm' || token === 'provide') && tokens[index + 1] === 'your')),
  );
}

// "they ought to get a helpline, I hope", "you should get a toll-free number": a line the business lacks,
// wished for in a review. "I hope you have a hotline" is a polite question, and "what", "where", "give", "send"…
// ask for the line whatever comes before.
const HOPING = new Set(['hope', 'hoped', 'hoping', 'hopefully', 'wish', 'wished']);
const SUGGESTING = new Set(['should', 'shud', 'must']);
// "surely you must have a helpline number": what the customer takes for granted, asked; "they must get a hotline" wishes.
const TAKEN_FOR_GRANTED = new Set(['you', 'u']);
const ONLY_HAVING = new Set(['have', 'has', 'get']);

function isALineWishedFor(tokens: readonly string[]): boolean {
  const isWished = tokens.some(
    (token, index) =>
      (SUGGESTING.has(token) && !(token === 'must' && TAKEN_FOR_GRANTED.has(tokens[index - 1] ?? ''))) ||
      (HOPING.has(token) &&
        !tokens.slice(index + 1, index + 3).some((word) => YOUR.has(word) || word === 'you')),
  );
  return (
    isWished &&
    !ASKING_FIRST.has(tokens[0] ?? '') &&
    tokens.every((token) => !ASKING.has(token) || ONLY_HAVING.has(token))
  );
}

const YOUR_ASKS_MOST = 5;

// "how to contact u guys": the business, reached; "how do i contact you by email", "how do I call you from overseas"
// ask which way, as the help pages answer.
const WHICH_WAY = new Set(words(`by from via over through on in with using`));

// "how do I contact you by phone": the business on a line its people answer, as "how do I contact you"; not "by
// letter" or "by email" (ways to write).
const BY_VOICE = new Set(words(`phone telephone call calling whatsapp`));

const HELP = new Set(words(`help support assistance`));

/** Where the one reached comes after a verb of reaching at `index` ("contact", "get in touch with"), else -1. */
function reachedAfter(tokens: readonly string[], index: number): number {
  const token = tokens[index] ?? '';
  const before = tokens[index - 1] ?? '';
  if (before !== 'i' && before !== 'to' && before !== 'we') {
    return -1;
  }
  if (HOW_TO_REACH.has(token) || token === 'contact' || token === 'reach') {
    // "how can I contact to the university", "how to reach to you": "to" as much of the world's English writes it.
    return tokens[index + 1] === 'to' && (token === 'contact' || token === 'reach') ? index + 2 : index + 1;
  }
  // "how can we communicate with you", "how can I communicate to your team the details"
  if (token === 'communicate' && (tokens[index + 1] === 'with' || tokens[index + 1] === 'to')) {
    return index + 2;
  }
  // "how can I get support from your team", "how do I get help from the billing department": the business's people
  // reached for help.
  if (token === 'get' && HELP.has(tokens[index + 1] ?? '') && tokens[index + 2] === 'from') {
    const from = index + 3;
    // "help from your app" is a thing's.
    return tokens.slice(from).some((_, at) => isBusinessWord(tokens, from + at)) ? from : -1;
  }
  // "how do I get in touch with the bank", "any ways to keep in touch with the university"
  return (token === 'get' || token === 'keep') &&
    tokens[index + 1] === 'in' &&
    tokens[index + 2] === 'touch' &&
    tokens[index + 3] === 'with'
    ? index + 4
    : -1;
}

// "how can I reach the company", "how do I get in touch with the bank": the business written to, named as a place,
// and nothing after it but how.
const THE_BUSINESS = new Set(
  words(
    `company business store shop branch office bank hotel firm university college school council municipality library
      clinic museum gym salon academy institute church`,
  ),
);
const AFTER_THE_BUSINESS = new Set(words(`please directly now today by phone email`));

function isTheBusinessAlone(tokens: readonly string[], at: number): boolean {
  // "the water company", "the tax office": one word that says which business.
  const noun = THE_BUSINESS.has(tokens[at + 1] ?? '') ? at + 1 : at + 2;
  return (
    tokens[at] === 'the' &&
    THE_BUSINESS.has(tokens[noun] ?? '') &&
    tokens.slice(noun + 1).every((token) => AFTER_THE_BUSINESS.has(token))
  );
}

function isYouAlone(tokens: readonly string[], at: number): boolean {
  return (
    YOU_WORDS.has(tokens[at] ?? '') &&
    !tokens
      .slice(at + 1)
      .some(
        (token, offset) =>
          WHICH_WAY.has(token) &&
          !BY_VOICE.has(tokens[at + offset + 2] ?? '') &&
          !(tokens[at + offset + 2] === 'the' && BY_VOICE.has(tokens[at + offset + 3] ?? '')),
      )
  );
}

// "which phone number do you have for me", "what email is on file": the speaker's own details as the business holds them.
const ON_FILE = /\b(?:(?:do you|you) have for (?:me|us)|on file|on record|on my account|registered)\b/;

function isTheSpeakersOnFile(tokens: readonly string[]): boolean {
  return ON_FILE.test(joinedWords(tokens));
}

// "I'd like to know your customer service phone number", "would like your email": a wish, as "I want" is.
const WISHING_BEFORE_LIKE = new Set(words(`d would`));

function isAWishToKnow(tokens: readonly string[], index: number): boolean {
  return tokens[index] === 'like' && WISHING_BEFORE_LIKE.has(tokens[index - 1] ?? '');
}

// "do you offer phone support?", "is there live chat support?", "do you have email support": a way to reach the
// business's people asked after, as "do you have a helpline" is; asked with hours ("on weekends") it asks when, and
// "does it support live chat" asks what a product does.
const OFFERING = new Set(words(`offer provide have`));
const WAYS_OF_SUPPORT = new Set(words(`phone telephone email live whatsapp human`));
const SUPPORT_GIVEN = new Set(words(`support help assistance chat`));
const AFTER_THE_WAY = new Set(words(`available option please pls`));

function isAWayOfSupportAsked(tokens: readonly string[]): boolean {
  let at: number;
  if (tokens[0] === 'do' && YOU_WORDS.has(tokens[1] ?? '') && OFFERING.has(tokens[2] ?? '')) {
    at = 3;
  } else if ((tokens[0] === 'is' || tokens[0] === 'are') && tokens[1] === 'there') {
    at = 2;
  } else {
    return false;
  }
  if (tokens[at] === 'a' || tokens[at] === 'any') {
    at += 1;
  }
  if (!WAYS_OF_SUPPORT.has(tokens[at] ?? '') || !SUPPORT_GIVEN.has(tokens[at + 1] ?? '')) {
    return false;
  }
  at += SUPPORT_GIVEN.has(tokens[at + 2] ?? '') ? 3 : 2;
  return tokens.slice(at).every((token) => AFTER_THE_WAY.has(token));
}

/**
 * "what is your hotline number?", "is there a toll-free number?", "what's the email for your support team",
 * "how can I email customer service?": the business's phone number or e-mail asked for is a way to reach its
 * people (a labelling rule of the external dev files). Someone else's ("what is John's number"), one's own
 * ("change my phone number") and a number that names a thing ("my account number") are not.
 */
export function isAskingForContactDetails(clause: readonly string[]): boolean {
  // "tell me your email address so that I can send the police report": what the line is for, after it, is the
  // speaker's own matter.
  const purpose = clause.findIndex((token, index) => index > 2 && isPurposeAt(clause, index));
  const tokens = purpose < 0 ? clause : clause.slice(0, purpose);
  // "is this the number for lost cards", "is this the right email for billing": which line this is, asked.
  if (tokens[0] === 'is' && tokens[1] === 'this') {
    return false;
  }
  if (isALineToReachThemBy(tokens) || isAWayOfSupportAsked(tokens)) {
    return true;
  }
  const isAsked =
    tokens.some((token, index) => ASKING.has(token) || isAWishToKnow(tokens, index)) ||
    ASKING_FIRST.has(tokens[0] ?? '');
  if (WAY_ASKED_FIRST.has(tokens[0] ?? '') && isAWayToReachThem(tokens)) {
    return true;
  }
  // "is there an email I can write to about my complaint": asked before "write" is read as done to one's own e-mail.
  if (isAsked && tokens.some((_, index) => isAnAddressToWriteTo(tokens, index))) {
    return true;
  }
  if (
    !isAsked ||
    isALineWishedFor(tokens) ||
    tokens.some(
      (token, index) =>
        // "a number for lost cards", "the lost property number": lost things, a part of the business's name.
        (DONE_TO_IT.has(token) && !(token === 'lost' && LOST_BEFORE.has(tokens[index - 1] ?? ''))) ||
        isSomeoneReported(tokens, index) ||
        (NOT.has(token) &&
          tokens[index - 1] !== 'ur' &&
          // "customer care no": a number, not "no".
          !(token === 'no' && isBusinessWord(tokens, index - 1))),
    ) ||
    isCollectingTheirs(tokens) ||
    isTheSpeakersOnFile(tokens)
  ) {
    return false;
  }
  // "your phone number?", "ur hotline no": "your" opening the clause asks only of a channel near it ("your store sold
  // me a broken phone" tells), in a clause that short ("your hotline just plays music forever" tells).
  const isAskedByYour = !tokens.some((token) => ASKING.has(token)) && YOUR.has(tokens[0] ?? '');
  if (isAskedByYour && tokens.length > YOUR_ASKS_MOST) {
    return false;
  }
  const nearestChannel = isAskedByYour ? 3 : tokens.length;
  for (let index = 0; index < tokens.length && index <= nearestChannel; index += 1) {
    const token = tokens[index] ?? '';
    // "a number I can call to cancel my policy": the matter after the call is the speaker's, the line is not.
    if (isANumberToCall(tokens, index) && !isSomeoneElses(tokens, index - 1)) {
      return true;
    }
    // "the contact details of my brother", "the number for his office": someone else's.
    if (tokens.some((_, at) => at > index && isSomeoneElses(tokens, at))) {
      continue;
    }
    if (isChannelAt(tokens, index)) {
      return !isSomeoneElses(tokens, index - 1);
    }
    // "do your rooms have a telephone?": a thing that has one, not the business's line.
    const isAThingsPhone =
      tokens[index - 1] === 'a' && tokens[index - 2] === 'have' && !YOU_WORDS.has(tokens[index - 3] ?? '');
    if (
      CHANNELS.has(token) &&
      !isAThingsPhone &&
      // "they said i'd get a code by email": the way a thing comes, not a line asked for.
      !(tokens[index - 1] === 'by' || tokens[index - 1] === 'via') &&
      isLineWord(tokens, index) &&
      !THING_NUMBERS.has(tokens[index - 1] ?? '') &&
      isTheBusinesss(tokens, index)
    ) {
      // "no" is a number only after a channel word ("hotline no"), "your" ("ur no") or a word for the business's
      // people ("pls provide customer care no").
      return token !== 'no' || YOUR.has(tokens[index - 1] ?? '') || isBusinessWord(tokens, index - 1);
    }
    // "how can I email customer service", "how do I call your billing team", "how to contact u guys", "how do I get
    // in touch with you", "how can I reach the company".
    const reached = reachedAfter(tokens, index);
    if (
      reached > 0 &&
      // "how do I call an international number with your plan": some number, not the business.
      tokens[reached] !== 'a' &&
      tokens[reached] !== 'an' &&
      isHowAsked(tokens) &&
      (tokens.some(
        (word, at) =>
          at >= reached &&
          (isBusinessWord(tokens, at) || YOUR.has(word) || (at === reached && isYouAlone(tokens, at))),
      ) ||
        isTheBusinessAlone(tokens, reached))
    ) {
      return true;
    }
  }
  return false;
}

// "at what email can I reach the billing dept", "which number should we contact you on": the line the business's
// people are reached by, asked.
const LINES_ASKED = new Set(words(`email mail number phone line address`));
const REACHING_BY = new Set(words(`reach contact email write call ring`));
const REACHED_BY = new Set(words(`at on to through by please`));

function isALineToReachThemBy(tokens: readonly string[]): boolean {
  const which = tokens.findIndex(
    (token, index) => (token === 'what' || token === 'which') && LINES_ASKED.has(tokens[index + 1] ?? ''),
  );
  if (which < 0) {
    return false;
  }
  const modal = tokens[which + 2] === 'address' || tokens[which + 2] === 'id' ? which + 3 : which + 2;
  if (
    !WHICH_MODALS.has(tokens[modal] ?? '') ||
    !PURPOSE_SPEAKERS.has(tokens[modal + 1] ?? '') ||
    !REACHING_BY.has(tokens[modal + 2] ?? '')
  ) {
    return false;
  }
  const rest = modal + 3;
  return (
    tokens.slice(rest).some((token, at) => isBusinessWord(tokens, rest + at) || YOU_WORDS.has(token)) ||
    (tokens.length > rest && tokens.slice(rest).every((token) => REACHED_BY.has(token)))
  );
}

// "please tell me how to contact billing", "can you tell me how I can email the claims team": "how" asked, with the
// words that ask to be told before it.
const TELL_ME = new Set(
  words(`please pls plz kindly can could would you u tell me let know show explain i want to`),
);

const KNOWING = new Set(words(`i we you u`));

function isHowAsked(tokens: readonly string[]): boolean {
  const how = tokens.indexOf('how');
  return (
    how === 0 ||
    (how > 0 &&
      tokens.slice(0, how).every((token) => TELL_ME.has(token)) &&
      // "I know how to contact billing" tells.
      !tokens.some((token, index) => token === 'know' && KNOWING.has(tokens[index - 1] ?? '')))
  );
}

// "what is the procedure to contact", "the best way to reach your billing team", "steps to contact you": the way to the
// business's people, asked; "the best way to contact my son" is someone else's.
const WAYS = new Set(words(`way ways procedure process steps means method`));
const WAY_ASKED_FIRST = new Set(words(`what whats which is are any tell please pls plz how`));
const WAY_VERBS = new Set(words(`contact reach call email phone ring`));

function isAWayToReachThem(tokens: readonly string[]): boolean {
  const way = tokens.findIndex((token, index) => WAYS.has(token) && tokens[index + 1] === 'to');
  if (way < 0) {
    return false;
  }
  // "any ways to get in touch with the university": the verb of reaching as the how-questions read it.
  const rest = WAY_VERBS.has(tokens[way + 2] ?? '') ? way + 3 : reachedAfter(tokens, way + 2);
  return (
    rest > 0 &&
    (tokens.length === rest ||
      YOU_WORDS.has(tokens[rest] ?? '') ||
      isTheBusinessAlone(tokens, rest) ||
      tokens.slice(rest).some((token, at) => isBusinessWord(tokens, rest + at) || YOUR.has(token)))
  );
}

const PURPOSE_SPEAKERS = new Set(words(`i we`));

/** Whether a purpose starts at `index`: "so that", "so I can", "in order to". */
function isPurposeAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1] ?? '';
  return (
    (token === 'so' && (next === 'that' || (PURPOSE_SPEAKERS.has(next) && tokens[index + 2] === 'can'))) ||
    (token === 'in' && next === 'order' && tokens[index + 2] === 'to')
  );
}

// "who do I contact about a refund", "who should I call to cancel my contract", "who can I speak to about my pension":
// whom to contact at the business, asked (a request since round 4); not "who called me", not a taxi or another
// service ("who do I call for a taxi").
const WHO_OPENERS = new Set(words(`so ok okay hi hello hey then and but um well pls please plz`));
const WHO_MODALS = new Set(words(`do should can could would shall must will`));
const WHO_SPEAKERS = new Set(words(`i we`));
const CONTACT_WHOM = new Set(words(`contact call ring phone email message reach`));
const TALK_WHOM = new Set(words(`speak talk write chat complain`));
const WHAT_ABOUT = new Set(words(`about regarding re to if for with at in now please`));
const WHO_ADVERBS = new Set(words(`actually even then now really`));
const OBLIGED = new Set(words(`need have got`));
// "where can I email you", "where should I write to you": the business's channel asked for by where it is.
const CALL_WHERE = new Set(words(`call ring phone contact email mail text message write`));

/** Whether an English clause asks whom to contact at the business. */
export function asksWhomToContactInEnglish(tokens: readonly string[]): boolean {
  let at = 0;
  while (WHO_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "my claim is so slow who can I complain to about it": speech that runs on into the question.
  if (tokens[at] !== 'who' && tokens[at] !== 'where') {
    const runOn = tokens.findIndex(
      (token, index) =>
        index > at &&
        token === 'who' &&
        WHO_MODALS.has(tokens[index + 1] ?? '') &&
        WHO_SPEAKERS.has(tokens[index + 2] ?? ''),
    );
    at = runOn < 0 ? at : runOn;
  }
  // "where do I ring for business banking support", "where can I contact for a refund": where to call, as whom.
  const isWhere = tokens[at] === 'where';
  if (
    (tokens[at] !== 'who' && tokens[at] !== 'whom' && !isWhere) ||
    !WHO_MODALS.has(tokens[at + 1] ?? '') ||
    !WHO_SPEAKERS.has(tokens[at + 2] ?? '')
  ) {
    return false;
  }
  if (isWhere) {
    // "where can I complain", "where do I go to complain about the driver": where a complaint reaches the business.
    const complain =
      tokens[at + 3] === 'go' && tokens[at + 4] === 'to' && tokens[at + 5] === 'complain' ? at + 5 : at + 3;
    // "where can i complaint": the noun typed for the verb.
    if (tokens[complain] === 'complain' || tokens[complain] === 'complaint') {
      const after = tokens[complain + 1];
      return after === undefined || WHAT_ABOUT.has(after);
    }
    if (!CALL_WHERE.has(tokens[at + 3] ?? '')) {
      return false;
    }
  }
  // "who do I actually talk to", "who should I even call", "who do I need to contact", "who do I have to call"
  const needed = OBLIGED.has(tokens[at + 3] ?? '') && tokens[at + 4] === 'to' ? at + 5 : at + 3;
  const verbAt = WHO_ADVERBS.has(tokens[needed] ?? '') ? needed + 1 : needed;
  const verb = tokens[verbAt] ?? '';
  let rest = verbAt + 1;
  if (TALK_WHOM.has(verb)) {
    // "who can I write?": the "to" left off at the end.
    if (verb === 'write' && tokens[rest] === undefined) {
      // "where can I write" may ask where to type.
      return !isWhere;
    }
    if (tokens[rest] !== 'to' && tokens[rest] !== 'with') {
      return false;
    }
    rest += 1;
  } else if (!CONTACT_WHOM.has(verb) && !(isWhere && CALL_WHERE.has(verb))) {
    return false;
  }
  // "where do I call you", "where can I email you about a refund": the business itself, the one reached.
  if (isWhere && YOU_WORDS.has(tokens[rest] ?? '')) {
    rest += 1;
  }
  const next = tokens[rest];
  return (
    next === undefined ||
    (WHAT_ABOUT.has(next) && !(next === 'for' && (tokens[rest + 1] === 'a' || tokens[rest + 1] === 'an')))
  );
}

// "is there anyone from IT I can ring at this hour", "is there somebody I can phone about my booking confirmation",
// "who's the right person in IT to call": someone the speaker can reach, asked for, whatever names their part of the
// business between them and the verb.
const SOMEONE_REACHABLE = new Set(words(`someone somebody anyone anybody some1 any1`));
const REACHING_VERBS = new Set(
  words(`talk speak chat call ring phone email contact message text write reach ask`),
);
const ABLE = new Set(words(`can could may should do`));
// "is there anyone who can…": someone described, not reached ("anyone that I can ring" still reaches).
const RELATIVES = new Set(words(`who whom`));
const BETWEEN_MOST = 4;
const RIGHT_ONE = new Set(words(`person people contact one guy`));

/** Whether "I can VERB" (or "can I VERB", "to VERB") comes within a few words after `from`. */
function isReachableAfter(tokens: readonly string[], from: number): boolean {
  for (let at = from; at < Math.min(tokens.length, from + BETWEEN_MOST + 3); at += 1) {
    const token = tokens[at] ?? '';
    const verb =
      WHO_SPEAKERS.has(token) && ABLE.has(tokens[at + 1] ?? '')
        ? at + 2
        : ABLE.has(token) && WHO_SPEAKERS.has(tokens[at + 1] ?? '')
          ? at + 2
          : token === 'to'
            ? at + 1
            : -1;
    if (verb >= 0 && REACHING_VERBS.has(tokens[verb] ?? '')) {
      const next = tokens[verb + 1];
      // "who can I call for a taxi": another service.
      return !(next === 'for' && (tokens[verb + 2] === 'a' || tokens[verb + 2] === 'an'));
    }
  }
  return false;
}

/** Whether an English clause asks for someone of the business the speaker can reach. */
export function asksForSomeoneReachable(tokens: readonly string[]): boolean {
  let at = 0;
  while (WHO_OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "who s the right person in IT to call"
  if (tokens[at] === 'who') {
    const one = tokens.slice(at + 2, at + 5).findIndex((token) => RIGHT_ONE.has(token));
    return (
      (tokens[at + 1] === 's' || tokens[at + 1] === 'is') &&
      one >= 0 &&
      isReachableAfter(tokens, at + 3 + one)
    );
  }
  return tokens.some(
    (token, index) =>
      SOMEONE_REACHABLE.has(token) &&
      ((tokens[index - 1] === 'there' && (tokens[index - 2] === 'is' || tokens[index - 2] === 'are')) ||
        (tokens[index - 1] === 's' && tokens[index - 2] === 'there') ||
        tokens[index - 1] === 'theres') &&
      !NOT.has(tokens[index - 3] ?? '') &&
      isReachableAfter(tokens, index + 1) &&
      !tokens.slice(index + 1, index + 1 + BETWEEN_MOST).some((word) => RELATIVES.has(word)),
  );
}
