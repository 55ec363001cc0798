// The courtesy around a message: a greeting that opens it ("Hi, …", "Merhaba, …") and the thanks that close it
// ("… Thanks.", "… teşekkürler"). Customers wrap a short request in them ("Hi, phone number", "contact details
// thanks"); the readings of a line alone ("phone number", "canlı destek") read the words between.

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
  const closing = language === 'en' ? ENGLISH_CLOSING : TURKISH_CLOSING;
  const trimmed = folded.replace(opening, '').replace(closing, '');
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : folded;
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
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : folded;
}
