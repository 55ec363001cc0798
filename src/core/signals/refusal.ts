// Recognises a sentence that refuses a person ("I don't need an agent", "temsilci istemiyorum"), so the model defers to it.
import type { SignalLocale } from './detect-locale.js';
import { joinEnglishContractions } from './negation.js';

const ENGLISH_NEGATORS = new Set(['dont', 'didnt', 'not', 'never', 'no', 'without']);
const ENGLISH_WISHES = new Set(['want', 'wanna', 'need', 'ask', 'asked', 'require', 'wish', 'interested']);
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
  return tokens.some(
    (token, index) =>
      (PAST_CONTACT.has(token) || (token === 'put' && tokens[index + 1] === 'through')) &&
      PAST_SUBJECT.has(tokens[index - 1] ?? ''),
  );
}

const BOT_NOUNS = new Set(['insan', 'robot', 'bot', 'makine', 'kisi', 'zeka', 'temsilci', 'asistan']);
const SECOND_PERSON_QUESTION = new Set(['misin', 'musun', 'misiniz', 'musunuz']);
const ENGLISH_ARE_YOU =
  /^(?:(?:are|r|is|am) (?:you|u|this|i talking to) (?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot)(?: or (?:a |an )?(?:real )?(?:human|person|bot|robot|machine))?|who am i (?:talking|speaking|chatting) (?:to|with)|who (?:is|are) (?:this|you))$/;

/** "Are you a real person?", "gerçek bir insan mısın?": a question about the bot, not yet a request. */
export function isAskingWhatTheBotIs(tokens: readonly string[]): boolean {
  const last = tokens.at(-1) ?? '';
  if (SECOND_PERSON_QUESTION.has(last)) {
    return BOT_NOUNS.has(tokens.at(-2) ?? '');
  }
  return ENGLISH_ARE_YOU.test(tokens.join(' '));
}
