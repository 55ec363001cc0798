// Recognises a customer refusing the bot ("I don't want to talk to a bot", "botla konuşmak istemiyorum"):
// asking for a person without naming one. The Turkish reading is here, the English one in bot-refusal-english.ts.
import { isEnglishBotRefusal, isTheOneAnsweringCalledUseless } from './bot-refusal-english.js';
import type { SignalLocale } from './detect-locale.js';
import { words } from './human-request-cues.js';
import { SAID } from './human-request-turkish.js';

// Turkish: bot words in any case ("botla", "robota"), "makine"/"bilgisayar" only with -le/-e/-den, "yapay
// zeka", "otomatik cevap", "sanal asistan".
const TURKISH_BOT = /^(?:bot|robot|chatbot)(?:la|le|a|u|tan|ta|lar\p{L}*|un|unuz|sun|musun|sunuz)?$/u;
const TURKISH_MACHINE = /^(?:makine|makina|bilgisayar)(?:yle|yla|ye|ya|den|dan|le|la)$/;
const TURKISH_HEADS = new Set(['yapay', 'otomatik', 'sanal', 'hazir']);
const TURKISH_TAILS = /^(?:zeka|cevap|yanit|mesaj|sistem|asistan)/;
// Refusals and complaints about the bot: "istemiyorum", "bıktım", "sıkıldım", "yaramıyor", "anlamıyor"; "robot
// değilim" is the speaker (a captcha), not the bot.
const TURKISH_REJECTION =
  /^(?:istem(?:iyor|ez|em|edi|eyiz|dim)|bikt|sikild|yoruld|yaramiyo|yaramadi|anlamiyor|anlamadi|anlatamiyor|anlasamiyor|yeter$|degil(?!im|iz)|sacma|gicik|muhatap)/;

function isTurkishBotAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  // "bu asistan da neyin nesi": the assistant answering, pointed at.
  if (/^asistan/.test(token) && tokens[index - 1] === 'bu') {
    return true;
  }
  if (TURKISH_BOT.test(token) || TURKISH_MACHINE.test(token)) {
    return !(tokens[index + 1] ?? '').startsWith('supurge');
  }
  return TURKISH_HEADS.has(token) && TURKISH_TAILS.test(tokens[index + 1] ?? '');
}

// Turkish puts the verb last: the refusal follows the bot within a few words ("botla konuşmak istemiyorum");
// "insan istemiyorum, bot yeterli" refuses the person, not the bot.
const TURKISH_REACH = 4;
// "botu geç", "robotu atlayın": the bot skipped, an order.
const TURKISH_BOT_SKIPPED = /^(?:bot|robot|chatbot)u$/;
const TURKISH_SKIP = /^(?:gec|gecin|geciniz|gecelim|atla|atlayin|atlayalim)$/;
const ENOUGH_FOR = new Set(['bana', 'bize', 'benim', 'bizim', 'simdilik']);
// "bu bot fena değilmiş", "bot olman sorun değil": not bad, no problem, said of the bot.
const NOT_BAD = new Set(['fena', 'kotu', 'sorun', 'problem', 'mesele', 'dert']);

const QUESTION_PARTICLE = /^m[iu](?:y|s|$)/;

// "senle konuşmak istemiyorum", "işe yaramıyosun": the one answering, refused or called useless to its face;
// "robotlara ihtiyacım yok": no need of the bot.
const WITH_YOU = new Set(['senle', 'seninle']);
const USELESS_YOU = /^yara(?:miyo(?:r)?|maz)s[iu]n(?:[iu]z)?$/;
// "sen anlamıyorsun", "beni anlamıyosunuz": the one answering told it does not follow, in a short message; "anlamıyor
// musun" asks.
const NOT_FOLLOWING_YOU = /^anlam(?:iyo(?:r)?|adi)s[iu]n(?:[iu]z)?$/;
const NOT_FOLLOWING_MOST = 4;

// "aptal bot", "salak robot", "seni istemiyorum bot": the bot called names or refused in a short message.
const NAMES_CALLED = new Set(
  words(
    `aptal salak gerizekali beyinsiz kafasiz yararsiz ise beceriksiz yetersiz berbat gereksiz kullanissiz`,
  ),
);
const SHORT_MOST = 4;

function isANameCalledAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    NAMES_CALLED.has(token) &&
    (token !== 'ise' || tokens[index + 1] === 'yaramaz') &&
    // "bot aptal değil": not one.
    !(tokens[index + 1] ?? '').startsWith('degil')
  );
}

function isTurkishBotSnubbed(tokens: readonly string[]): boolean {
  // "Salak robot, siparişimi bile alamıyorsun": the name right before the bot, however long the message goes on.
  if (
    tokens.some(
      (_, index) =>
        isTurkishBotAt(tokens, index) &&
        !(tokens[index + 1] ?? '').startsWith('degil') &&
        (isANameCalledAt(tokens, index - 1) ||
          (tokens[index - 2] === 'ise' && isANameCalledAt(tokens, index - 2)) ||
          // "yetersiz bir botsun", "ne biçim bot bu": a name with "bir" before the bot, or the bot scorned.
          (tokens[index - 1] === 'bir' && isANameCalledAt(tokens, index - 2)) ||
          (tokens[index - 1] === 'bicim' && tokens[index - 2] === 'ne')),
    )
  ) {
    return true;
  }
  return (
    tokens.length <= SHORT_MOST &&
    tokens.some((_, index) => isTurkishBotAt(tokens, index)) &&
    tokens.some(
      (token, index) =>
        isANameCalledAt(tokens, index) ||
        (token === 'seni' && /^istem(?:iyor|em)/.test(tokens[index + 1] ?? '')),
    )
  );
}

// "mal mısın sen", "salak mısın", "sen aptalsın": the one answering called names to its face, in a short message ("mal
// mı geldi" asks of goods, in the third person).
const YOU_CALLED =
  /^(?:aptal|salak|mal|gerizekali|beyinsiz|ahmak|dangalak|yetersiz|beceriksiz|berbat)(?:s[iu]n(?:[iu]z)?)?$/;
const ARE_YOU = /^m[iu]s[iu]n(?:[iu]z)?$/;

const CALLED_MOST = 8;

function isTurkishYouCalledNames(tokens: readonly string[]): boolean {
  return (
    tokens.length <= CALLED_MOST &&
    // "mal mısın diye bağırdı": someone else's words, reported.
    !tokens.some((token) => SAID.test(token)) &&
    tokens.some(
      (token, index) =>
        YOU_CALLED.test(token) && (ARE_YOU.test(tokens[index + 1] ?? '') || /s[iu]n(?:[iu]z)?$/.test(token)),
    )
  );
}

function isTurkishYouRefused(tokens: readonly string[]): boolean {
  if (isTurkishBotSnubbed(tokens) || isTurkishYouCalledNames(tokens)) {
    return true;
  }
  if (tokens.length <= NOT_FOLLOWING_MOST && tokens.some((token) => NOT_FOLLOWING_YOU.test(token))) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      USELESS_YOU.test(token) ||
      (WITH_YOU.has(token) &&
        /^(?:konus|yazis|muhatap)/.test(tokens[index + 1] ?? '') &&
        /^istem(?:iyor|em)/.test(tokens[index + 2] ?? '')) ||
      (isTurkishBotAt(tokens, index) &&
        /^ihtiyac/.test(tokens[index + 1] ?? '') &&
        tokens[index + 2] === 'yok'),
  );
}

// "yardımcı olamayan bir botla niye konuşayım", "neden robotla uğraşayım": why the speaker should talk to the bot at all,
// asked in scorn.
const WHY = new Set(words(`niye neden nicin`));
const SHALL_I_TALK = /^(?:konus|yazis|ugras)[ae]y[iu]m$/;

function isTalkingToTheBotScorned(tokens: readonly string[]): boolean {
  return (
    tokens.some((token) => WHY.has(token)) &&
    tokens.some(
      (_, index) =>
        isTurkishBotAt(tokens, index) &&
        tokens.slice(index + 1, index + 1 + TURKISH_REACH).some((token) => SHALL_I_TALK.test(token)),
    )
  );
}

function isTurkishBotRefusal(tokens: readonly string[]): boolean {
  if (isTurkishYouRefused(tokens) || isTalkingToTheBotScorned(tokens)) {
    return true;
  }
  return tokens.some(
    (token, index) =>
      (TURKISH_BOT_SKIPPED.test(token) && TURKISH_SKIP.test(tokens[index + 1] ?? '')) ||
      (isTurkishBotAt(tokens, index) &&
        tokens
          .slice(index + 1, index + 1 + TURKISH_REACH)
          // "bot bana yeter": the bot is enough for the speaker, not "enough of the bot".
          .some(
            (token, at, after) =>
              TURKISH_REJECTION.test(token) &&
              !(token === 'yeter' && ENOUGH_FOR.has(after[at - 1] ?? '')) &&
              !(token.startsWith('degil') && NOT_BAD.has(after[at - 1] ?? tokens[index] ?? '')) &&
              // "bot ile konuşuyorum değil mi", "robotsun değil mi", "bot değilsin değil mi": a tag that asks, not a
              // refusal.
              !(
                token.startsWith('degil') &&
                tokens.slice(index + at + 2, index + at + 4).some((word) => QUESTION_PARTICLE.test(word))
              ) &&
              // "bot olduğunu anlamadım": the speaker did not notice it was a bot, which praises it.
              !(after.slice(0, at).some((word) => word.startsWith('oldug')) && token.startsWith('anlama')),
          )),
  );
}

// "sen çok akıllı bir botsun", "bot gayet iyi yardımcı oldu": the bot praised, with no word against it and no wish.
const TURKISH_PRAISE =
  /^(?:akilli|zeki|iyi|harika|super|basarili|guzel|tatli|yardimci|faydali|sahane|mukemmel|efsane|komik|hizli)/;
const TURKISH_AGAINST =
  /^(?:ama|fakat|ancak|degil|insan|temsilci|yetkili|bagla|aktar|istiyor|isterim|lazim|gorus|konusmak)|(?:miyor|muyor|madi|medi|mez|maz)/;

/** Whether folded Turkish tokens praise the bot, and nothing else. */
export function isTheBotPraisedInTurkish(tokens: readonly string[]): boolean {
  return (
    tokens.some((_, index) => isTurkishBotAt(tokens, index)) &&
    tokens.some((token) => TURKISH_PRAISE.test(token)) &&
    !tokens.some((token) => TURKISH_AGAINST.test(token))
  );
}

/** Whether one message's folded tokens refuse the bot, which is asking for a person. */
export function isBotRefusal(tokens: readonly string[], locale: SignalLocale): boolean {
  return locale === 'tr'
    ? isTurkishBotRefusal(tokens)
    : isEnglishBotRefusal(tokens) || isTheOneAnsweringCalledUseless(tokens);
}
