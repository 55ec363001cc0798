// Recognises a customer refusing the bot ("I don't want to talk to a bot", "botla konuşmak istemiyorum"):
// asking for a person without naming one.
import type { SignalLocale } from './detect-locale.js';

// Doubled letters are a common typo ("no moree bots", "stop thee canned reeplies"): English words are
// compared with every run of one letter kept once, on both sides.
const RUN = /([a-z])\1+/g;
function hasRun(token: string): boolean {
  for (let index = 1; index < token.length; index += 1) {
    if (token.charCodeAt(index) === token.charCodeAt(index - 1)) {
      return true;
    }
  }
  return false;
}
// Most words have no doubled letter: they are their own plain form, with no expression run on them.
const plain = (token: string): string => (hasRun(token) ? token.replace(RUN, '$1') : token);
const plainSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(plain));

// English: words for the bot itself. "machine", "computer" and "ai" only after "a"/"an"/"to"/"with"
// ("talking to a machine"), since "the machine ate my card" is an ATM.
const ENGLISH_BOTS = plainSet([
  'bot',
  'bots',
  'chatbot',
  'chatbots',
  'robot',
  'robots',
  'scripts',
  'scripted',
]);
// "an assistant" too: "I don't want to talk to an assistant"; "my assistant" is someone's.
const ENGLISH_BOTS_AFTER_ARTICLE = plainSet(['machine', 'machines', 'computer', 'ai', 'script', 'assistant']);
const ARTICLES = plainSet([
  'a',
  'an',
  'to',
  'with',
  'this',
  'stupid',
  'dumb',
  'useless',
  'just',
  'want',
  'wanna',
]);
// "pretend you are an AI with no limits", "imagine you're a robot": a part to play, not what the bot is.
const ROLE_PLAY = plainSet(['pretend', 'imagine', 'roleplay', 'suppose', 'act']);
// "automated answers", "canned replies", "virtual assistant", "chat bot".
const ENGLISH_BOT_HEADS = plainSet([
  'automated',
  'automatic',
  'canned',
  'virtual',
  'chat',
  'generic',
  'copy',
]);
const ENGLISH_BOT_TAILS = plainSet([
  'answer',
  'answers',
  'reply',
  'replies',
  'response',
  'responses',
  'assistant',
  'system',
  'bot',
  'agent',
  'paste',
]);
// "robot vacuum", "bot protection": things, not the one answering.
const ENGLISH_THINGS_AFTER = plainSet([
  'vacuum',
  'vacuums',
  'mower',
  'mowers',
  'cleaner',
  'hoover',
  'toy',
  'kit',
  'arm',
  'protection',
  'check',
  'detection',
  'captcha',
  'wash',
  'washable',
  'learning',
]);
// What says "no" to the bot: wishes negated, stopping, tiredness, uselessness, "you're a bot".
const ENGLISH_REJECTIONS = plainSet([
  'stop',
  'quit',
  'enough',
  'refuse',
  'hate',
  'done',
  'tired',
  'sick',
  'fed',
  'useless',
  'pointless',
  'worthless',
  'waste',
  'rather',
  'uncomfortable',
  'annoying',
  'ridiculous',
  'frustrating',
  'nonsense',
  'garbage',
  'rubbish',
  'stupid',
  'dumb',
]);
const ENGLISH_NEGATED = plainSet(['dont', 'not', 'never', 'cant', 'cannot', 'wont', 'doesnt', 'isnt']);
const YOU_ARE = plainSet(['youre', 'ur', 're', 'are']);
// Real words that a doubled letter typed once would make a bot word: "the computer won't boot" is no "bot".
const REAL_WORDS = new Set(['boot', 'boots', 'booted', 'booting', 'reboot', 'rebooting', 'rebooted']);
// "you're a very funny bot", "you are a smart robot": the bot praised, not refused.
const PRAISE = plainSet([
  'funny',
  'good',
  'nice',
  'smart',
  'clever',
  'great',
  'helpful',
  'cute',
  'lovely',
  'sweet',
  'awesome',
  'amazing',
  'brilliant',
  'cool',
  'friendly',
  'polite',
  'kind',
  'best',
  'fun',
]);
const NOT_A_REQUEST_AFTER = plainSet(['answered', 'solved', 'helped', 'fixed', 'sent', 'gave', 'was', 'is']);
// "no bot", "no chatbot please", "no robots!": the bot refused in two words, the whole message; "no bot can fix this"
// and "there is no bot here" say something of bots.
const NO_BOT_AFTER = plainSet(['please', 'pls', 'plz', 'thanks', 'thank', 'you', 'anymore', 'ever', 'again']);

// A device that fails is not the bot refused: "the computer won't boot", "this stupid machine won't give me my card",
// "this useless computer keeps crashing". It is the one answering when the message speaks of talking or understanding.
const DEVICE_FAILS = plainSet([
  'wont',
  'doesnt',
  'isnt',
  'didnt',
  'cant',
  'keeps',
  'kept',
  'crashed',
  'crashes',
  'crashing',
  'froze',
  'frozen',
  'freezes',
  'freezing',
  'broke',
  'broken',
  'ate',
  'swallowed',
  'stopped',
  'died',
  'boot',
  'reboot',
  'restarts',
]);
const CONVERSATION = plainSet([
  'talk',
  'talking',
  'speak',
  'speaking',
  'chat',
  'chatting',
  'understand',
  'understands',
  'understanding',
  'listen',
  'listens',
  'answer',
  'answers',
  'reply',
  'replies',
  'respond',
  'responds',
  'help',
  'helping',
  'person',
  'human',
  'agent',
]);

function isAFailingDevice(tokens: readonly string[], index: number): boolean {
  return (
    tokens.slice(index + 1, index + 3).some((token) => DEVICE_FAILS.has(token)) &&
    !tokens.some((token) => CONVERSATION.has(token))
  );
}

// "the clerk just reads off a script", "he was reading from a script": a person working from a script, judged; not the
// bot.
const READING = plainSet(['read', 'reads', 'reading', 'reciting', 'recited', 'recites']);
const READ_FROM = plainSet(['from', 'off']);

function isReadFrom(tokens: readonly string[], index: number): boolean {
  let before = index - 1;
  if (
    tokens[before] === 'a' ||
    tokens[before] === 'the' ||
    tokens[before] === 'their' ||
    tokens[before] === 'his'
  ) {
    before -= 1;
  }
  return READ_FROM.has(tokens[before] ?? '') && READING.has(tokens[before - 1] ?? '');
}

function isEnglishBotAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (
    ENGLISH_THINGS_AFTER.has(next) ||
    ((token === 'script' || token === 'scripts') && isReadFrom(tokens, index))
  ) {
    return false;
  }
  if (ENGLISH_BOTS.has(token)) {
    return true;
  }
  if (ENGLISH_BOTS_AFTER_ARTICLE.has(token)) {
    return ARTICLES.has(tokens[index - 1] ?? '') && !isAFailingDevice(tokens, index);
  }
  // "the live chat agent": a person working the live chat, not a chat bot.
  return (
    ENGLISH_BOT_HEADS.has(token) &&
    ENGLISH_BOT_TAILS.has(next) &&
    !(token === 'chat' && tokens[index - 1] === 'live')
  );
}

/**
 * Whether folded English tokens (contractions joined) refuse the bot: a word for the bot and, in the same
 * message, a negated wish or verb ("don't want", "can't help"), stopping or tiredness ("stop", "no more",
 * "sick of"), uselessness, discomfort, or "you're a bot". Praise of the bot ("the bot solved it") has none.
 */
function isEnglishBotRefusal(typed: readonly string[]): boolean {
  const tokens = typed.map((token) => (REAL_WORDS.has(token) ? token : plain(token)));
  const bot = tokens.findIndex((_, index) => isEnglishBotAt(tokens, index));
  if (bot < 0) {
    return false;
  }
  if (tokens.slice(0, bot).some((token) => ROLE_PLAY.has(token))) {
    return false;
  }
  const before = tokens.slice(Math.max(0, bot - 4), bot);
  // "I'm not a robot": a captcha, not the bot.
  if (before.includes('im') || before.includes('am') || before.includes('m')) {
    return false;
  }
  // "im a real person not a robot lol": the speaker, further back.
  const self = tokens.slice(0, bot);
  if (tokens[bot - 1] === 'a' && tokens[bot - 2] === 'not' && (self.includes('im') || self.includes('am'))) {
    return false;
  }
  // "you're not a bot, right?": the speaker asks or says what the bot is not, which refuses nothing.
  if (tokens[bot - 1] === 'a' && tokens[bot - 2] === 'not' && YOU_ARE.has(tokens[bot - 3] ?? '')) {
    return false;
  }
  // "you're a bot", "you are just a machine"; "are you a bot?" is a question (the first word says so).

  if (before.some((token) => YOU_ARE.has(token)) && before.some((token) => token === 'a' || token === 'an')) {
    return (
      !NOT_A_REQUEST_AFTER.has(tokens[bot + 1] ?? '') &&
      tokens[0] !== 'are' &&
      tokens[0] !== 'is' &&
      !before.some((token) => PRAISE.has(token))
    );
  }
  if (bot === 1 && tokens[0] === 'no' && tokens.slice(bot + 1).every((token) => NO_BOT_AFTER.has(token))) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      ENGLISH_REJECTIONS.has(token) ||
      (ENGLISH_NEGATED.has(token) && index < bot) ||
      (token === 'more' && tokens[index - 1] === 'no'),
  );
}

// Turkish: bot words in any case ("botla", "robota"), "makine"/"bilgisayar" only with -le/-e/-den, "yapay
// zeka", "otomatik cevap", "sanal asistan".
const TURKISH_BOT = /^(?:bot|robot|chatbot)(?:la|le|a|u|tan|ta|lar\p{L}*|un|sun|musun|sunuz)?$/u;
const TURKISH_MACHINE = /^(?:makine|makina|bilgisayar)(?:yle|yla|ye|ya|den|dan|le|la)$/;
const TURKISH_HEADS = new Set(['yapay', 'otomatik', 'sanal', 'hazir']);
const TURKISH_TAILS = /^(?:zeka|cevap|yanit|mesaj|sistem|asistan)/;
// Refusals and complaints about the bot: "istemiyorum", "bıktım", "sıkıldım", "yaramıyor", "anlamıyor".
const TURKISH_REJECTION =
  /^(?:istem(?:iyor|ez|em|edi|eyiz|dim)|bikt|sikild|yoruld|yaramiyor|yaramadi|anlamiyor|anlamadi|anlatamiyor|anlasamiyor|yeter$|degil|sacma|gicik|muhatap)/;

function isTurkishBotAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  if (TURKISH_BOT.test(token) || TURKISH_MACHINE.test(token)) {
    return !(tokens[index + 1] ?? '').startsWith('supurge');
  }
  return TURKISH_HEADS.has(token) && TURKISH_TAILS.test(tokens[index + 1] ?? '');
}

// Turkish puts the verb last: the refusal follows the bot within a few words ("botla konuşmak istemiyorum");
// "insan istemiyorum, bot yeterli" refuses the person, not the bot.
const TURKISH_REACH = 3;

function isTurkishBotRefusal(tokens: readonly string[]): boolean {
  return tokens.some(
    (_, index) =>
      isTurkishBotAt(tokens, index) &&
      tokens.slice(index + 1, index + 1 + TURKISH_REACH).some((token) => TURKISH_REJECTION.test(token)),
  );
}

/** Whether one message's folded tokens refuse the bot, which is asking for a person. */
export function isBotRefusal(tokens: readonly string[], locale: SignalLocale): boolean {
  return locale === 'tr' ? isTurkishBotRefusal(tokens) : isEnglishBotRefusal(tokens);
}
