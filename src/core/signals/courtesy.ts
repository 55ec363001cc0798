// The courtesy around a message: a greeting that opens it ("Hi, …", "Merhaba, …") and the thanks that close it
// ("… Thanks.", "… teşekkürler"). Customers wrap a short request in them ("Hi, phone number", "contact details
// thanks"); the readings of a line alone ("phone number", "canlı destek") read the words between.

// A greeting, then a comma, a stop or a dash before the words: "hello agent" greets the one answering by name and is
// no greeting to read past.
const ENGLISH_OPENING =
  /^[\s,.!:;-]*(?:(?:hi|hello|hey|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day)|dear (?:sir|madam|sir or madam|team|support team|support))(?: there| team| all| everyone| guys| folks| again)?[\s]*[,.!:;-][\s,.!:;-]*)+/;
const ENGLISH_CLOSING =
  /[\s,.!:;-]+(?:(?:many |thanks a lot|thanks in advance|thank you in advance|thank you so much|thank you very much|thanks so much|thank you|thank u|thanks|thx|thanx|tnx|ty|cheers|regards|best regards|kind regards|much appreciated|appreciate it)[\s,.!:;-]*)+$/;
const TURKISH_OPENING =
  /^[\s,.!:;-]*(?:(?:merhaba|merhabalar|selam|selamlar|selamun aleykum|iyi gunler|iyi aksamlar|gunaydin|kolay gelsin)[\s]*[,.!:;-][\s,.!:;-]*)+/;
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
