// Turkish lines to a chat companion that name a person or the bot and ask for no one, for the model's reading: small
// talk asked of the bot, what it is asked as a choice, the bot wished a person, likeness, people in general, someone
// met, the bot itself as the one to talk with, a bot wanted as a product.
import { TURKISH_WANTS } from './human-request-cues.js';
import type { Target } from './human-request-targets.js';
import type { Cue } from './human-request-find-cue.js';
import { isEnglishAnchor, isTurkishAnchor, isTurkishPerson } from './model-anchor-words.js';

// "ne konuşmak istersin", "benimle konuşur musun", "insanlarla iyi anlaşır mısın": a verb of talking or getting along
// asked of "you" (one), and no one, no team and no line named but people in general ("canlı destek var mı, daha
// basit konuşur musun" still asks for live support).
const TALKING = /^(?:konus|gorus|sohbet|muhabbet|anlas|tanis)/;
const YOU_SINGULAR = /(?:rs[iu]n|yorsun|m[iu]s[iu]n)$/;
const PEOPLE_IN_GENERAL = /^insanlar/;

function namesOnlyPeopleInGeneral(sentence: readonly string[], alsoAllowed: RegExp): boolean {
  return sentence.every(
    (token) =>
      !(isTurkishAnchor(token) || isTurkishPerson(token)) ||
      alsoAllowed.test(token) ||
      PEOPLE_IN_GENERAL.test(token),
  );
}

function isTalkAskedOfTheBot(sentence: readonly string[]): boolean {
  const talking = sentence.findIndex((token) => TALKING.test(token));
  return (
    talking >= 0 &&
    sentence.slice(talking, talking + 3).some((token) => YOU_SINGULAR.test(token)) &&
    !sentence.some((token) => token === 'bana' || token === 'beni') &&
    namesOnlyPeopleInGeneral(sentence, TALKING)
  );
}

// "bot musun yoksa insan mı", "gerçek biri misin yoksa yapay zeka mı": what the one answering is, asked as a choice.
const ASKED_OF_YOU = /m[iu]s[iu]n(?:[iu]z)?$/;
const BEINGS = /^(?:insan|bot|robot|yapay|makine|kisi|biri|gercek|canli|program)/;

function isAskedWhatItIs(sentence: readonly string[]): boolean {
  const or = sentence.indexOf('yoksa');
  return (
    or > 0 &&
    sentence.slice(0, or).some((token) => ASKED_OF_YOU.test(token)) &&
    BEINGS.test(sentence[or + 1] ?? '')
  );
}

// "keşke insan olsan", "bir insan olsaydın ne yapardın": the bot wished or imagined a person.
// Only a person imagined: "anlayışlı olsanız da beni yetkiliye bağlasanız" (if you were kind) asks.
const IF_YOU_WERE = /^ols[ae](?:n|yd[iu]n|n[iu]z|yd[iu]n[iu]z)$/;
const BEING_A_PERSON = /^(?:insan|biri|kisi|gercek)$/;

// "gerçek bir insanla konuşuyormuş gibi", "insan gibi konuşuyorsun": likeness, nobody asked for.
const AS_IF = /(?:m[iu]s|insan|kisi|biri)$/;

function isLikeness(sentence: readonly string[]): boolean {
  return sentence.some((token, index) => token === 'gibi' && AS_IF.test(sentence[index - 1] ?? ''));
}

// "bugün bir insanla tanıştım, çok hoş biri": someone met, told.
const MET = /^(?:tanis|karsilas)t[iu]m$/;

// "seninle konuşmak istiyorum": the bot itself as the one to talk with, no one else named.
const WITH_YOU = new Set(['seninle', 'senle']);

// A bot wanted as a product: "web sitemiz için AI chatbot istiyoruz", "bize bir yapay zeka asistanı lazım". Refused,
// the bot asks for a person ("bot istemiyorum"), and the grammar reads that first. The bot is the thing wanted, with
// no case ending ("robottan bıktım" is fed up with it).
const BOT_WORDS = /^(?:(?:chat)?bot|robot|asistan)(?:u|unu|um|umuz|umu|lar|lari)?$|^(?:yapay|ai)$/;

function isABotWanted(sentence: readonly string[]): boolean {
  return (
    sentence.some((token) => TURKISH_WANTS.has(token)) &&
    sentence.some((token) => BOT_WORDS.test(token)) &&
    sentence.every((token) => BOT_WORDS.test(token) || !(isTurkishAnchor(token) || isEnglishAnchor(token)))
  );
}

const QUESTION = /^m[iu](?:s[iu]n(?:[iu]z)?|y[iu][mz])?$/;

/** Whether the model's Turkish sentence is said to a chat companion and asks for no one. */
export function isSmallTalk(sentence: readonly string[]): boolean {
  const wishes = sentence.some((token) => TURKISH_WANTS.has(token) || QUESTION.test(token));
  return (
    isTalkAskedOfTheBot(sentence) ||
    isAskedWhatItIs(sentence) ||
    sentence.some(
      (token, index) => IF_YOU_WERE.test(token) && BEING_A_PERSON.test(sentence[index - 1] ?? ''),
    ) ||
    (!wishes && isLikeness(sentence)) ||
    (!wishes &&
      sentence.some((token) => PEOPLE_IN_GENERAL.test(token)) &&
      namesOnlyPeopleInGeneral(sentence, TALKING)) ||
    (!wishes && sentence.some((token) => MET.test(token))) ||
    (sentence.some((token) => WITH_YOU.has(token)) && !sentence.some(isTurkishPerson)) ||
    isABotWanted(sentence)
  );
}

// "insanlarla konuşmak beni yoruyor": people in general, the verbal noun told of, in the grammar; "gerçek insanlarla
// konuşmak istiyorum" still wishes.
const VERBAL_NOUN = /m[ae](?:k|y[iu]|ktan|kten|s[iu])$/;

/** Whether the grammar's match is talking with people in general, with no wish or question in the clause. */
export function isPeopleInGeneral(tokens: readonly string[], target: Target, cue: Cue): boolean {
  return (
    cue.kind === 'contact' &&
    PEOPLE_IN_GENERAL.test(tokens[target.start] ?? '') &&
    VERBAL_NOUN.test(tokens[cue.index] ?? '') &&
    !tokens.some((token) => TURKISH_WANTS.has(token) || QUESTION.test(token))
  );
}
