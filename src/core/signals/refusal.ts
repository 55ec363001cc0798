// Recognises a sentence that refuses a person ("I don't need an agent", "temsilci istemiyorum"), so the model defers to it.
import type { SignalLocale } from './detect-locale.js';
import { joinEnglishContractions } from './negation.js';

const ENGLISH_NEGATORS = new Set(['dont', 'didnt', 'not', 'never', 'no', 'without']);
// "no human needed", "an agent is not necessary": the wish may also come after the person, as a participle.
const ENGLISH_WISHES = new Set([
  'want',
  'wanna',
  'need',
  'needed',
  'necessary',
  'required',
  'ask',
  'asked',
  'require',
  'wish',
  'interested',
]);
const TURKISH_REFUSALS = new Set([
  'istemiyorum',
  'istemiyoruz',
  'istemem',
  'istemeyiz',
  'istemedim',
  'istemedik',
  'gerekmez',
  'gerekmiyor',
  'gereksiz',
]);
const TURKISH_NEEDS = new Set(['gerek', 'ihtiyacim', 'ihtiyac', 'lazim']);
// Refusing the bot is asking for a person: "I don't want to talk to a bot", "botla konuşmak istemiyorum".
const BOT =
  /^(?:bot|bots|robot|robots|chatbot|machine|machines|ai|computer|automated|script|yapay|otomatik|makine\p{L}*|bot[lu]\p{L}*|robot[lu]\p{L}*|bota|robota)$/u;

/**
 * Whether folded tokens of one sentence refuse a person or say one is not needed, without refusing the
 * bot: English "don't want / don't need / no need / never asked", Turkish "istemiyorum", "gerek yok".
 */
export function isRefusal(tokens: readonly string[], locale: SignalLocale): boolean {
  if (tokens.some((token) => BOT.test(token))) {
    return false;
  }
  if (locale === 'tr') {
    return tokens.some(
      (token, index) =>
        TURKISH_REFUSALS.has(token) ||
        (TURKISH_NEEDS.has(token) && tokens[index + 1]?.startsWith('yok') === true),
    );
  }
  const joined = joinEnglishContractions(tokens);
  return joined.some((token, index) => {
    if (!ENGLISH_NEGATORS.has(token)) {
      return false;
    }
    const next = joined[index + 1] ?? '';
    // "do not want", "don't even need": the wish may be one word further.
    return ENGLISH_WISHES.has(next) || ENGLISH_WISHES.has(joined[index + 2] ?? '');
  });
}

// "yesterday I was put through to a person and the call dropped": what happened, not a wish.
const PAST_CONTACT = new Set([
  'transferred',
  'connected',
  'passed',
  'forwarded',
  'redirected',
  'routed',
  'escalated',
  'spoke',
  'talked',
  'chatted',
  'called',
]);
/** "got a call from…": a call or message received, not asked for (read here and by the human-request grammar). */
export const RECEIVED = new Set(['got', 'had', 'received', 'missed', 'gotten']);
export const RECEIVED_THINGS = new Set([
  'call',
  'calls',
  'email',
  'emails',
  'message',
  'messages',
  'text',
  'texts',
  'voicemail',
]);
const PAST_SUBJECT = new Set(['was', 'were', 'got', 'been', 'already', 'i', 'we', 'ive', 'had', 'they']);
const WISH = new Set([
  'want',
  'wanna',
  'need',
  'like',
  'let',
  'can',
  'could',
  'please',
  'pls',
  'would',
  'may',
  'get',
  'again',
]);

// Turkish: a contact verb in the past ("görüştüm", "aradı", "aktarıldım", "konuşmuştum") and no wish in the sentence.
const TURKISH_PAST_CONTACT =
  /^(?:gorus|konus|yazis|ara|bagla|baglan|aktar|aktaril|ulas|yonlendir|yonlendiril|devret|karsilas)(?:t|d)[iu](?:m|k|n|n[iu]z|lar)?$|^(?:gorus|konus|yazis|ara|bagla|baglan|aktar|aktaril|ulas)m[iu]st[iu]m$/;
const TURKISH_WISH =
  /^(?:isti|iste|lazim|gerek|lutfen|rica|talep|m[iu]s[iu]n|m[iu]s[iu]n[iu]z|m[iu]y[iu]m|ihtiyac)/;

// "we asked to talk to the owner and heard nothing back": a request made earlier, told; "I asked to speak to a manager
// and I'm still waiting" is the same request, still open.
export const ASKED = new Set(['asked', 'requested', 'begged', 'demanded', 'pleaded']);
export const STILL_OPEN = new Set(['still', 'waiting', 'yet']);
const ASKED_FOR = new Set(['speak', 'talk', 'chat', 'see', 'be', 'have', 'get', 'call', 'reach', 'meet']);

/**
 * Whether tokens tell of a past contact with someone ("I was transferred to an agent", "dün bir temsilciyle
 * görüştüm") and ask nothing.
 */
export function isPastContactOnly(tokens: readonly string[], locale: SignalLocale = 'en'): boolean {
  if (locale === 'tr') {
    return (
      tokens.some((token) => TURKISH_PAST_CONTACT.test(token)) &&
      !tokens.some((token) => TURKISH_WISH.test(token))
    );
  }
  if (tokens.some((token) => WISH.has(token))) {
    return false;
  }
  // "i got a strange call from someone": a call or message received.
  const received = tokens.findIndex((token) => RECEIVED.has(token));
  if (
    received >= 0 &&
    tokens
      .slice(received + 1, received + 5)
      .some((token, offset) => RECEIVED_THINGS.has(token) && tokens[received + 2 + offset] === 'from')
  ) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      ((PAST_CONTACT.has(token) || (token === 'put' && tokens[index + 1] === 'through')) &&
        PAST_SUBJECT.has(tokens[index - 1] ?? '')) ||
      (ASKED.has(token) &&
        tokens[index + 1] === 'to' &&
        ASKED_FOR.has(tokens[index + 2] ?? '') &&
        !tokens.some((word) => STILL_OPEN.has(word))),
  );
}

const BOT_NOUNS = new Set(['insan', 'robot', 'bot', 'makine', 'kisi', 'zeka', 'temsilci', 'asistan']);
const SECOND_PERSON_QUESTION = new Set(['misin', 'musun', 'misiniz', 'musunuz']);
const ENGLISH_ARE_YOU =
  /^(?:(?:(?:so|hey|wait|hi|ok|okay|hold on|hang on|um|sorry|honestly|seriously|though|but|lol) )*(?:are|r|is|am) (?:you|u|this|i (?:talking|speaking|chatting|texting) (?:to|with)) (?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot)(?: or (?:a |an )?(?:real )?(?:human|person|bot|robot|machine))?|who am i (?:talking|speaking|chatting) (?:to|with)|who (?:is|are) (?:this|you))$/;
// "is this chat automated?", "who i am talking to", "are you an ai or what": what the bot is, asked in other orders.
const ENGLISH_WHAT_IS_THIS =
  /^(?:(?:(?:so|hey|wait|hi|ok|okay|hold on|hang on|um|sorry|honestly|seriously|though|but|lol) )*(?:is|are|r) (?:this|you|u|it|this chat|this conversation|this thing|the chat|these answers|your answers) (?:(?:a|an|just|even|all|really|actually|fully) )*(?:automated|automatic|ai|a\.?i|bot|robot|machine|computer|program|recording|scripted|generated|auto generated|chatgpt|live|real|human)(?: or (?:what|not|real|human|a person|a human|a real person))?|(?:(?:so|hey|wait|hi|ok|okay|hold on|hang on|um|sorry|honestly|seriously|though|but|lol) )*who (?:am i|i am|im|i m|is it|r u|are you) (?:(?:talking|speaking|chatting|writing) (?:to|with))?(?: right now| here| now| exactly)?)$/;

// "you're not a bot, right?", "you are a real person aren't you": the same question with a tag at its end.
const ENGLISH_TAG_QUESTION =
  /^(?:you re|youre|you are|ur|u r|u are) (?:(?:not|really|actually|just|still) )*(?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot|machine|ai)(?: (?:right|are you|aren t you|arent you|yeah|yes|huh|correct|or not|no))+$/;

// "you are a real person", "glad you're real", "you're a busy person": the speaker says what the bot is (a person, real),
// which asks for no one else; "you're not real" and "you're just a bot" are left to the bot refusal.
const ENGLISH_SAYS_IT_IS_A_PERSON =
  /^(?:(?:i think|i suppose|i guess|i believe|i know|glad|so glad|im glad|i m glad) )?(?:you re|youre|you are|ur|u r|u are) (?:(?:so|really|actually|definitely|truly|such|very) )*(?:(?:a|an) )?(?:(?:real|nice|busy|good|kind|lovely|funny|smart|great|sweet|clever|friendly|helpful|cool|genuine) )*(?:real|human|person|human being|not fake)$/;

// "am I speaking with a computer", "is this a real person I'm chatting with", "are you a human being": who is on the
// other end, asked about the one answering.
const BEING =
  '(?:a |an )?(?:real |actual |live |genuine )?(?:human being|human|person|bot|chatbot|robot|machine|computer program|computer|program|ai|agent|automated (?:system|service|assistant|chat|line|response))';
const ENGLISH_WHO_IS_THERE = new RegExp(
  `^(?:(?:so|hey|wait|hi|ok|okay|hold on|hang on|um|sorry|honestly|seriously|though|but|lol) )*(?:(?:am i|are we|r we) (?:talking|speaking|chatting|texting|writing|messaging) (?:to|with) ${BEING}|(?:is|are|r) (?:this|you|u|it) ${BEING}(?: (?:i m|im|i am|we re|we are) (?:talking|speaking|chatting|texting|writing|messaging) (?:to|with))?)(?: right now| now| here| at the moment)?$`,
);
// "gerçek bir insanla mı konuşuyorum?", "bir botla mı yazışıyorum": the same, in Turkish.
const TURKISH_WHO_IS_THERE =
  /^(?:\S+ ){0,3}(?:insanla|kisiyle|botla|robotla|makineyle|bilgisayarla|temsilciyle|yapay zekayla|zekayla) mi (?:konusuyorum|yazisiyorum|yaziyorum|gorusuyorum|konusuyoruz|yazisiyoruz)$/;

/**
 * "Are you a real person?", "gerçek bir insan mısın?": a question about the bot, not yet a request; so is saying
 * that it is one ("you are a real person").
 */
export function isAboutWhatTheBotIs(tokens: readonly string[]): boolean {
  const last = tokens.at(-1) ?? '';
  if (SECOND_PERSON_QUESTION.has(last)) {
    return BOT_NOUNS.has(tokens.at(-2) ?? '');
  }
  const joined = tokens.join(' ');
  return (
    ENGLISH_ARE_YOU.test(joined) ||
    ENGLISH_WHAT_IS_THIS.test(joined) ||
    ENGLISH_TAG_QUESTION.test(joined) ||
    ENGLISH_SAYS_IT_IS_A_PERSON.test(joined) ||
    ENGLISH_WHO_IS_THERE.test(joined) ||
    TURKISH_WHO_IS_THERE.test(joined)
  );
}

// "you talk like a real human", "sounds just like a person": verbs of likeness, nobody asked for.
export const LIKENESS_VERBS = new Set([
  'talk',
  'talks',
  'sound',
  'sounds',
  'write',
  'writes',
  'type',
  'types',
  'seem',
  'seems',
  'act',
  'acts',
  'reply',
  'replies',
]);

// "you sound like a real person", "answer like a human": likeness, not a wish.
const SOUND_LIKE = new Set([...LIKENESS_VERBS, 'respond', 'answer']);
const PERSON_WORDS = new Set(['human', 'person', 'humans', 'people', 'agent', 'someone', 'somebody']);
const THEIR = new Set(['your', 'ur', 'the', 'our', 'those', 'these', 'all']);
const STAFF = new Set([
  'agents',
  'agent',
  'staff',
  'reps',
  'rep',
  'representatives',
  'representative',
  'team',
  'operators',
  'people',
  'employees',
  'advisors',
  'advisers',
  'workers',
  'humans',
  'managers',
]);
const ASKING_ABOUT = new Set([
  'do',
  'does',
  'did',
  'are',
  'were',
  'is',
  'was',
  'dont',
  'doesnt',
  'how',
  'what',
  'which',
  'when',
  'where',
  'why',
]);
// "are your agents available?", "is the team there": asking whether someone can come, a veiled request.
const STILL_WANTED = new Set([
  'available',
  'online',
  'free',
  'around',
  'there',
  'awake',
  'open',
  'busy',
  'working',
  'me',
  'call',
  'contact',
]);
const RELATIONS = new Set([
  'husband',
  'wife',
  'partner',
  'boss',
  'mom',
  'mum',
  'dad',
  'family',
  'accountant',
  'lawyer',
  'son',
  'daughter',
  'brother',
  'sister',
  'friend',
  'friends',
  'parents',
  'landlord',
  'doctor',
]);
const OUR_PEOPLE = new Set([
  'agent',
  'human',
  'person',
  'someone',
  'somebody',
  'rep',
  'representative',
  'staff',
  'manager',
  'supervisor',
  'operator',
]);
const SELF =
  /^(?:im|i m|i am|iam)(?: (?:a|an|just|only|also|actually|really))* (?:real |actual |normal |living |)(?:person|human|human being|people)\b|^(?:im|i am|i m) not a (?:bot|robot|machine)\b/;
const APPLIANCE_EN = /\brobot (?:vacuum|vacuums|mower|mowers|lawnmower|hoover|cleaner|arm|kit|toy)\b/;
const TURKISH_APPLIANCE = /^(?:supurge|kol|kolu|mop|oyuncak|mutfak)/;
// "makine kartımı yuttu", "ATM para vermedi": a machine that failed, no bot refused.
const TURKISH_MACHINE = /^(?:makine|atm|bankamatik|otomat)/;
const TURKISH_PERSON = /^(?:temsilci|yetkili|insan|kisi|operator|biri|musteri|canli)/;
const TURKISH_MACHINE_FAILED = /^(?:yuttu|yutuyor|vermedi|vermiyor|bozuk|bozuldu|calismiyor|takildi)/;

// The people who run support, speaking of their own work: "I'm on the sales team", "I manage a team of 10 agents",
// "how do I transfer a chat to another agent", "does your bot support handoff to a live agent". Work is routed
// or the product is asked about; nobody is asked for the speaker.
const OWN_ROLE =
  /^(?:im|i m|i am|iam|we re|we are|were) (?:on|in|part of|with|from|working in|working on) (?:the |a |our |your )?(?:\S+ ){0,2}(?:team|department|desk|staff)\b|^(?:i|we) (?:manage|lead|run|supervise|oversee|hire|train|coach|onboard) (?:a |an |the |our |my )?(?:\S+ ){0,3}(?:team|teams|agents|staff|reps|representatives|operators|employees|people|department)\b/;
const ROUTING_WORK =
  /^(?:how|where) (?:do|can|should|would) (?:i|we) (?:transfer|route|assign|reassign|forward|hand|move|send|distribute) (?:a |an |new |incoming |all |our |customer |the |open )*(?:chat|chats|ticket|tickets|conversation|conversations|call|calls|case|cases|message|messages|lead|leads|customer|customers)\b/;
const PRODUCT_FEATURE =
  /^(?:does|do|can|will|could|is) (?:your |the |this |ur |a )?(?:bot|chatbot|assistant|system|platform|product|app|tool|software|widget|plugin|integration|ai)s? (?:support|supports|offer|offers|allow|allows|handle|handles|integrate|integrates|provide|provides|include|includes|have|has|do|work|able to|capable of)\b/;
const SPEAKER_OBJECT = new Set(['me', 'us', 'myself', 'mine']);

/** Whether a sentence is someone who runs support speaking of their team, routing work or the product's features. */
export function isAboutRunningSupport(tokens: readonly string[]): boolean {
  const joined = tokens.join(' ');
  if (OWN_ROLE.test(joined) || ROUTING_WORK.test(joined)) {
    return true;
  }
  return PRODUCT_FEATURE.test(joined) && !tokens.some((token) => SPEAKER_OBJECT.has(token));
}

/**
 * Whether a sentence only tells something about people or the bot and asks for nobody: likeness ("you sound like a
 * real person", "insan gibi konuşuyorsun"), the speaker ("im a real person lol"), staff as the subject of a question
 * ("what languages do your agents speak", "are your reps paid on commission"), robot appliances ("robot süpürgem").
 */
export function isAboutPeopleOnly(tokens: readonly string[], locale: SignalLocale): boolean {
  if (locale === 'tr') {
    return tokens.some(
      (token, index) =>
        (token === 'gibi' && ['insan', 'insanlar'].includes(tokens[index - 1] ?? '')) ||
        (token.startsWith('robot') && TURKISH_APPLIANCE.test(tokens[index + 1] ?? '')) ||
        /^robotsupurge/.test(token) ||
        (index === 0 &&
          TURKISH_MACHINE.test(token) &&
          tokens.slice(1, 4).some((word) => TURKISH_MACHINE_FAILED.test(word)) &&
          !tokens.some((word) => TURKISH_PERSON.test(word))),
    );
  }
  const joined = tokens.join(' ');
  if (SELF.test(joined) || APPLIANCE_EN.test(joined)) {
    return true;
  }
  // "i'll talk to my husband and get back to you": the customer's own people, nobody of ours.
  if (
    tokens.some((token, index) => token === 'my' && RELATIONS.has(tokens[index + 1] ?? '')) &&
    !tokens.some((token) => OUR_PEOPLE.has(token))
  ) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    // "sound(s) like a (real) human"
    if (token === 'like' && SOUND_LIKE.has(tokens[index - 1] ?? '')) {
      const rest = tokens.slice(index + 1, index + 4);
      if (rest.some((word) => PERSON_WORDS.has(word))) {
        return true;
      }
    }
    // "do your agents speak…", "are the staff trained…": the staff are the subject, nobody is asked for.
    if (
      THEIR.has(token) &&
      STAFF.has(tokens[index + 1] ?? '') &&
      ASKING_ABOUT.has(tokens[index - 1] ?? '') &&
      !tokens.some((word) => STILL_WANTED.has(word))
    ) {
      return true;
    }
  }
  return false;
}
