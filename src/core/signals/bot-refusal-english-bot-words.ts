// Finds a word for the bot in folded English tokens ("bot", "canned replies", "talking to a machine") and sets aside
// the same words for something else: a thing ("robot vacuum"), a failing device, a person reading from a script; and
// the plain form (a doubled letter kept once) in which English words are compared.
import { withSingleLetters } from './letter-runs.js';

// Doubled letters are a common typo ("no moree bots", "stop thee canned reeplies"): English words are
// compared with every run of one letter kept once, on both sides.
export const plain = withSingleLetters;
export const plainSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(plain));

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
/** Names the one answering is called: "you are useless", "you're too stupid", "this worthless machine". */
export const USELESS_ALONE = plainSet([
  'useless',
  'worthless',
  'pointless',
  'hopeless',
  'unhelpful',
  'stupid',
  'dumb',
  'idiotic',
  'silly',
  'incompetent',
  'clueless',
  'brainless',
  'pathetic',
  'rubbish',
  'garbage',
  'trash',
]);
const ARTICLES = new Set([
  ...plainSet(['a', 'an', 'to', 'with', 'this', 'just', 'want', 'wanna']),
  ...USELESS_ALONE,
]);

// "automated answers", "canned replies", "virtual assistant", "chat bot", "the recorded menu".
const ENGLISH_BOT_HEADS = plainSet([
  'automated',
  'recorded',
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
  // "I'm done with the automated stuff", "sick of your automated menu", "this automated thing is useless".
  'stuff',
  'menu',
  'menus',
  'thing',
  'service',
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

/** Whether the folded English token at `index` is a word for the bot, not a thing, a device or a script read. */
export function isEnglishBotAt(tokens: readonly string[], index: number): boolean {
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
    // "I don't want to talk to the AI", "the ai assistant", "no AI please": the one answering is the AI, as "the bot"
    // is; "the machine" and "the computer" stay a device.
    return (
      (ARTICLES.has(tokens[index - 1] ?? '') ||
        (token === 'ai' && (tokens[index - 1] === 'the' || tokens[index - 1] === 'no'))) &&
      !isAFailingDevice(tokens, index)
    );
  }
  // "the live chat agent": a person working the live chat, not a chat bot.
  return (
    ENGLISH_BOT_HEADS.has(token) &&
    ENGLISH_BOT_TAILS.has(next) &&
    !(token === 'chat' && tokens[index - 1] === 'live')
  );
}
