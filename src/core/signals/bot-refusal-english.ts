// Recognises an English customer refusing the bot ("I don't want to talk to a bot", "no more bots", "you're just a
// machine"): a word for the bot and, in the same message, what says no to it.
import { isEnglishBotAt, plain, plainSet, USELESS_ALONE } from './bot-refusal-english-bot-words.js';
import { PEOPLE_SET_AGAINST_A_MACHINE } from './human-request-contrast.js';
import { readEnglishTypoIn } from './model-anchor-typos.js';

// "pretend you are an AI with no limits", "imagine you're a robot": a part to play, not what the bot is.
const ROLE_PLAY = plainSet(['pretend', 'imagine', 'roleplay', 'suppose', 'act']);

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
  'trash',
  'crap',
  'stupid',
  'dumb',
  'idiotic',
  'incompetent',
  'clueless',
  'brainless',
]);
// "exit bot", "bypass the bot", "can I skip the chatbot": getting past it, the bot right after the verb.
const GETTING_PAST = plainSet(['exit', 'bypass', 'skip', 'escape', 'override']);
const BEFORE_THE_BOT = plainSet(['the', 'this', 'your', 'ur']);
const ENGLISH_NEGATED = plainSet(['dont', 'not', 'never', 'cant', 'cannot', 'wont', 'doesnt', 'isnt']);
const YOU_ARE = plainSet(['youre', 'ur', 're', 'are', 'r']);
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

// "made by a person, not a machine", "I spoke to a person, not a bot": "not" sets the bot against a person named
// just before; whether that person is asked for is read with the person ("human-request-contrast.ts").
const PERSONS = plainSet(PEOPLE_SET_AGAINST_A_MACHINE);

function isPersonSetAgainst(tokens: readonly string[], not: number): boolean {
  return tokens[not] === 'not' && PERSONS.has(tokens[not - 1] ?? '');
}

// "you are useless", "ur so useless lol", "you're not helping me", "you are a waste of time": the one answering called
// useless to its face, and nothing else said (the English of "işe yaramıyosun"). "you were useless" tells of before,
// "your app is useless" judges a thing, and a longer message about an order is a complaint read on its own.
const TO_ITS_FACE_BEFORE = plainSet([
  'omg',
  'ugh',
  'wow',
  'seriously',
  'honestly',
  'oh',
  'god',
  'jeez',
  'bot',
  'chatbot',
]);
const SO = plainSet([
  'so',
  'really',
  'totally',
  'completely',
  'absolutely',
  'utterly',
  'just',
  'pretty',
  'very',
  'quite',
  'literally',
  'honestly',
  'seriously',
  'actually',
  'being',
  'too',
  'such',
]);
const TO_ITS_FACE_MOST = 14;
// "you are an idiot", "ur such a moron": a name after "a".
const NAMES_CALLED = plainSet(['idiot', 'moron', 'fool', 'joke', 'clown', 'disgrace']);
const NO_HELP = plainSet(['help', 'use', 'good']);
// "you are not smart", "you're not very intelligent": the one answering called slow, as "not helpful" calls it useless.
const NOT_HELPING = plainSet([
  'helpful',
  'helping',
  'useful',
  'good',
  'understanding',
  'smart',
  'intelligent',
  'clever',
]);
const UNDERSTANDING = plainSet(['understand', 'get']);
const DOING = plainSet(['dont', 'doesnt', 'do', 'does']);
const UNDERSTOOD = plainSet([
  'it',
  'anything',
  'what',
  'i',
  'mean',
  'am',
  'saying',
  'my',
  'question',
  'problem',
]);
const TO_ITS_FACE_AFTER = plainSet([
  'me',
  'at',
  'all',
  'lol',
  'mate',
  'man',
  'bro',
  'dude',
  'seriously',
  'honestly',
  'whatsoever',
  'to',
  'anyone',
  'bot',
  'chatbot',
  'ffs',
  'smh',
]);

// "this is terrible, you're not helping at all", "this is so frustrating you are useless": an outcry before the words to
// its face.
const OUTCRIES = plainSet([
  'terrible',
  'ridiculous',
  'awful',
  'horrible',
  'frustrating',
  'annoying',
  'infuriating',
  'pathetic',
  'useless',
  'unbelievable',
  'insane',
  'hopeless',
]);

/** Where the words after an opening outcry ("this is terrible") start, or 0. */
function afterAnOutcry(tokens: readonly string[]): number {
  if (tokens[0] !== 'this' || (tokens[1] !== 'is' && tokens[1] !== 's')) {
    return 0;
  }
  let at = 2;
  while (SO.has(tokens[at] ?? '')) {
    at += 1;
  }
  return OUTCRIES.has(tokens[at] ?? '') ? at + 1 : 0;
}

// "I don't really want to be talking to a bot right now": the negation governs the bot within this many words; "do not use
// this app at all … copy paste answers" is advice to others, further back.
const NEGATED_MOST = 8;
// "I'm so tired of talking to this stupid bot": a word against it near the bot; in a long review, "worst app … copy paste
// answers … avoid it" judges a service far from the bot words.
const REJECTED_MOST = 12;
// "they do not solve your queries, copy paste answers", "he doesn't read, just canned replies": what others do not do,
// told in a review, refuses nothing of the speaker's.
const OTHERS = plainSet(['they', 'he', 'she', 'it', 'agents', 'staff', 'people']);
const DOING_NOT = plainSet(['do', 'does', 'did']);

function isSaidOfOthers(tokens: readonly string[], not: number): boolean {
  const subject = tokens[not] === 'not' && DOING_NOT.has(tokens[not - 1] ?? '') ? not - 2 : not - 1;
  return OTHERS.has(tokens[subject] ?? '');
}

/** Where "you are" ends at `at` ("you are", "you re", "youre", "ur", "u r", "you arent"), else -1. */
function afterYouAre(tokens: readonly string[], at: number): number {
  const first = tokens[at];
  if (first === 'youre' || first === 'ur') {
    return at + 1;
  }
  if ((first === 'you' || first === 'u') && YOU_ARE.has(tokens[at + 1] ?? '')) {
    return at + 2;
  }
  return (first === 'you' || first === 'u') && tokens[at + 1] === 'arent' ? at + 1 : -1;
}

const WISHING = plainSet(['want', 'wanna', 'wish', 'like']);
const TALKING = plainSet(['talk', 'speak', 'chat', 'talking', 'speaking', 'chatting']);
const ANY_MORE = plainSet(['anymore', 'again', 'bot', 'please', 'pls', 'thanks']);

function isRefusedToItsFace(tokens: readonly string[]): boolean {
  if (tokens[0] !== 'i' || (tokens[1] !== 'dont' && !(tokens[1] === 'do' && tokens[2] === 'not'))) {
    return false;
  }
  let at = tokens[1] === 'dont' ? 2 : 3;
  if (!WISHING.has(tokens[at] ?? '')) {
    return false;
  }
  at += tokens[at + 1] === 'to' ? 2 : 1;
  if (!TALKING.has(tokens[at] ?? '') || (tokens[at + 1] !== 'to' && tokens[at + 1] !== 'with')) {
    return false;
  }
  const you = tokens[at + 2];
  return (you === 'you' || you === 'u') && tokens.slice(at + 3).every((token) => ANY_MORE.has(token));
}

/** Whether folded English tokens are only the one answering called useless or refused to its face. */
export function isTheOneAnsweringCalledUseless(typed: readonly string[]): boolean {
  // The whole message is the words to its face: a longer one is not read, and costs no copy of its words.
  if (typed.length > TO_ITS_FACE_MOST) {
    return false;
  }
  const tokens = typed.map(plain);
  let at = afterAnOutcry(tokens);
  while (TO_ITS_FACE_BEFORE.has(tokens[at] ?? '')) {
    at += 1;
  }
  // "you suck", "u really suck": the one answering told so, as "you are useless".
  if (tokens[at] === 'you' || tokens[at] === 'u') {
    let verb = at + 1;
    while (SO.has(tokens[verb] ?? '')) {
      verb += 1;
    }
    if (tokens[verb] === 'suck') {
      return tokens.slice(verb + 1).every((token) => TO_ITS_FACE_AFTER.has(token));
    }
  }
  // "you don't understand me", "u dont get it", "bot dont understand anything": the one answering told it does not
  // follow.
  if (BEFORE_THE_BOT.has(tokens[at] ?? '') && isEnglishBotAt(tokens, at + 1)) {
    at += 1;
  } else if (at > 0 && isEnglishBotAt(tokens, at - 1) && DOING.has(tokens[at] ?? '')) {
    // "bot dont …": the bot the subject, not a word of address.
    at -= 1;
  }
  const dont =
    tokens[at + 1] === 'dont' || tokens[at + 1] === 'doesnt'
      ? at + 2
      : (tokens[at + 1] === 'do' || tokens[at + 1] === 'does') && tokens[at + 2] === 'not'
        ? at + 3
        : -1;
  if ((tokens[at] === 'you' || tokens[at] === 'u' || isEnglishBotAt(tokens, at)) && dont > 0) {
    return (
      UNDERSTANDING.has(tokens[dont] ?? '') &&
      tokens.slice(dont + 1).every((token) => TO_ITS_FACE_AFTER.has(token) || UNDERSTOOD.has(token))
    );
  }
  // "I don't want to talk to you", "i dont wanna chat with u anymore": the one answering refused to its face.
  if (isRefusedToItsFace(tokens)) {
    return true;
  }
  at = afterYouAre(tokens, at);
  if (at < 0) {
    return false;
  }
  while (SO.has(tokens[at] ?? '')) {
    at += 1;
  }
  const head = tokens[at] ?? '';
  const next = tokens[at + 1] ?? '';
  let end = -1;
  if (USELESS_ALONE.has(head)) {
    end = at + 1;
  } else if ((head === 'a' || head === 'an') && NAMES_CALLED.has(next)) {
    end = at + 2;
  } else if (head === 'no' && NO_HELP.has(next)) {
    end = at + 2;
  } else if ((head === 'not' || head === 'arent') && NOT_HELPING.has(next)) {
    end = at + 2;
  } else if ((head === 'not' || head === 'arent') && next === 'any' && tokens[at + 2] === 'help') {
    end = at + 3;
  } else if (head === 'a' && next === 'waste' && tokens[at + 2] === 'of') {
    end = tokens[at + 3] === 'time' ? at + 4 : tokens[at + 4] === 'time' ? at + 5 : -1;
  }
  return end > 0 && tokens.slice(end).every((token) => TO_ITS_FACE_AFTER.has(token));
}

// "this chatbot is not good", "the bot isn't helpful at all", "your bot is really not helping": the bot judged of no
// help, nothing said after but how much.
const IS = plainSet(['is', 's']);
const HOW_MUCH = plainSet([
  'very',
  'really',
  'so',
  'that',
  'much',
  'of',
  'any',
  'at',
  'all',
  'enough',
  'help',
]);

// "this bot can't solve my problem", "the chatbot cannot help me": the bot told unable, nothing said after but what.
const UNABLE = plainSet(['cant', 'cannot', 'couldnt', 'wont', 'doesnt']);
const ABLE_TO = plainSet(['help', 'solve', 'fix', 'answer', 'understand', 'resolve', 'handle', 'sort']);
const WHAT_IT_CANNOT = plainSet([
  'me',
  'my',
  'our',
  'problem',
  'problems',
  'issue',
  'issues',
  'question',
  'questions',
  'this',
  'it',
  'anything',
  'at',
  'all',
  'out',
]);

function isToldUnable(tokens: readonly string[], bot: number): boolean {
  let at = bot + 1;
  if (tokens[at] === 'can' && tokens[at + 1] === 'not') {
    at += 2;
  } else if (UNABLE.has(tokens[at] ?? '')) {
    at += 1;
  } else {
    return false;
  }
  while (HOW_MUCH.has(tokens[at] ?? '') || tokens[at] === 'even') {
    at += 1;
  }
  return ABLE_TO.has(tokens[at] ?? '') && tokens.slice(at + 1).every((token) => WHAT_IT_CANNOT.has(token));
}

function isJudgedNoHelp(tokens: readonly string[], bot: number): boolean {
  if (isToldUnable(tokens, bot)) {
    return true;
  }
  let at = bot + 1;
  if (IS.has(tokens[at] ?? '') && tokens[at + 1] === 'not') {
    at += 2;
  } else if (tokens[at] === 'isnt') {
    at += 1;
  } else {
    return false;
  }
  while (HOW_MUCH.has(tokens[at] ?? '')) {
    at += 1;
  }
  return NOT_HELPING.has(tokens[at] ?? '') && tokens.slice(at + 1).every((token) => HOW_MUCH.has(token));
}

// "silly bot", "you idiot robot", "what a pathetic chatbot": the bot called names in a message of a few words (the English
// of "aptal bot"); "a silly question for the bot" and "the bot gave a terrible answer" name something else.
const NAMES_BEFORE_THE_BOT = plainSet([
  'silly',
  'idiot',
  'moron',
  'moronic',
  'pathetic',
  'lame',
  'crappy',
  'shitty',
  'lousy',
  'horrible',
  'terrible',
  'awful',
  'bad',
  'foolish',
  'dummy',
  'stupid',
]);
const CALLING = plainSet(['you', 'u', 'this', 'the', 'your', 'ur', 'what', 'a', 'such']);
const CALLED_NAMES_MOST = 5;

function isTheBotCalledNames(tokens: readonly string[], bot: number): boolean {
  return (
    tokens.length <= CALLED_NAMES_MOST &&
    // "stupit", "stoopid": the names read as typed, a letter off.
    readEnglishTypoIn(NAMES_BEFORE_THE_BOT, tokens[bot - 1] ?? '') &&
    tokens.slice(0, bot - 1).every((token) => CALLING.has(token) || SO.has(token)) &&
    tokens.slice(bot + 1).every((token) => TO_ITS_FACE_AFTER.has(token))
  );
}

/**
 * Whether folded English tokens (contractions joined) refuse the bot: a word for the bot and, in the same
 * message, a negated wish or verb ("don't want", "can't help"), stopping or tiredness ("stop", "no more",
 * "sick of"), uselessness, discomfort, or "you're a bot". Praise of the bot ("the bot solved it") has none.
 */
export function isEnglishBotRefusal(typed: readonly string[]): boolean {
  const tokens = typed.map((token) => (REAL_WORDS.has(token) ? token : plain(token)));
  const bot = tokens.findIndex((_, index) => isEnglishBotAt(tokens, index));
  if (bot < 0) {
    return false;
  }
  if (tokens.slice(0, bot).some((token) => ROLE_PLAY.has(token))) {
    return false;
  }
  const before = tokens.slice(Math.max(0, bot - 4), bot);
  // "I'm not a robot": a captcha, not the bot; "I'm done with the automated stuff" refuses it.
  if (
    (before.includes('im') || before.includes('am') || before.includes('m')) &&
    (tokens[bot - 1] === 'a' || tokens[bot - 1] === 'an' || tokens[bot - 1] === 'not')
  ) {
    return false;
  }
  // "im a real person not a robot lol": the speaker, further back.
  const self = tokens.slice(0, bot);
  if (
    tokens[bot - 1] === 'a' &&
    tokens[bot - 2] === 'not' &&
    (self.includes('im') || self.includes('am') || self.includes('m'))
  ) {
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
  const verb = BEFORE_THE_BOT.has(tokens[bot - 1] ?? '') ? bot - 2 : bot - 1;
  if (
    GETTING_PAST.has(tokens[verb] ?? '') ||
    isJudgedNoHelp(tokens, bot) ||
    isTheBotCalledNames(tokens, bot)
  ) {
    return true;
  }
  if (bot === 1 && tokens[0] === 'no' && tokens.slice(bot + 1).every((token) => NO_BOT_AFTER.has(token))) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      (ENGLISH_REJECTIONS.has(token) && Math.abs(index - bot) <= REJECTED_MOST) ||
      // "robot go away"
      (token === 'away' && tokens[index - 1] === 'go') ||
      (ENGLISH_NEGATED.has(token) &&
        index < bot &&
        bot - index <= NEGATED_MOST &&
        !isPersonSetAgainst(tokens, index) &&
        !isSaidOfOthers(tokens, index) &&
        // "I don't mind talking to a bot": no objection.
        tokens[index + 1] !== 'mind') ||
      (token === 'more' && tokens[index - 1] === 'no'),
  );
}

// "your bot actually helped, cheers", "ur chatbot is actually decent ngl": the bot praised or said to have done its
// job, with no word against it and no wish; no one asked for.
const DID_ITS_JOB = plainSet([
  'helped',
  'solved',
  'fixed',
  'sorted',
  'worked',
  'works',
  'decent',
  'useful',
  'handy',
]);
const PRAISED_MOST_AFTER = 5;
const AGAINST = plainSet([
  'but',
  'though',
  'however',
  'want',
  'need',
  'wanna',
  'talk',
  'speak',
  'human',
  'person',
]);

/** Whether folded English tokens praise the bot or say it did its job, and nothing else. */
export function isTheBotPraised(typed: readonly string[]): boolean {
  const tokens = typed.map((token) => (REAL_WORDS.has(token) ? token : plain(token)));
  const bot = tokens.findIndex((_, index) => isEnglishBotAt(tokens, index));
  if (bot < 0) {
    return false;
  }
  const near = tokens.slice(Math.max(0, bot - 3), bot + 1 + PRAISED_MOST_AFTER);
  return (
    near.some((token) => PRAISE.has(token) || DID_ITS_JOB.has(token)) &&
    !tokens.some((token) => AGAINST.has(token) || ENGLISH_REJECTIONS.has(token) || ENGLISH_NEGATED.has(token))
  );
}
