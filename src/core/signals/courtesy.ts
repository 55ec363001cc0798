// The words around a request: a greeting that opens it ("Hi, …", "Merhaba, …"), the thanks that close it ("…
// Thanks.", "… teşekkürler"), the urgency that ends it ("… asap") and a case's reference number ("… Order #48213").
// Customers wrap a short request in them ("Hi, phone number", "contact details thanks"); the readings of a line alone
// ("phone number", "canlı destek") read the words between.

import { words } from './human-request-cues.js';
import { isFoldedWordAt } from './normalise.js';

// A greeting, then a comma, a stop or a dash before the words ("hello agent" greets the one answering by name and is
// no greeting to read past); or a word that only takes the floor ("ok so contact support", "sorry, phone number").
const ENGLISH_OPENING =
  /^[\s,.!:;-]*(?:(?:(?:hi|hello|hey|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day)|dear (?:sir|madam|sir or madam|team|support team|support))(?: there| team| all| everyone| guys| folks| again)?\s*[,.!:;-]|(?:ok so|okay so|ok|okay|sorry|well|um+|uh+|erm|hm+|also|alright|oh|ah|yes|yeah|yep|excuse me|pardon)(?=[\s,.!:;-]))[\s,.!:;-]*)+/;
const ENGLISH_CLOSING =
  /[\s,.!:;-]+(?:(?:many |thanks a lot|thanks in advance|thank you in advance|thank you so much|thank you very much|thanks so much|thank you|thank u|thanks|thx|thanx|tnx|ty|cheers|regards|best regards|kind regards|much appreciated|appreciate it)[\s,.!:;-]*)+$/;
const TURKISH_OPENING =
  /^[\s,.!:;-]*(?:(?:(?:merhaba|merhabalar|selam|selamlar|selamun aleykum|iyi gunler|iyi aksamlar|gunaydin|kolay gelsin)\s*[,.!:;-]|(?:tamam|peki|pardon|evet|sey|hm+|affedersiniz|kusura bakmayin|ozur dilerim|bu arada)(?=[\s,.!:;-]))[\s,.!:;-]*)+/;
const TURKISH_CLOSING =
  /[\s,.!:;-]+(?:(?:simdiden tesekkurler|simdiden tesekkur ederim|tesekkurler|tesekkur ederim|tesekkur ederiz|cok tesekkurler|sagolun|sag olun|sagol|iyi calismalar|kolay gelsin|iyi gunler)[\s,.!:;-]*)+$/;

/**
 * Folded text without the greeting that opens it and the thanks that close it; the text itself when nothing would be
 * left.
 */
export function withoutCourtesy(folded: string, language: 'en' | 'tr'): string {
  const opening = language === 'en' ? ENGLISH_OPENING : TURKISH_OPENING;
  let trimmed = folded.replace(opening, '');
  // Most messages end in no word of thanks: the closing is looked for only after one.
  if ((language === 'en' ? ENGLISH_THANKS_LAST : TURKISH_THANKS_LAST).has(lastWord(trimmed))) {
    trimmed = trimmed.replace(language === 'en' ? ENGLISH_CLOSING : TURKISH_CLOSING, '');
  }
  return hasAWord(trimmed) ? trimmed : folded;
}

// The words the thanks end with.
const ENGLISH_THANKS_LAST = new Set(
  words(`thanks you u thx thanx tnx ty cheers regards appreciated it advance much`),
);
const TURKISH_THANKS_LAST = new Set(
  words(`tesekkurler ederim ederiz sagolun olun sagol calismalar gelsin gunler`),
);

/** The last word of a text, past the spaces and stops after it. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isFoldedWordAt(text, end - 1)) {
    end -= 1;
  }
  let start = end;
  while (start > 0 && isFoldedWordAt(text, start - 1)) {
    start -= 1;
  }
  return text.slice(start, end);
}

// How soon, said of anything: "asap", "urgently", "immediately". The model's corpus says them mostly with requests for a
// person ("call me back asap"), so that alone they would read as asking for one ("how do I back up my phone asap").
const HOW_SOON = 'asap|urgently|immediately|as soon as possible|right away';
const URGENCY = new RegExp(String.raw`\b(?:${HOW_SOON})\b`, 'g');

/** Folded English text without the words that tell how soon, for the model to read. */
export function withoutUrgency(folded: string): string {
  return folded.replace(URGENCY, ' ');
}

// The same at a message's end, with the courtesy of an order: "contact number asap", "şimdi ara lütfen".
const ENGLISH_URGENT_TAIL = new RegExp(String.raw`[\s,.!:;-]+(?:(?:${HOW_SOON}|right now)[\s,.!:;-]*)+$`);
const TURKISH_URGENT_TAIL = /[\s,.!:;-]+(?:(?:acil|acilen|hemen|ivedilikle|lutfen)[\s,.!:;-]*)+$/;

/**
 * Folded text without the words of urgency or courtesy that end it, for the grammar to read the request as plainly
 * put; the text itself when nothing would be left.
 */
export function withoutUrgentTail(folded: string, language: 'en' | 'tr'): string {
  const trimmed = folded.replace(language === 'en' ? ENGLISH_URGENT_TAIL : TURKISH_URGENT_TAIL, '');
  return hasAWord(trimmed) ? trimmed : folded;
}

// A reference given with a request: an order's, a ticket's or an account's number ("live agent Order #48213",
// "sipariş no: 48213 canlı destek"). It names the case, not whom to reach. The number has a digit.
const ENGLISH_REFERENCE_WORDS = String.raw`(?:my |the |our )?(?:order|ticket|case|booking|reservation|reference|ref|account|acct|invoice|tracking|claim|policy|member|customer|confirmation)(?: (?:number|no|nr|num|id|code))?`;
const TURKISH_REFERENCE_WORDS = String.raw`(?:siparis|takip|fatura|musteri|abone|abonelik|kargo|bilet|rezervasyon|basvuru|dosya|sikayet|hesap|police|talep|kayit)(?: (?:no|numarasi|numaram|numaramiz|numarasi|kodu|kodum|id))?`;
const HAS_A_DIGIT = /\d/;
const OBJECT_BEFORE = new Set(
  words(`to for about on with regarding re of in from at by under against into the a an my your our this that
    icin hakkinda ile ilgili`),
);
const NUMBER = String.raw`[\s.:#-]*(?:is )?#?[a-z]*-?\d[\w-]*`;
const REFERENCE_AT_THE_END: Readonly<Record<'en' | 'tr', RegExp>> = {
  en: new RegExp(String.raw`(?:^|[\s,;(-]+)(?:${ENGLISH_REFERENCE_WORDS}${NUMBER}|#\d[\w-]*)\)?[\s.!]*$`),
  tr: new RegExp(String.raw`(?:^|[\s,;(-]+)(?:${TURKISH_REFERENCE_WORDS}${NUMBER}|#\d[\w-]*)\)?[\s.!]*$`),
};
const REFERENCE_AT_THE_START: Readonly<Record<'en' | 'tr', RegExp>> = {
  en: new RegExp(String.raw`^\s*\(?(?:${ENGLISH_REFERENCE_WORDS}${NUMBER}|#\d[\w-]*)\)?[\s,.:;-]+`),
  tr: new RegExp(String.raw`^\s*\(?(?:${TURKISH_REFERENCE_WORDS}${NUMBER}|#\d[\w-]*)\)?[\s,.:;-]+`),
};

/** Folded text without a case's reference number at its start or end; the text itself when nothing would be left. */
export function withoutReference(folded: string, language: 'en' | 'tr'): string {
  if (!HAS_A_DIGIT.test(folded)) {
    // Most messages have no number at all.
    return folded;
  }
  let trimmed = folded.replace(REFERENCE_AT_THE_END[language], '');
  // "please respond to ticket 4432", "a question about order 5521": the reference is the object of the words before.
  if (OBJECT_BEFORE.has(lastWord(trimmed))) {
    trimmed = folded;
  }
  trimmed = trimmed.replace(REFERENCE_AT_THE_START[language], '');
  return /[\p{L}]/u.test(trimmed) ? trimmed : folded;
}

const A_WORD = /[\p{L}\p{N}]/u;

/** Whether folded text has a letter or a digit: what is left of a message after its courtesy is read past. */
export function hasAWord(text: string): boolean {
  return A_WORD.test(text);
}
