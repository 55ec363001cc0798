// Recognises a question about what the bot is ("are you a real person?", "gerçek bir insan mısın?") or a saying that
// it is one, which asks for no one yet.
import { ENGLISH_NEGATORS } from './negation.js';
import { joinedWords } from './normalise.js';
import { ENGLISH_CUES, words } from './human-request-cues.js';

// Words that may open the question before it: "hold on, am I talking to a bot", "seriously though are you a person".
const OPENING =
  '(?:(?:so|hey|wait|hi|ok|okay|hold on|hang on|um|sorry|honestly|seriously|though|but|lol|man|dude|bro|mate) )*';
// Words that may close it: "are you a person just curious", "is this a bot lol".
const CLOSING = '(?: (?:just curious|out of curiosity|lol|haha|though|honestly|seriously|just asking|btw))*';

const BOT_NOUNS = new Set([
  'insan',
  'robot',
  'bot',
  'makine',
  'kisi',
  'zeka',
  'temsilci',
  'asistan',
  // "gerçek biri misin", "canlı biri misiniz"
  'biri',
  'birisi',
]);
const SECOND_PERSON_QUESTION = new Set(['misin', 'musun', 'misiniz', 'musunuz']);
const ADDRESSED = new Set([
  'abi',
  'abla',
  'ya',
  'yaa',
  'kanka',
  'hocam',
  'acaba',
  'gercekten',
  'cidden',
  'yoksa',
]);
const ENGLISH_ARE_YOU = new RegExp(
  String.raw`^(?:${OPENING}(?:are|r|is|am) (?:you|u|this|i (?:talking|speaking|chatting|texting) (?:to|with)) (?:(?:actually|really|even|truly|just) )?(?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot|chatbot|virtual assistant|ai)(?: or (?:a |an )?(?:real )?(?:human|person|bot|robot|machine))?|(?:how (?:can|do|would|will) (?:you|u) )?prove (?:that )?(?:you|u) (?:are|re|r) (?:a |an )?(?:real )?(?:human|person|not a bot|not a robot)|who am i (?:talking|speaking|chatting) (?:to|with)|who (?:is|are) (?:this|you)(?: (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|machine))?)${CLOSING}$`,
);
// "is this chat automated?", "who i am talking to", "are you an ai or what": what the bot is, asked in other orders.
const ENGLISH_WHAT_IS_THIS = new RegExp(
  String.raw`^(?:${OPENING}(?:is|are|r) (?:this|you|u|it|this chat|this conversation|this thing|the chat|these answers|your answers) (?:(?:a|an|just|even|all|really|actually|fully) )*(?:automated|automatic|ai|a\.?i|bot|robot|machine|computer|program|recording|scripted|generated|auto generated|chatgpt|live chat|a live chat|a real chat|live|real|human)(?: or (?:what|not|real|human|a person|a human|a real person|a bot|bot|a robot|automated|ai|an ai|a machine))?|${OPENING}who (?:am i|i am|im|i m|is it|r u|are you) (?:(?:talking|speaking|chatting|writing) (?:to|with))?(?: right now| here| now| exactly)?)$`,
);

// "is this customer care?", "is this the help desk": which line the chat is, asked; no one asked for.
const ENGLISH_IS_THIS_THE_LINE = new RegExp(
  String.raw`^${OPENING}(?:is|r) (?:this|it) (?:the )?(?:customer (?:care|service|services|support)|support|help ?desk|helpline|tech support|technical support|billing|right (?:place|number|chat|department))(?: chat| line| team| desk)?$`,
);

// "bot or human?", "u a bot?", "human or machine": the same question with its verb dropped, as chat types it; a word
// for a person alone ("human") stays a request.
const WHAT_ONE = String.raw`(?:a |an )?(?:real |actual |live )?(?:human|human being|person|bot|robot|chatbot|machine|computer|ai)`;
const ENGLISH_VERB_DROPPED = new RegExp(
  String.raw`^${OPENING}(?:(?:you|u) ${WHAT_ONE}(?: or (?:not|${WHAT_ONE}))?|${WHAT_ONE} or ${WHAT_ONE})${CLOSING}$`,
);
// "tell me if you're a bot", "I want to know whether you are a real person", "let me know if u r human": the
// question put as a wish to know.
const ENGLISH_WISH_TO_KNOW = new RegExp(
  String.raw`^${OPENING}(?:(?:please|pls|just) )?(?:tell me|let me know|i (?:want|wanna|need|would like|d like) to know|i wonder|i m wondering|im wondering|just wondering|i am wondering|i m curious|im curious|curious) (?:if|whether) (?:you|u) (?:are|re|r) (?:(?:actually|really|just) )?${WHAT_ONE}(?: or (?:not|${WHAT_ONE}))?${CLOSING}$`,
);

// "you're not a bot, right?", "you are a real person aren't you": the same question with a tag at its end.
const ENGLISH_TAG_QUESTION =
  /^(?:so )?(?:you re|youre|you are|ur|u r|u are) (?:(?:not|really|actually|just|still) )*(?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot|machine|ai|agent|employee)(?: (?:right|are you|aren t you|arent you|yeah|yes|huh|correct|or not|no|then))+$/;

// "you are a real person", "glad you're real", "you're a busy person": the speaker says what the bot is (a person, real),
// which asks for no one else; "you're not real" and "you're just a bot" are left to the bot refusal.
const ENGLISH_SAYS_IT_IS_A_PERSON =
  /^(?:(?:i think|i suppose|i guess|i believe|i know|glad|so glad|im glad|i m glad) )?(?:you re|youre|you are|ur|u r|u are) (?:(?:so|really|actually|definitely|truly|such|very) )*(?:(?:a|an) )?(?:(?:real|nice|busy|good|kind|lovely|funny|smart|great|sweet|clever|friendly|helpful|cool|genuine) )*(?:real|human|person|human being|not fake)$/;

// "am I speaking with a computer", "is this a real person I'm chatting with", "are you an actual employee", "am I
// talking to the front desk right now": who is on the other end, asked about the one answering.
const BEING =
  '(?:(?:a |an )?(?:real |actual |live |genuine |virtual )?(?:human being|human|person|bot|chatbot|robot|machine|computer program|computer|program|ai|agent|assistant|employee|staff member|member of staff|representative|rep|operator|advisor|adviser|man|woman|guy|girl|lady|male|female|recording|automated (?:system|service|assistant|chat|line|response|reply|message)|member of (?:the )?(?:\\S+ )?staff)|(?:the )?(?:front desk|reception|customer service|customer support|help desk|helpdesk|support team))';
const ENGLISH_WHO_IS_THERE = new RegExp(
  `^${OPENING}(?:(?:am i|are we|r we) (?:talking|speaking|chatting|texting|writing|messaging) (?:to|with) ${BEING}|(?:is|are|r) (?:this|you|u|it) ${BEING}(?: (?:i m|im|i am|we re|we are) (?:talking|speaking|chatting|texting|writing|messaging) (?:to|with))?|(?:is|are) (?:this|this chat|this conversation|the chat) with ${BEING}(?: or (?:automated|${BEING}))?)(?: or (?:automated|ai|not|${BEING}))?(?: right now| now| rn| here| at the moment)?${CLOSING}$`,
);
// "gerçek bir insanla mı konuşuyorum?", "bir botla mı yazışıyorum": the same, in Turkish.
const TURKISH_WHO_IS_THERE =
  /^(?:\S+ ){0,3}(?:insanla|kisiyle|biriyle|birisiyle|botla|robotla|makineyle|bilgisayarla|temsilciyle|yapay zekayla|zekayla|personelle|personeliyle|calisanla|calisaniyla|calisanlarla|yetkiliyle) mi (?:konusuyorum|yazisiyorum|yaziyorum|gorusuyorum|konusuyoruz|yazisiyoruz)(?: su an| simdi)?$|^(?:bu )?(?:sohbet|chat|konusma|yazisma) (?:gercek )?(?:biriyle|insanla|kisiyle|temsilciyle) mi (?:yoksa )?(?:otomatik|bot|robot|yapay zeka) mi(?: merak ettim(?: sadece)?| sadece merak ettim)?$/;

// "is this chat run by real people?", "are the replies written by staff or generated?": who answers the chat, asked
// in the passive.
const WHO_ANSWERS = String.raw`(?:a |an )?(?:real |actual |live )?(?:people|humans|human|person|staff|humans or (?:a )?bots?|bot|bots|ai|machine|robots|employee|employees|computer|computers|program|algorithm)`;
const ENGLISH_WHO_ANSWERS = new RegExp(
  String.raw`^${OPENING}(?:is|are) (?:this|this chat|the chat|this service|these messages|these chats|these answers|the replies|your replies|the answers|your answers|my messages|my message|my complaint|my case|my request|my ticket|my claim|my application|my email|my chats|my chats with (?:you|u)|my messages to (?:you|u)) (?:being )?(?:run|read|answered|written|handled|monitored|staffed|manned|sent|typed|seen|checked|reviewed|dealt with) by ${WHO_ANSWERS}(?: or (?:by )?(?:just |a |an )?(?:bot|ai|robot|computer|machine|people|humans|generated|automated|is it all ai|all ai|system|program|algorithm))?$`,
);

// "who will I be talking to on the consultation call", "is the consultation with a real person": who someone of a
// booked call or visit will be, asked; not a request for anyone now.
const ENGLISH_WHO_IT_WILL_BE = new RegExp(
  String.raw`^${OPENING}(?:who (?:will|would|shall|do|am) i (?:be )?(?:talking|speaking|chatting|dealing|meeting) (?:to|with)|(?:is|will) (?:the|my|this|your) (?:consultation|appointment|call|session|meeting|visit|review|assessment|interview|video call|follow up)(?: call)? (?:be )?(?:with|by|done by) ${BEING}(?: or ${BEING})?)(?: (?:on|at|in|during|for) (?:the |my |this |that )?\S+(?: call| visit| appointment)?)?(?: right now| now| exactly| then)?${CLOSING}$`,
);

// "does a real person read these messages", "is there a human reading this": what reads the chat, asked in the active,
// a yes-no question whose subject is a person by their nature and whose verb reads or answers this chat. "Is anybody
// reading this?" and "will an agent check my message?" call for someone.
const OPENERS = new Set(
  words(
    `so hey wait hang hold on hi ok okay um sorry honestly seriously but lol quick question just curious`,
  ),
);
const ASKING_NOW = new Set(words(`is are`));
const ASKING_BASE = new Set(words(`does do`));
const SOMEONE_DETERMINERS = new Set(words(`a an any some`));
const SOMEONE_QUALIFIERS = new Set(words(`real actual live genuine human`));
const READERS = new Set(words(`person human people humans staff employee employees being`));
const READING_ADVERBS = new Set(words(`actually really ever even still also going to`));
const READING_VERBS = new Set(
  words(`read reads reading type types typing answer answers answering respond responds responding reply replies
    replying write writes writing see sees seeing check checks checking monitor monitors monitoring behind watch
    watches watching`),
);
const CHAT_WORDS = new Set(
  words(`this these it my the our chat chats message messages conversation conversations replies answers text texts
    here end complaint case email emails request query eventually later afterwards`),
);
const OTHER_ONE = new Set(words(`or is it its a an just all bot ai robot computer machine automated not by`));

function isWhoReadsAsked(tokens: readonly string[]): boolean {
  let at = 0;
  while (OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  const aux = tokens[at] ?? '';
  if (!ASKING_NOW.has(aux) && !ASKING_BASE.has(aux)) {
    return false;
  }
  at += 1;
  if (ASKING_NOW.has(aux) && (tokens[at] === 'there' || tokens[at] === 'it' || tokens[at] === 'this')) {
    at += 1;
  }
  if (SOMEONE_DETERMINERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  while (SOMEONE_QUALIFIERS.has(tokens[at] ?? '') && READERS.has(tokens[at + 1] ?? '')) {
    at += 1;
  }
  if (!READERS.has(tokens[at] ?? '')) {
    return false;
  }
  at += tokens[at] === 'human' && tokens[at + 1] === 'being' ? 2 : 1;
  while (READING_ADVERBS.has(tokens[at] ?? '')) {
    at += 1;
  }
  if (!READING_VERBS.has(tokens[at] ?? '')) {
    return false;
  }
  at += 1;
  if (tokens[at] === 'at' || tokens[at] === 'to') {
    at += 1;
  }
  const objectStart = at;
  while (CHAT_WORDS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "is this an actual person typing": the verb ends the question.
  const isTypingNow = at === objectStart && at === tokens.length && /ing$/.test(tokens[at - 1] ?? '');
  return (
    (at > objectStart || isTypingNow) &&
    (at === tokens.length || (tokens[at] === 'or' && tokens.slice(at).every((token) => OTHER_ONE.has(token))))
  );
}

// "bunu bir insan mı okuyor", "bu chati gerçek insanlar mı yönetiyor", "(ben) kiminle konuşuyorum şu an": the same, in Turkish.
const WHO_ANSWERS_VERB =
  '(?:okuyo|yaziyo|cevapliyo|okuyor|yaziyor|yonetiyor|cevapliyor|yanitliyor|okuyorlar|yaziyorlar|okunuyor|yaziliyor|cevaplaniyor|yanitlaniyor|okuyacak|cevaplayacak|yanitlayacak|okunacak)';
const TURKISH_WHO_ANSWERS = new RegExp(
  String.raw`^(?:(?:bunu|bunlari|bu|mesaji|mesajlar|mesajlari|cevaplar|cevaplari|chati|sohbeti|mesajlarimi|yaziyi|yazilari|yazdiklarimi|yazismalari|sikayetimi|talebimi|mesajimi|su an|simdi) ){0,3}(?:(?:bir|gercek) ){0,2}(?:insan|insanlar|kisi|kisiler|biri|personel|calisan|calisanlar|temsilci|temsilciler|yetkili) (?:(?:tarafindan )?mi ${WHO_ANSWERS_VERB}|${WHO_ANSWERS_VERB} m[iu])(?: (?:yoksa )?(?:yapay zeka|bot|robot|makine|otomatik) m[iu])?(?: sonunda| acaba| gercekten| sonradan| daha sonra)?$|^(?:ben )?(?:(?:su an|simdi|suan) )?kiminle (?:konusuyorum|yazisiyorum|gorusuyorum)(?: su an| simdi| suan)?(?: adin ne| adiniz ne)?$`,
);

// "bu bir bot mu", "otomatik cevap mı bu", "yapay zeka mı bu": what the one answering is, asked of it in the third person.
const TURKISH_IS_IT_A_BOT =
  /^(?:bu )?(?:bir )?(?:bot|robot|chatbot|makine|yapay zeka|otomatik(?: sistem| cevap| yanit| mesaj)?) m[iu](?: bu)?(?: acaba| yoksa)?$/;

// "insan mısın bot mu", "robot musun yoksa gerçek kişi misin": which of the two the bot is, asked.
const TURKISH_WHICH_ONE =
  /^(?:\S+ ){0,2}(?:insan|robot|bot|makine|kisi) (?:misin|musun|misiniz|musunuz) (?:yoksa )?(?:gercek )?(?:insan|robot|bot|makine|kisi) (?:mi|mu|misin|musun|misiniz|musunuz)$/;

// "is this chat going to a real person or not", "did a person write this reply or a bot", "wait is this an automated
// system or are you a person": which of the two answers, a person or a machine, asked as a question with "or"; the
// speaker asks for nobody unless a word of their own wish comes in ("is there a human I can talk to or is it all bots").
const WHICH_ASKING = new Set(words(`is are am r was were does do did will would has have`));
const WHICH_PERSON = new Set(
  words(
    `human humans person people persons staff employee employees team individual operator rep representative`,
  ),
);
const WHICH_MACHINE = new Set(
  words(`bot bots chatbot chatbots ai robot robots machine machines computer computers automated automatic automation
    auto program algorithm scripted generated software`),
);
const WHICH_OR = new Set(words(`or vs versus`));
const WHICH_WISHING = new Set(
  words(`me want wanna need needs let please pls prefer rather give get connect transfer put speak talk`),
);
const MODALS_OF_I = new Set(words(`can could may`));
// "is there anyone human working there or just bots??": anyone there, asked for.
const WHICH_ANYONE = new Set(words(`anyone anybody someone somebody`));

function isPersonOrMachineAsked(tokens: readonly string[]): boolean {
  let at = 0;
  while (OPENERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "@brand is there a human writing these": a handle may come first.
  if (!WHICH_ASKING.has(tokens[at] ?? '') && !WHICH_ASKING.has(tokens[at + 1] ?? '')) {
    return false;
  }
  const or = tokens.findIndex((token, index) => index > at && WHICH_OR.has(token));
  if (or < 0) {
    return false;
  }
  const before = tokens.slice(0, or);
  const after = tokens.slice(or + 1);
  const isPerson = (token: string): boolean => WHICH_PERSON.has(token);
  const isMachine = (token: string): boolean => WHICH_MACHINE.has(token);
  const setAgainst =
    (before.some(isPerson) && (after.some(isMachine) || (after[0] === 'not' && after.length <= 2))) ||
    (before.some(isMachine) && after.some(isPerson));
  return (
    setAgainst &&
    !tokens.some(
      (token, index) =>
        WHICH_WISHING.has(token) ||
        WHICH_ANYONE.has(token) ||
        (token === 'i' &&
          (MODALS_OF_I.has(tokens[index - 1] ?? '') || MODALS_OF_I.has(tokens[index + 1] ?? ''))),
    )
  );
}

// "şu an bir insanla mı konuşuyorum yoksa bilgisayar mı", "bu tweetleri insan mı yazıyor yapay zeka mı": the same, in
// Turkish: a person and a machine, each asked with the question word or set against each other by "yoksa".
const TURKISH_PERSON = /^(?:insan|kisi|ekib|ekip|calisan|temsilci|personel|yetkili)/;
const TURKISH_MACHINE = /^(?:bot|robot|chatbot|bilgisayar|makine|makina|otomatik|zeka)/;
const TURKISH_QUESTION_WORD = /^m[iu](?:s|y|d|$)/;
const TURKISH_WISHING =
  /^(?:bagla|aktarin|aktarir|aktar$|yonlendir|istiyor|isterim|lazim|gerek|konusmak|gorusmek|konusabilir|gorusebilir|ulasabilir|ulasmak)/;

function isPersonOrMachineAskedInTurkish(tokens: readonly string[]): boolean {
  const asked = tokens.filter((token) => TURKISH_QUESTION_WORD.test(token)).length;
  // "sen bir robotsun değil mi", "insansın değil mi": one of the two, with a tag that asks.
  const isTagged = tokens.at(-2) === 'degil' && TURKISH_QUESTION_WORD.test(tokens.at(-1) ?? '');
  if (isTagged) {
    return (
      tokens.some((token) => TURKISH_PERSON.test(token) || TURKISH_MACHINE.test(token)) &&
      !tokens.some((token) => TURKISH_WISHING.test(token))
    );
  }
  return (
    (asked >= 2 || (asked === 1 && tokens.includes('yoksa'))) &&
    tokens.some((token) => TURKISH_PERSON.test(token)) &&
    tokens.some((token) => TURKISH_MACHINE.test(token)) &&
    !tokens.some((token) => TURKISH_WISHING.test(token))
  );
}

/**
 * "Are you a real person?", "gerçek bir insan mısın?": a question about the bot, not yet a request; so is saying
 * that it is one ("you are a real person").
 */
// "are you a bot please", "is this a real person pls": the question asked politely is the same question.
const PLEADING = new Set(['please', 'pls', 'plz']);

export function isAboutWhatTheBotIs(typed: readonly string[]): boolean {
  let asked = typed.length;
  while (asked > 1 && PLEADING.has(typed[asked - 1] ?? '')) {
    asked -= 1;
  }
  const tokens = asked === typed.length ? typed : typed.slice(0, asked);
  // "sen insan mısın abi": the one addressed named after the question.
  let end = tokens.length;
  while (end > 1 && ADDRESSED.has(tokens[end - 1] ?? '')) {
    end -= 1;
  }
  // "bot musun sen": the pronoun after the question.
  const pronounLast = tokens[end - 1] === 'sen' || tokens[end - 1] === 'siz';
  const last = (pronounLast ? tokens[end - 2] : tokens[end - 1]) ?? '';
  if (SECOND_PERSON_QUESTION.has(last)) {
    const noun = (pronounLast ? tokens[end - 3] : tokens[end - 2]) ?? '';
    // "sen canlı destek misin": live support, as the bot is asked whether it is.
    return BOT_NOUNS.has(noun) || (noun === 'destek' && tokens[end - (pronounLast ? 4 : 3)] === 'canli');
  }
  const joined = joinedWords(tokens);
  return (
    ENGLISH_ARE_YOU.test(joined) ||
    ENGLISH_WHAT_IS_THIS.test(joined) ||
    ENGLISH_IS_THIS_THE_LINE.test(joined) ||
    ENGLISH_TAG_QUESTION.test(joined) ||
    ENGLISH_VERB_DROPPED.test(joined) ||
    ENGLISH_WISH_TO_KNOW.test(joined) ||
    ENGLISH_SAYS_IT_IS_A_PERSON.test(joined) ||
    ENGLISH_WHO_IS_THERE.test(joined) ||
    ENGLISH_WHO_ANSWERS.test(joined) ||
    ENGLISH_WHO_IT_WILL_BE.test(joined) ||
    isWhoReadsAsked(tokens) ||
    isTheChatItselfJudged(tokens) ||
    isPersonOrMachineAsked(tokens) ||
    isPersonOrMachineAskedInTurkish(tokens) ||
    TURKISH_WHO_IS_THERE.test(joined) ||
    TURKISH_WHICH_ONE.test(joined) ||
    TURKISH_WHO_ANSWERS.test(joined) ||
    TURKISH_IS_IT_A_BOT.test(joined)
  );
}

// "is this an official chat?", "can i trust this chat", "how do I know this chat is not a scam": whether the chat itself
// can be trusted, asked; no one asked for.
// "this chat", "this an official chat", "this a trusted chat site": the chat named within a few words of "this".
const THE_CHAT = new Set(words(`chat conversation chatbot`));
const THIS_MOST = 3;
const TRUSTED = new Set(
  words(`trust trusted trustworthy distrust official legit legitimate scam fake genuine authentic verified`),
);
// A person asked for beside it ("is this chat official or can i talk to a human") is the grammar's to read.
const ASKING_FOR_SOMEONE = new Set([
  ...words(`talk speak connect transfer call someone somebody`),
  ...ENGLISH_CUES.strongTargets,
]);

// "I don't trust this chatbot with my details": the bot not trusted with something is the bot refused, not judged
// ("should I trust this chat with my card number" asks about the chat).
function isNotTrustedWith(tokens: readonly string[], chat: number): boolean {
  return (
    tokens[chat + 1] === 'with' &&
    tokens
      .slice(0, chat)
      .some((token, index) => TRUSTED.has(token) && ENGLISH_NEGATORS.has(tokens[index - 1] ?? ''))
  );
}

function isTheChatItselfJudged(tokens: readonly string[]): boolean {
  return (
    tokens.some(
      (token, index) =>
        THE_CHAT.has(token) &&
        tokens.slice(Math.max(0, index - THIS_MOST), index).includes('this') &&
        !isNotTrustedWith(tokens, index),
    ) &&
    tokens.some((token) => TRUSTED.has(token)) &&
    !tokens.some((token) => ASKING_FOR_SOMEONE.has(token))
  );
}

// "tell me if you are a bot", "i want to know if you are human": a wish to know opens the question too.
const QUESTION_OPENERS = new Set(words(`are r is am who you youre ur u tell let i just please pls curious`));

/**
 * Whether a message ends on a question about what the bot is, whatever came before it: "what's your name are you a
 * robot", "hi there are you a bot". Read only when a bot refusal was found, so its many slices cost little.
 */
export function endsAskingWhatTheBotIs(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) => QUESTION_OPENERS.has(token) && isAboutWhatTheBotIs(tokens.slice(index)),
  );
}
