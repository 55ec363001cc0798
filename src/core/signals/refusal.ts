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
