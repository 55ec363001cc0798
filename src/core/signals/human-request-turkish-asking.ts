// Turkish ways of asking to be reached that name no one to reach, read by the grammar: whom or which number to call,
// how to reach a phone line or the business, "benimle iletişime geçin", "beni aramasını istiyorum".
import { TURKISH_CALL_TIMES, TURKISH_TOUCH_NOUNS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';

// The speaker's own people, by the stems of their words: family, friends and those the speaker hires ("annem",
// "arkadaşım", "avukatımız"); each reading below adds the endings it reads them with.
const OWN_PEOPLE =
  'anne|baba|anneanne|babaanne|es|kardes|abla|abi|agabey|ogl|kiz|arkadas|sevgili|nisanli|komsu|avukat|doktor|hoca|' +
  'ogretmen|patron|mudur|dayi|amca|teyze|hala|dede|nine|kuzen|koca|karim';

// "kimi aramalıyım", "kime ulaşabilirim", "kiminle görüşmem lazım", "hangi numarayı arayayım": whom to contact, asked
// by the speaker. "kimi aradınız" tells, "kiminle görüşmek istersiniz" asks the customer, "kimi arıyor" seeks staff.
const WHOM = new Set(words(`kimi kime kiminle kimle`));
const WHICH_WAY = /^(?:numara|hat|telefon|birim|departman|servis|yetkili|kisi)/;
// "ara" only with the letter a verb adds ("ararım", "arayayım", "aramalıyım"): "araba" is a car.
const REACHING = /^(?:ara[rym]|ulas|gorus|konus|baglan)/;
// Must, can, shall I, or the aorist, in the first person: "aramalıyım", "ulaşabilirim", "arayayım", "ararım".
const BY_THE_SPEAKER =
  /(?:m[ae]l[iu](?:y[iu][mz])?|[ae]b[iu]l[iu]r(?:[iu][mz]|m[iu]y[iu][mz])|[ae]y[iu]m|[ae]l[iu]m|[iu]?r[iu][mz])$/;
const ABLE = /[ae]b[iu]l[iu]r$/;
/** The speaker's question particle: "miyim", "mıyız". */
export const ASKED_ME = /^m[iu]y[iu][mz]$/;
// Verbs that pass someone or something on: "yönlendir", "aktar", "bağla" (not "bağlan", to be put through), "ilet".
const PASSING_ON = /^(?:yonlendir|aktar|bagla(?!n)|ilet|devred|devret|ver)/;

/**
 * Whether a verb of passing on is the speaker's own act: leave asked ("ona yönlendirebilir miyim", "sizi yetkiliye
 * bağlayabilir miyim") or offered ("onlara aktarayım"); "beni bağlayabilir misiniz" asks to be passed.
 */
export function isPassedOnByTheSpeaker(verb: string, after: string): boolean {
  return PASSING_ON.test(verb) && (ASKED_ME.test(after) || /[ae]y[iu]m$/.test(verb));
}
// "kiminle görüşmem lazım": the verbal noun of the speaker and a need.
const MY_VERBAL_NOUN = /m[ae]m(?:[iu]z)?$/;
const NEEDS = new Set(words(`lazim gerek gerekiyor gerekir sart`));
// "bir memurun beni araması mümkün mü": whether it can be, asked.
const POSSIBLE = new Set(words(`mumkun`));

// The impersonal, as a how-to is asked of anyone: "size nasıl ulaşılır", "dekanla nasıl görüşülür", "üniversiteyle
// nasıl iletişime geçilir" (read as "ulaşılır"); only in the questions that call this, never told alone.
const IMPERSONAL = /(?:[iu]l[iu]r|an[iu]r|[iu]l[ae]b[iu]l[iu]r)$/;

function isReachingBySpeaker(word: string, next: string): boolean {
  if (!REACHING.test(word)) {
    return false;
  }
  return (
    BY_THE_SPEAKER.test(word) ||
    IMPERSONAL.test(word) ||
    (ABLE.test(word) && ASKED_ME.test(next)) ||
    (MY_VERBAL_NOUN.test(word) && NEEDS.has(next))
  );
}

/** Whether a Turkish clause asks whom or which number to contact ("gaz kaçağında kimi aramalıyım"). */
export function asksWhomToContact(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    // "teknik problemler için kimden yardım alabilirim": from whom help is had.
    if (
      token === 'kimden' &&
      HELP.has(tokens[index + 1] ?? '') &&
      isReachingBySpeaker(`ulas${(tokens[index + 2] ?? '').slice(2)}`, tokens[index + 3] ?? '') &&
      (tokens[index + 2] ?? '').startsWith('al')
    ) {
      return true;
    }
    let verb: number;
    if (WHOM.has(token)) {
      verb = index + 1;
    } else if (token === 'hangi' && WHICH_WAY.test(tokens[index + 1] ?? '')) {
      verb = index + 2;
    } else {
      continue;
    }
    if (
      isReachingBySpeaker(tokens[verb] ?? '', tokens[verb + 1] ?? '') ||
      // "kiminle iletişime geçebilirim", "kiminle iletişim kurmalıyım"
      (WHOM.has(token) && isTouchBySpeaker(tokens, verb)) ||
      // "kime başvurmalıyım": whom to turn to; "kime yazmalıyım": whom to write to.
      (token === 'kime' &&
        (isAskedBySpeakerWith('basvur', tokens[verb] ?? '', tokens[verb + 1] ?? '') ||
          isAskedBySpeakerWith('yaz', tokens[verb] ?? '', tokens[verb + 1] ?? '')))
    ) {
      return true;
    }
  }
  return false;
}

const HELP = new Set(words(`yardim destek`));

/** Whether a verb of the stem ("başvur", "yaz") takes the speaker's asking endings, as "ulaş" does in "ulaşmalıyım". */
function isAskedBySpeakerWith(stem: string, word: string, next: string): boolean {
  return word.startsWith(stem) && isReachingBySpeaker(`ulas${word.slice(stem.length)}`, next);
}

// "çağrı merkezine nasıl ulaşırım", "153 Çözüm Merkezi'ne nasıl ulaşırım", "ALO 185'e hangi kanallardan
// ulaşabilirim": how to reach a phone line of people. The apostrophe splits the case ending off ("merkezi ne",
// "185 e"); a hotline is named "alo" and its number.
const LINE_HEADS = new Set(words(`cagri cozum destek iletisim danisma musteri`));
const LINE = /^(?:merkez|hat|hizmet)/;
const SPLIT_CASE = /^(?:y?[ae]|n[ae])$/;
// The number, with its case ending joined back on ("185e") or not.
const NUMBER = /^\d+(?:y?[ae]|n[ae])?$/;
const REACH_ASKED =
  /^(?:ulas|baglan|ara[ry])\p{L}*?(?:[iu]r[iu][mz]|[ae]b[iu]l[iu]r(?:[iu][mz]|m[iu]y[iu][mz])?)$/u;

function lineEnd(tokens: readonly string[], index: number): number {
  const previous = tokens[index - 1] ?? '';
  const token = tokens[index] ?? '';
  if (!(LINE_HEADS.has(previous) && LINE.test(token)) && !(previous === 'alo' && NUMBER.test(token))) {
    return -1;
  }
  let end = index;
  while (LINE.test(tokens[end + 1] ?? '')) {
    end += 1;
  }
  return SPLIT_CASE.test(tokens[end + 1] ?? '') ? end + 1 : end;
}

/** Whether a Turkish clause asks how to reach a phone line of people ("ALO 185'e hangi kanallardan ulaşabilirim"). */
export function asksHowToReachALine(tokens: readonly string[]): boolean {
  for (let index = 1; index < tokens.length; index += 1) {
    const end = lineEnd(tokens, index);
    if (end < 0) {
      continue;
    }
    let at = end + 1;
    if (tokens[at] === 'nasil') {
      at += 1;
    } else if (tokens[at] === 'hangi') {
      at += 2;
    } else {
      continue;
    }
    const verb = tokens[at] ?? '';
    if (REACH_ASKED.test(verb) && (!ABLE.test(verb) || ASKED_ME.test(tokens[at + 1] ?? ''))) {
      return true;
    }
  }
  return false;
}

// "size nasıl ulaşırım", "sizinle nereden iletişime geçebilirim": how to reach the
// business itself, asked by the speaker (as "how to reach a line"); "sizi hangi numaradan arayabilirim" is whom to call.
export const YOU_THE_BUSINESS: ReadonlySet<string> = new Set(
  words(`sizi size sizinle sizlere sizleri sizlerle`),
);
export const HOW: ReadonlySet<string> = new Set(words(`nasil nereden nerden`));

// "iletişim kurabilirim", "irtibat kurmalıyım": the noun without the dative, with "kur".
const TOUCH_WITH_KUR = new Set(words(`iletisim irtibat baglanti temas`));

function isTouchBySpeaker(tokens: readonly string[], index: number): boolean {
  const noun = tokens[index] ?? '';
  // "iletişime nasıl geçilir": the question word may come between the noun and its verb.
  const verb = tokens[index + 1] === 'nasil' ? index + 2 : index + 1;
  const next = tokens[verb] ?? '';
  return (
    ((TURKISH_TOUCH_NOUNS.has(noun) && /^(?:gec|kur)/.test(next)) ||
      (TOUCH_WITH_KUR.has(noun) && next.startsWith('kur'))) &&
    isReachingBySpeaker(`ulas${next.slice(3)}`, tokens[verb + 1] ?? '')
  );
}

// The places a business is: the stems "şirketinize", "firmayla", "üniversiteyle" start with.
const PLACES =
  'firma|sirket|magaza|banka|kurum|otel|sube|ofis|merkez|hastane|okul|universite|fakulte|belediye';
// "şirketinize nasıl ulaşırım", "firmanıza ulaşmak istiyorum": the business named as "your" place, reached.
const YOUR_PLACE = new RegExp(`^(?:${PLACES})\\p{L}*n[iu]z[ae]$`, 'u');
// "size ulaşmak istiyorum", "sizi aramak istiyorum", "sizinle iletişime geçmek istiyorum": reaching the business, wished.
const REACHING_WISHED = new Set(words(`istiyorum istiyoruz isterim lazim gerek gerekiyor`));

const TOUCH_VERB = /^gec/;
const SENDING = /^(?:gonder|yaz|at|yolla)/;

function isReachingYouWished(tokens: readonly string[], you: number): boolean {
  return tokens.some(
    (token, index) =>
      index > you &&
      (((token === 'ulasmak' || token === 'aramak') && REACHING_WISHED.has(tokens[index + 1] ?? '')) ||
        // "size ulaşabilir miyim", "sizi telefonla arayabilir miyim": whether the speaker may reach the business.
        // "… diye sordum" reports the question.
        // "sizinle telefonla iletişime geçebilir miyim", "size e-posta gönderebilir miyim": getting in touch, or a
        // message sent, the same ("size dosya gönderebilir miyim" sends a thing).
        ((REACHING.test(token) ||
          (TOUCH_VERB.test(token) && TURKISH_TOUCH_NOUNS.has(tokens[index - 1] ?? '')) ||
          (SENDING.test(token) && tokens.slice(you + 1, index).some((word) => MESSAGES_SENT.has(word)))) &&
          ABLE.test(token) &&
          ASKED_ME.test(tokens[index + 1] ?? '') &&
          tokens[index + 2] !== 'diye') ||
        (TURKISH_TOUCH_NOUNS.has(token) &&
          tokens[index + 1] === 'gecmek' &&
          REACHING_WISHED.has(tokens[index + 2] ?? ''))),
  );
}

// "şirketle nasıl iletişim kurabilirim", "firmanızla nasıl iletişime geçerim": the business as the one got in touch with.
// "okul idaresiyle": its administration, as the place.
const THE_PLACE_WITH = new RegExp(`^(?:${PLACES}|idare)\\p{L}*?(?:y?l[ae]|n[iu]zl[ae])$`, 'u');
// "yurtdışından nasıl iletişim kurabilirim": how to get in touch, no one named, so the business; "annemle nasıl
// iletişim kurarım" names someone to be with (WITH_SOMEONE, below).
const IN_TOUCH_MOST = 5;

// "HiDoctor ile nasıl iletişime geçebilirim", "Doku Yazılım ile nasıl görüşebilirim": a name written apart from "ile", as
// names of firms are, the one got in touch with; "annem ile" (the speaker's own) is someone else's.
const NAME_WITH_MOST = 3;
const MY_OWN_ONE = new RegExp(`^(?:ben|biz|sen|onun)$|^(?:${OWN_PEOPLE})\\p{L}*?[iu]?m$`, 'u');

function asksHowToGetInTouchWithANamed(tokens: readonly string[]): boolean {
  const with_ = tokens.indexOf('ile');
  if (with_ < 1 || with_ > NAME_WITH_MOST || MY_OWN_ONE.test(tokens[with_ - 1] ?? '')) {
    return false;
  }
  const how = with_ + 1;
  if (!HOW.has(tokens[how] ?? '')) {
    // "MetasoftCo ile iletişime nasıl geçebilirim", "Arvonya Group ile iletişime geçmek istiyorum": the noun of touch
    // first, the question or the wish after it.
    return (
      TURKISH_TOUCH_NOUNS.has(tokens[how] ?? '') &&
      (isTouchBySpeaker(tokens, how) ||
        (tokens[how + 1] === 'gecmek' && REACHING_WISHED.has(tokens[how + 2] ?? ''))) &&
      !tokens.slice(how + 1).includes('diye')
    );
  }
  return (
    (isTouchBySpeaker(tokens, how + 1) || TALK_BY_SPEAKER.test(tokens[how + 1] ?? '')) &&
    tokens[how + 3] !== 'diye' &&
    tokens[how + 2] !== 'diye'
  );
}
const TALK_BY_SPEAKER = /^(?:gorus|konus)(?:ebilir[iu]m|ur[iu]m)$/;

// "nasıl ulaşırım", "peki nereden ulaşabilirim": the whole message asks how to reach, no one named, so the business.
const FILLERS = new Set(words(`peki acaba ben biz`));
const BARE_REACH = /^ulas(?:ir[iu]m|abilir[iu]m|abil[iu]r[iu]z|ir[iu]z)$/;

function asksBarelyHowToReach(tokens: readonly string[]): boolean {
  const rest = tokens.filter((token) => !FILLERS.has(token));
  return rest.length === 2 && HOW.has(rest[0] ?? '') && BARE_REACH.test(rest[1] ?? '');
}

function asksHowToGetInTouch(tokens: readonly string[]): boolean {
  if (asksHowToGetInTouchWithANamed(tokens) || asksBarelyHowToReach(tokens)) {
    return true;
  }
  return (
    tokens.length <= IN_TOUCH_MOST &&
    tokens.some((token) => HOW.has(token)) &&
    // "nasıl iletişim kurabilirim diye sordum": the question reported.
    !tokens.some((token) => WITH_SOMEONE.test(token) || token === 'diye') &&
    tokens.some((_, index) => isTouchBySpeaker(tokens, index))
  );
}

// "dekanla nasıl görüşebilirim", "bölüm başkanına nasıl ulaşırım", "erasmus koordinatörüne nasıl ulaşırım": the head of
// the place (or its coordinator, secretary, adviser) asked how to be reached, as the place itself; "dekanla görüşmem
// lazım" (an errand with him) asks no way.
const THE_HEAD = /^(?:dekan|rektor|baskan|koordinator|sekreter|danisman)\p{L}*?(?:y?l[ae]|y?[ae])$/u;

// "size hangi kanaldan ulaşalım", "sizinle hangi yoldan iletişime geçebilirim": the way asked as which one, as "nasıl".
const BY_WHICH_WAY = /^(?:kanal|yol|adres|numara|hat)\p{L}*?[dt][ae]n$/u;

function isWhichWayAsked(tokens: readonly string[], index: number): boolean {
  return tokens[index] === 'hangi' && BY_WHICH_WAY.test(tokens[index + 1] ?? '');
}

// "size yazabilir miyim", "size nereden yazabilirim", "size nasıl mail atabilirim", "size nereye mesaj gönderebilirim": a
// message to the business, asked by the speaker. "yaz" alone only with nothing but the question between it and "size"
// (writing to you; "size formu yazabilir miyim" fills in a form), the other verbs of sending with a message named.
const WHERE_OR_HOW = new Set([...HOW, 'nereye', 'lutfen', 'bir', 'bi', 'hangi']);

function asksToWriteToYou(tokens: readonly string[], you: number): boolean {
  const isAsked = tokens.some(
    (token, index) => HOW.has(token) || token === 'nereye' || isWhichWayAsked(tokens, index),
  );
  return tokens.some((token, index) => {
    if (index <= you || !SENDING.test(token)) {
      return false;
    }
    const between = tokens.slice(you + 1, index);
    const isMessage = token.startsWith('yaz')
      ? between.every((word) => WHERE_OR_HOW.has(word) || BY_WHICH_WAY.test(word))
      : between.some((word) => MESSAGES_SENT.has(word));
    return (
      isMessage &&
      ((ABLE.test(token) && ASKED_ME.test(tokens[index + 1] ?? '')) ||
        (isAsked && BY_THE_SPEAKER.test(token))) &&
      tokens[index + 2] !== 'diye'
    );
  });
}

// "sizi arasam olur mu", "size ulaşsam olur mu", "size mail atsam olur mu": whether the speaker may reach the business,
// asked with the conditional.
const IF_I_REACH = /^(?:ara|ulas|gorus|konus|yaz)s[ae]m$/;
const IF_I_SEND = /^(?:gonder|at|yolla)s[ae]m$/;

function isReachingYouIfIMay(tokens: readonly string[], you: number): boolean {
  return tokens.some(
    (token, index) =>
      index > you &&
      (IF_I_REACH.test(token) ||
        (IF_I_SEND.test(token) && tokens.slice(you + 1, index).some((word) => MESSAGES_SENT.has(word)))) &&
      tokens[index + 1] === 'olur' &&
      /^m[iu]$/.test(tokens[index + 2] ?? ''),
  );
}

/** Whether a Turkish clause asks how to reach the business ("size nasıl ulaşabilirim"). */
export function asksHowToReachYou(tokens: readonly string[]): boolean {
  const head = tokens.findIndex((token) => THE_HEAD.test(token));
  if (head >= 0 && tokens.some((token) => HOW.has(token))) {
    return tokens.some((token, index) => index > head && isReachingBySpeaker(token, tokens[index + 1] ?? ''));
  }
  const you = tokens.findIndex(
    (token) => YOU_THE_BUSINESS.has(token) || YOUR_PLACE.test(token) || THE_PLACE_WITH.test(token),
  );
  if (you < 0) {
    return asksHowToGetInTouch(tokens);
  }
  if (asksToWriteToYou(tokens, you) || isReachingYouIfIMay(tokens, you)) {
    return true;
  }
  if (!tokens.some((token, index) => HOW.has(token) || isWhichWayAsked(tokens, index))) {
    return isReachingYouWished(tokens, you);
  }
  // "size nasıl ulaşırım", and in speech's order "nasıl ulaşabilirim size".
  return tokens.some(
    (token, index) =>
      index !== you &&
      (isReachingBySpeaker(token, tokens[index + 1] ?? '') || isTouchBySpeaker(tokens, index)),
  );
}

// The business asked to get back to the speaker: "benimle iletişime geçin", "bizimle irtibata geçer misiniz", "bana en
// kısa sürede geri dönün", "bana dönüş yapabilir misiniz", "geri dönmenizi istiyorum". "bana 0532'den
// ulaşabilirsiniz" tells a way instead; "ana menüye geri dön" goes back, with no "bana".
const WITH_ME = new Set(['benimle', 'bizimle', 'benle']);
const TO_ME = new Set(['bana', 'bize']);
// Words between "bana" and the verb: "bana en kısa sürede geri dönün", "bana hemen dönüş yapın".
const ON_THE_WAY = new Set([
  ...words(`geri en kisa surede lutfen acil acilen bir bi an once mumkunse numarama telefonuma dmden dm maille mail
      mesaj sms mailden whatsapptan whatsappdan e posta eposta ile epostayla postayla mesajla telefonla`),
  ...TURKISH_CALL_TIMES,
]);
// You, asked or told: "geçin", "geçer misiniz", "geçebilir misiniz", "geçsin", "geçsinler" (someone of yours),
// "geçilsin" (in the passive).
const YOU_ASKED =
  /^(?:[iu]n(?:[iu]z)?|s[iu]n(?:l[ae]r)?|[iu]ls[iu]n|[aeiu]r(?:m[iu]s[iu]n(?:[iu]z)?)?|[ae]b[iu]l[iu]r(?:m[iu]s[iu]n(?:[iu]z)?)?)$/;
// "geçer misiniz", "geçebilir mi" (someone of theirs).
const QUESTION_AFTER = /^m[iu](?:s[iu]n(?:[iu]z)?)?$/;
// "dönmenizi istiyorum", "dönüş yapmanızı rica ediyorum": the business's getting back, wished.
const YOUR_GETTING_BACK = /^(?:donmeniz[iu]|yapmaniz[iu])$/;
const WISHES = new Set(words(`istiyorum istiyoruz isterim isteriz istiyom rica`));

const MESSAGES_SENT = new Set(words(`mail eposta posta mesaj sms`));

/** "iletişime geçin", "irtibat kurar mısınız": getting in touch asked of you, the verb after the noun of touch. */
function isTouchAskedOfYou(verb: string, after: string): boolean {
  return isYouAsked('gec', verb, after) || isYouAsked('kur', verb, after);
}

function isYouAsked(stem: string, token: string, next: string): boolean {
  if (!token.startsWith(stem)) {
    return false;
  }
  const rest = token.slice(stem.length);
  // The aorist ("geçer", "geçebilir") asks only with a question after it; "geçsinler" asks as it is.
  const isAorist = rest.endsWith('r') && !/l[ae]r$/.test(rest);
  return YOU_ASKED.test(rest) && (!isAorist || QUESTION_AFTER.test(next));
}

// Someone's getting in touch with the speaker, wished or needed: "Mehmet Bey'in beni aramasını rica ediyorum",
// "muhasebenizin bana ulaşmasını bekliyorum", "beni bağlamanızı istiyorum", "beni hemen aramanız lazım". Whoever is named
// does the calling, so it is a person; the speaker must be the one reached, and by someone not of the speaker's own
// ("annemin beni araması lazım").
const MY_OWNS = /m[iu]n$/;
// "tarafıma", "tarafımla": the speaker, in a petition's words.
const SPEAKER_REACHED = new Set(words(`beni bizi bana bize benimle bizimle tarafima tarafimla tarafimiza`));
const REACHING_STEMS = '(?:ara|ulas|don|bagla|gec|gorus|konus)\\p{L}*?m[ae]';
// A wish takes the accusative ("aramasını istiyorum", "aramanızı rica ederim"), a need the bare noun ("aramanız gerek").
const THEIR_REACHING_WISHED = new RegExp(`^${REACHING_STEMS}(?:n[iu]z[iu]|s[iu]n[iu]|l[ae]r[iu]n[iu])$`, 'u');
const THEIR_REACHING_NEEDED = new RegExp(`^${REACHING_STEMS}(?:n[iu]z|s[iu]|l[ae]r[iu])$`, 'u');
// "arz ederim" (a petition's "I request"), "sağlayın" (see to it).
const MY_WISHES = new Set(
  words(
    `istiyorum istiyoruz isterim isteriz istiyom rica bekliyorum bekliyoruz talep arz saglayin saglayiniz`,
  ),
);

function isMyBeingReachedWished(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  // "geçmenizi" only after "iletişime" or "irtibata", as one verb of contact.
  if (token.startsWith('gec') && !TURKISH_TOUCH_NOUNS.has(tokens[index - 1] ?? '')) {
    return false;
  }
  return (
    ((THEIR_REACHING_WISHED.test(token) && MY_WISHES.has(next)) ||
      (THEIR_REACHING_NEEDED.test(token) &&
        (NEEDS.has(next) || (POSSIBLE.has(next) && /^m[iu]/.test(tokens[index + 2] ?? ''))))) &&
    isTheSpeakerReachedBefore(tokens, index) &&
    !tokens.slice(Math.max(0, index - 6), index).some((word) => MY_OWNS.test(word))
  );
}

// "Sizin iletişime geçmenizi rica ediyoruz": the business named as the one to do it, with no one else to reach, so the
// speaker is the one reached; "sizin müşterimle iletişime geçmenizi" names another.
const SOMEONE_ELSE_REACHED = /(?:y?l[ae]|y?[ae])$/;

function isTheSpeakerReachedBefore(tokens: readonly string[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 4), index);
  if (before.some((word) => SPEAKER_REACHED.has(word))) {
    return true;
  }
  const you = before.indexOf('sizin');
  return (
    you >= 0 &&
    before.slice(you + 1).every((word) => TURKISH_TOUCH_NOUNS.has(word) || !SOMEONE_ELSE_REACHED.test(word))
  );
}

// "telefonla aranmak istiyorum", "geri aranmayı talep ediyorum": being called, wished in the passive; "aranmak
// istemiyorum" refuses it.
const BEING_CALLED = /^aranma(?:k|y[iu])$/;
// "telefonda görüşebilir miyiz", "telefonla konuşmak istiyorum": a talk by phone with the business, asked.
// "sizinle yüz yüze görüşmek istiyorum": in person, as by phone.
const BY_PHONE = new Set(words(`telefonda telefonla telefondan sesli yuze`));
// "telefonla görüşelim": let us talk, by phone.
const TALK_ASKED = /^(?:gorus|konus)(?:[ae]bilir|m[ae]k|[ae]lim)$/;
const TALK_ASKED_AFTER = /^(?:m[iu]y[iu][mz]|m[iu]s[iu]n(?:[iu]z)?|istiyorum|istiyoruz|isterim)$/;

// "annemle telefonda konuşmak istiyorum": someone else to talk with, named.
const WITH_SOMEONE = /(?:y?l[ae])$/;

function isByPhoneTalkAsked(tokens: readonly string[], index: number): boolean {
  const verb = tokens[index + 1] ?? '';
  const after = tokens[index + 2];
  return (
    BY_PHONE.has(tokens[index] ?? '') &&
    !tokens
      .slice(Math.max(0, index - 3), index)
      .some((word) => WITH_SOMEONE.test(word) && !YOU_THE_BUSINESS.has(word)) &&
    TALK_ASKED.test(verb) &&
    // "telefonla görüşelim" ends the clause; the other forms take a question or a wish after them.
    (/[ae]lim$/.test(verb) ? after === undefined || after === 'lutfen' : TALK_ASKED_AFTER.test(after ?? ''))
  );
}

// "muhasebeden biri döner mi bana": someone of the business asked to get back, the speaker named after the verb.
const SOMEONE_OF_YOURS = /^(?:biri|birisi|yetkili|temsilci|sorumlu|kimse)/;

function isGettingBackAskedBefore(tokens: readonly string[], index: number): boolean {
  const me = tokens[index + 2] === 'bana' || tokens[index + 2] === 'bize' ? index + 2 : -1;
  return (
    me > 0 &&
    /^m[iu]$/.test(tokens[index + 1] ?? '') &&
    isYouAsked('don', tokens[index] ?? '', tokens[index + 1] ?? '') &&
    tokens.slice(0, index).some((word) => SOMEONE_OF_YOURS.test(word))
  );
}

// "beni whatsapptan arayacak biri var mı", "bana dönecek bir yetkili yok mu": someone who will get in touch, asked for.
const WHO_WILL_REACH = /^(?:arayacak|donecek|ulasacak|ilgilenecek|baglayacak|gorusecek|konusacak)$/;
const THERE_IS = /^(?:var|yok|varmi|yokmu)$/;

function isSomeoneWhoWillReachAsked(tokens: readonly string[], index: number): boolean {
  if (!WHO_WILL_REACH.test(tokens[index] ?? '')) {
    return false;
  }
  const person = tokens[index + 1] === 'bir' || tokens[index + 1] === 'bi' ? index + 2 : index + 1;
  return (
    SOMEONE_OF_YOURS.test(tokens[person] ?? '') &&
    // "benimle telefonda konuşacak biri lazım"
    (THERE_IS.test(tokens[person + 1] ?? '') || /^(?:lazim|gerek)/.test(tokens[person + 1] ?? '')) &&
    // "arayacak biri var mı diye sordum": the ask reported.
    !tokens.slice(person + 2).some((word) => word === 'diye' || /^(?:dedi|sordu)/.test(word))
  );
}

// "biri beni arayıp tarih versin", "beni arayıp bilgi verin": called, then told more, in the jussive or the
// imperative.
const ASKED_AFTER_CALLING = /^\p{L}+(?:s[iu]n(?:l[ae]r)?|y?[iu]n(?:[iu]z)?)$/u;
const CALLED_AND = /^(?:arayip|donup|ulasip)$/;
const CALLED_AND_MOST = 4;

// "annemi arayıp anlatabilir misiniz", "sizden biri annemi arayıp yavaşça anlatabilir mi": the speaker's elder called
// for them by someone of the business, asked as a question.
const ASKED_AS_ABLE = /[ae]b[iu]l[iu]r$/;
const YOURS_ACTING = /^(?:sizden|biri|birisi|yetkili|temsilci|temsilciniz|yetkiliniz)$/;
// The speaker's own people, in the accusative: "annemi", "babamı", "anneannemi", "eşimi", "avukatımı".
const FAMILY_CALLED = new RegExp(`^(?:${OWN_PEOPLE})\\p{L}*m[iu]$`, 'u');

function isCalledAndToldMore(tokens: readonly string[], index: number): boolean {
  if (!CALLED_AND.test(tokens[index] ?? '')) {
    return false;
  }
  const called = tokens[index - 1] ?? '';
  const after = tokens.slice(index + 1, index + 1 + CALLED_AND_MOST);
  const asked = after.findIndex(
    (word, at) =>
      ASKED_AFTER_CALLING.test(word) || (ASKED_AS_ABLE.test(word) && /^m[iu]/.test(after[at + 1] ?? '')),
  );
  if (asked < 0) {
    return false;
  }
  const before = tokens.slice(Math.max(0, index - 4), index - 1);
  // "annemi evden arayıp": where from, between the one called and the verb.
  const family = FAMILY_CALLED.test(called) || FAMILY_CALLED.test(tokens[index - 2] ?? '');
  if (called === 'beni' || called === 'bizi' || called === 'bana') {
    // "annem beni arayıp haber versin": the speaker's own.
    return !before.some((word) => /[aeiu]m$/.test(word) && word !== 'kim');
  }
  // The speaker's family called: only when one of the business is named to do it, or "you" are asked; "kuryeyi arayıp
  // sorabilir misiniz" sends the business on an errand.
  const verb = after[asked] ?? '';
  return (
    family &&
    (before.some((word) => YOURS_ACTING.test(word)) ||
      /^m[iu]s[iu]n[iu]z$/.test(after[asked + 1] ?? '') ||
      /y?[iu]n(?:[iu]z)?$/.test(verb))
  );
}

// "İK'dan biri bana mail atabilir mi", "destek ekibi bana telefon yerine mail atsın", "IT'den biri gelsin lütfen",
// "kart ekibinden biri telefona çıksın": someone of the business asked to write to the speaker, to come, or to come to
// the phone; "@marka dm atar mısınız" asks the business itself to write.
const WRITING = ['at', 'gonder', 'yolla', 'yaz'];
const BY_WRITING = /^(?:e?mail|eposta|posta|sms|mesaj|dm|whatsapp)/;
const OF_YOURS_ACTING =
  /^(?:biri|birisi|yetkili|temsilci|sorumlu|gorevli|teknisyen|ekib|ekip|destek|personel)/;
const WRITING_SPAN = 3;
const ACTING_SPAN = 6;

// "tüm ekibime mail atar mısın", "ekip arkadaşım Cem'e mesaj atar mısın": the speaker's own team, written to by the
// assistant, asked as "sen".
const MY_TEAM = /^ekib?im/;

function isSomeoneOfYoursActing(tokens: readonly string[], index: number): boolean {
  return tokens
    .slice(Math.max(0, index - ACTING_SPAN), index)
    .some(
      (word, at, before) =>
        OF_YOURS_ACTING.test(word) && !MY_TEAM.test(word) && !(before[at + 1] ?? '').startsWith('arkadas'),
    );
}

function isWritingOrComingAsked(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  // The verb first (a test on two words), then the words before it, so most words of a clause cost no slice.
  if (next !== 'misin' && next !== 'musun' && WRITING.some((stem) => isYouAsked(stem, token, next))) {
    const channel = tokens
      .slice(Math.max(0, index - WRITING_SPAN), index)
      .find((word) => BY_WRITING.test(word));
    if (channel !== undefined) {
      return isSomeoneOfYoursActing(tokens, index) || (channel === 'dm' && index <= 2);
    }
  }
  // "bir teknisyen gelebilir mi", "kart ekibinden biri telefona çıksın"
  const isComing =
    isYouAsked('gel', token, next) || (tokens[index - 1] === 'telefona' && isYouAsked('cik', token, next));
  const before = tokens[index - 1] === 'telefona' ? index - 2 : index - 1;
  return (
    isComing &&
    [tokens[before] ?? '', tokens[before - 1] ?? ''].some(
      (word) => OF_YOURS_ACTING.test(word) && word !== 'destek',
    )
  );
}

/** Whether a Turkish clause asks the business to get in touch with the speaker or get back to them. */
// "lütfen DM'den ulaşın", "dmden döner misiniz", "özelden yazın lütfen": the business asked to reach the speaker on a
// private line, the speaker left out; "bi arayın ya", "lütfen arayın": a call asked, the speaker left out.
const PRIVATE_LINES = new Set(words(`dm dmden ozelden ozel mesajdan whatsapptan whatsappdan`));
const REACHING_ME = ['ulas', 'don', 'yaz', 'ara'];
const CALL_OPENERS = new Set(words(`lutfen bi bir hemen acil arkadaslar rica etsem`));
// "yarın ara", "şimdi ara", "hemen ara": when to call, then the call in the singular (alone "ara" may be a search).
const CALL_WHEN = new Set(TURKISH_CALL_TIMES);
const CALL_CLOSERS = new Set(words(`ya lutfen beni artik`));

function isAPrivateLineAsked(tokens: readonly string[], index: number): boolean {
  if (!PRIVATE_LINES.has(tokens[index] ?? '')) {
    return false;
  }
  // "dm açık ulaşın": the line open, then the ask.
  const verbAt = tokens[index + 1] === 'acik' ? index + 2 : index + 1;
  const verb = tokens[verbAt] ?? '';
  return REACHING_ME.some((stem) => isYouAsked(stem, verb, tokens[verbAt + 1] ?? ''));
}

function isABareCallAsked(tokens: readonly string[]): boolean {
  // "arayabilirsiniz": "you may call", the whole message (an answer to an offer of a call).
  if (tokens[0] === 'arayabilirsiniz' && tokens.slice(1).every((token) => CALL_CLOSERS.has(token))) {
    return true;
  }
  if (
    tokens.length <= 3 &&
    tokens.at(-1) === 'ara' &&
    tokens.slice(0, -1).some((token) => CALL_WHEN.has(token)) &&
    tokens.slice(0, -1).every((token) => CALL_WHEN.has(token) || CALL_OPENERS.has(token) || token === 'beni')
  ) {
    return true;
  }
  const call = tokens.findIndex((token) => /^ara(?:yin|yiniz|yabilir)$/.test(token) || token === 'arar');
  if (call < 1 || !tokens.slice(0, call).every((token) => CALL_OPENERS.has(token) || CALL_WHEN.has(token))) {
    return false;
  }
  const after = tokens[call] === 'arar' || tokens[call] === 'arayabilir' ? call + 2 : call + 1;
  if (after === call + 2 && !QUESTION_AFTER.test(tokens[call + 1] ?? '')) {
    return false;
  }
  // "bi arayın ya, 3 gündür…": "ya" closes the ask, whatever is told after it.
  return tokens[after] === 'ya' || tokens.slice(after).every((token) => CALL_CLOSERS.has(token));
}

// "dönüşünüzü bekliyorum", "en kısa sürede cevabınızı bekliyorum", "3 gündür yanıt bekliyorum": the business's reply
// awaited, as "waiting for your reply" is in English; not a parcel or a refund awaited ("kargomu bekliyorum").
const REPLY_AWAITED = /^(?:donus|cevap|cevab|yanit|geridonus)(?:unuzu|unuz|inizi|iniz)?$/;
const AWAITING_IT = /^bekl(?:iyorum|iyoruz|erim|eriz|emekteyim|emekteyiz|iyom)$/;
const HOW_LONG_WAITED =
  /^(?:\d+|bir|iki|uc|dort|bes|kac|gunlerdir|haftalardir|saatlerdir|aylardir|\S*(?:gundur|saattir|haftadir|aydir|dakikadir))$/;
const FROM_YOU = new Set(words(`sizden tarafinizdan yetkiliden birinden sizlerden`));

// "telefonunuzu bekliyorum", "aramanızı bekliyorum": your call awaited; "sizden haber bekliyorum": word from you.
const CALL_AWAITED = new Set(words(`telefonunuzu aramanizi`));

function isAReplyAwaitedInTurkish(tokens: readonly string[]): boolean {
  const reply = tokens.findIndex(
    (token, index) =>
      REPLY_AWAITED.test(token) ||
      CALL_AWAITED.has(token) ||
      (token === 'haber' && FROM_YOU.has(tokens[index - 1] ?? '')),
  );
  // "geri dönüşünüzü rica ederim": the reply asked for, as awaited.
  const isAskedFor = tokens[reply + 1] === 'rica' && /^ed/.test(tokens[reply + 2] ?? '');
  return (
    reply >= 0 &&
    (AWAITING_IT.test(tokens[reply + 1] ?? '') || isAskedFor) &&
    tokens.slice(reply + (isAskedFor ? 3 : 2)).every((token) => CALL_CLOSERS.has(token)) &&
    tokens
      .slice(0, reply)
      .every((token) => ON_THE_WAY.has(token) || FROM_YOU.has(token) || HOW_LONG_WAITED.test(token))
  );
}

// "ne zaman dönüş yapacaksınız", "beni ne zaman arayacaksınız", "ne zaman cevap vereceksiniz": the business's reply,
// asked when, as "when will you answer" is in English; not a parcel or a refund ("ne zaman iade yapacaksınız").
const YOU_WILL_REPLY = /^(?:doneceksiniz|arayacaksiniz|aranacagim|aranacagiz|donulecek)$/;
const WILL_BE_DONE = /^(?:yapacaksiniz|yapilacak)$/;
const WILL_BE_GIVEN = /^(?:vereceksiniz|verilecek)$/;
const AROUND_WHEN = new Set(words(`beni bana bize bizi acaba peki lutfen ya artik hala`));

function isWhenTheyReplyAskedInTurkish(tokens: readonly string[]): boolean {
  const when = tokens.findIndex((token, index) => token === 'ne' && tokens[index + 1] === 'zaman');
  if (when < 0 || !tokens.slice(0, when).every((token) => AROUND_WHEN.has(token))) {
    return false;
  }
  let at = when + 2;
  while (AROUND_WHEN.has(tokens[at] ?? '')) {
    at += 1;
  }
  const word = tokens[at] ?? '';
  const next = tokens[at + 1] ?? '';
  const end = YOU_WILL_REPLY.test(word)
    ? at + 1
    : (word === 'donus' && WILL_BE_DONE.test(next)) ||
        ((word === 'cevap' || word === 'yanit') && WILL_BE_GIVEN.test(next))
      ? at + 2
      : -1;
  return end > 0 && tokens.slice(end).every((token) => AROUND_WHEN.has(token) || CALL_CLOSERS.has(token));
}

// "mailime cevap verin", "şikayetime yanıt verir misiniz", "lütfen talebime dönüş verin": a reply to what the speaker
// sent, asked, as "please reply to my complaint" is in English; "soruma cevap verin" asks the one answering for an
// answer.
const WHAT_I_SENT =
  /^(?:mail(?:ler)?im|eposta(?:lar)?im|epostam|sikayet(?:ler)?im|talebim|taleplerim|mesaj(?:lar)?im|basvurum|ticketim)[ae]$/;
const A_REPLY = new Set(words(`cevap yanit donus`));

function isAReplyToWhatISentAsked(tokens: readonly string[]): boolean {
  const sent = tokens.findIndex((token) => WHAT_I_SENT.test(token));
  if (sent < 0 || !tokens.slice(0, sent).every((token) => AROUND_WHEN.has(token) || ON_THE_WAY.has(token))) {
    return false;
  }
  const verb = A_REPLY.has(tokens[sent + 1] ?? '') ? sent + 2 : -1;
  if (verb < 0 || !isYouAsked('ver', tokens[verb] ?? '', tokens[verb + 1] ?? '')) {
    return false;
  }
  const rest = QUESTION_AFTER.test(tokens[verb + 1] ?? '') ? verb + 2 : verb + 1;
  return tokens.slice(rest).every((token) => AROUND_WHEN.has(token) || CALL_CLOSERS.has(token));
}

export function asksToBeContacted(tokens: readonly string[]): boolean {
  if (
    isABareCallAsked(tokens) ||
    isAReplyAwaitedInTurkish(tokens) ||
    isWhenTheyReplyAskedInTurkish(tokens) ||
    isAReplyToWhatISentAsked(tokens)
  ) {
    return true;
  }
  for (let index = 0; index < tokens.length; index += 1) {
    if (isAPrivateLineAsked(tokens, index)) {
      return true;
    }
    if (
      isGettingBackAskedBefore(tokens, index) ||
      isSomeoneWhoWillReachAsked(tokens, index) ||
      isCalledAndToldMore(tokens, index) ||
      isWritingOrComingAsked(tokens, index)
    ) {
      return true;
    }
    const token = tokens[index] ?? '';
    const next = tokens[index + 1] ?? '';
    if (
      isMyBeingReachedWished(tokens, index) ||
      ((BEING_CALLED.test(token) || token === 'callback') && MY_WISHES.has(next)) ||
      // "yetkili kişinin tarafıma dönüş yapmasını arz ederim", "tarafıma dönüş yapılmasını rica ederim"
      (token === 'donus' &&
        /^yap(?:il)?mas[iu]n[iu]$/.test(next) &&
        MY_WISHES.has(tokens[index + 2] ?? '')) ||
      // "tarafımın telefon ile aranmasını talep ederim", "tarafıma telefonla ulaşılmasını arz ederim", "tarafımla
      // irtibata geçilmesini arz ederim": the speaker reached, wished in a petition's passive.
      (BEING_REACHED_WISHED.test(token) &&
        // "ulaşılmasını saygılarımla arz ederim"
        (MY_WISHES.has(next) || (next.startsWith('saygi') && MY_WISHES.has(tokens[index + 2] ?? ''))) &&
        tokens.slice(0, index).some((word) => SPEAKER_REACHED.has(word) || /^tarafim/.test(word))) ||
      // "SAP destek ekibinden geri arama alabilir miyim", "bugün IT'den geri dönüş alabilir miyim"
      (tokens[index - 1] === 'geri' &&
        (token === 'arama' || token === 'donus') &&
        /^alabilir/.test(next) &&
        /^m[iu]/.test(tokens[index + 2] ?? '')) ||
      isByPhoneTalkAsked(tokens, index)
    ) {
      return true;
    }
    if (
      WITH_ME.has(token) &&
      TURKISH_TOUCH_NOUNS.has(next) &&
      isTouchAskedOfYou(tokens[index + 2] ?? '', tokens[index + 3] ?? '')
    ) {
      return true;
    }
    // "toplu sipariş için mail üzerinden iletişime geçebilir misiniz": getting in touch asked of you, the speaker left
    // out as the one reached; "bankayla iletişime geçebilir misiniz" names someone else to reach.
    if (
      TURKISH_TOUCH_NOUNS.has(token) &&
      index > 0 &&
      !WITH_ME.has(tokens[index - 1] ?? '') &&
      isTouchAskedOfYou(next, tokens[index + 2] ?? '') &&
      !tokens.slice(0, index).some((word) => WITH_SOMEONE.test(word) || YOU_THE_BUSINESS.has(word))
    ) {
      return true;
    }
    // "acil dönüş yapabilir misiniz", "lütfen dönüş yapın": getting back asked of you, with the speaker left out.
    if (
      token === 'donus' &&
      isYouAsked('yap', next, tokens[index + 2] ?? '') &&
      tokens.slice(0, index).every((word) => ON_THE_WAY.has(word))
    ) {
      return true;
    }
    if (TO_ME.has(token)) {
      const isOpening = tokens.slice(0, index).every((word) => ON_THE_WAY.has(word));
      let at = index + 1;
      while (ON_THE_WAY.has(tokens[at] ?? '')) {
        at += 1;
      }
      const verb = tokens[at] ?? '';
      const after = tokens[at + 1] ?? '';
      if (
        isYouAsked('don', verb, after) ||
        // "lütfen bana ulaşın, numaram sistemde kayıtlı"
        isYouAsked('ulas', verb, after) ||
        // "bana yazsınlar", "bize yazın lütfen": written to, the speaker the one reached.
        (isYouAsked('yaz', verb, after) && isOpening) ||
        // "lütfen bana bir e-posta gönderin", "bana mail atar mısınız": a message to the speaker, asked.
        // "linkini bana SMS atar mısın" sends a thing; "bana mail atın dedi" reports.
        (isOpening &&
          !/^(?:de|di)/.test(tokens[at + 1] ?? '') &&
          tokens.slice(index + 1, at).some((word) => MESSAGES_SENT.has(word)) &&
          (isYouAsked('gonder', verb, after) ||
            isYouAsked('yolla', verb, after) ||
            isYouAsked('at', verb, after))) ||
        (verb === 'donus' && isYouAsked('yap', after, tokens[at + 2] ?? ''))
      ) {
        return true;
      }
    }
    if (
      YOUR_GETTING_BACK.test(token) &&
      WISHES.has(next) &&
      (token.startsWith('don') || tokens[index - 1] === 'donus')
    ) {
      return true;
    }
  }
  return false;
}

// "bağlayın artık", "beni aktarır mısınız lütfen": put through, with no one named, in a clause of its own (as English
// "transfer me please").
const PUT_THROUGH = /^(?:bagla|aktar|yonlendir)(?:y?[iu]n(?:[iu]z)?|[iu]?r|y?[ae]b[iu]l[iu]r)$/;
// "evet bağlayın", "tamam aktarın": an answer to the offer, then the ask; "aramayı aktarır mısınız": the call itself put
// through.
const AROUND_PUT_THROUGH = new Set(
  words(
    `beni bizi artik lutfen hemen acil acilen simdi bi bir evet tamam olur peki ona onlara aramayi cagriyi gorusmeyi`,
  ),
);

// "bağlanmayacak mısınız", "aktarmayacak mısınız": not putting through yet, asked as a reproach; "ne zaman
// bağlanacağım birine": when, asked while waiting.
const NOT_YET_PUT = /^(?:baglanmayacak|baglamayacak|aktarmayacak|yonlendirmeyecek)$/;
const WHEN_PUT = /^(?:baglanacagim|baglanacagiz|baglayacaksiniz|aktaracaksiniz)$/;

function asksWhyNotPutThrough(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      (NOT_YET_PUT.test(token) && /^m[iu]s[iu]n[iu]z$/.test(tokens[index + 1] ?? '')) ||
      (WHEN_PUT.test(token) && tokens[index - 1] === 'zaman' && tokens[index - 2] === 'ne'),
  );
}

// "yol yardım hattına bağlanmak istiyorum", "şikayet hattına aktarın": a line of the business, named by the word before
// it, in the dative with a verb of putting through after it; not "hattıma bağlanamıyorum" (the speaker's own line) nor
// a past or failed one ("hattına bağlandım", "bağlanamadım").
const A_LINE_IN_DATIVE = /^hatt[iu]na$/;
const PUT_ON_A_LINE = /^(?:baglan|bagla|aktar|yonlendir)/;
const PUT_TOLD_OR_FAILED = /(?:d[iu]m|d[iu]k|t[iu]m|m[ae]d|[ae]m[ae]|m[ae]z)/;

function asksForALine(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    const verb = tokens[index + 1] ?? '';
    return (
      A_LINE_IN_DATIVE.test(token) &&
      index > 0 &&
      PUT_ON_A_LINE.test(verb) &&
      !PUT_TOLD_OR_FAILED.test(verb.slice(4))
    );
  });
}

/** Whether a Turkish clause is only a request to be put through ("bağlayın artık"). */
export function asksToBePutThrough(tokens: readonly string[]): boolean {
  if (asksWhyNotPutThrough(tokens) || asksForALine(tokens)) {
    return true;
  }
  const at = tokens.findIndex((token) => PUT_THROUGH.test(token));
  if (at < 0) {
    return false;
  }
  const verb = tokens[at] ?? '';
  // "bağlar mısınız", "aktarır mı" ask it of the business; "yönlendirebilir miyim" asks leave to pass someone on.
  const isQuestion = /^m[iu]/.test(tokens[at + 1] ?? '') && !ASKED_ME.test(tokens[at + 1] ?? '');
  // "bağlar" and "bağlayabilir" ask only as a question.
  if ((verb.endsWith('r') || verb.endsWith('abilir') || verb.endsWith('ebilir')) && !isQuestion) {
    return false;
  }
  return tokens.every(
    (token, index) => index === at || AROUND_PUT_THROUGH.has(token) || (index === at + 1 && isQuestion),
  );
}

// "operatöre geç", "canlı desteğe geç artık", "insana geçer misin": switching the chat to someone, ordered in the
// familiar form; the one switched to in the dative right before it, and nothing after but words that urge ("temsilci
// geç cevap verdi" is late, "temsilciye geç kaldım" was late for them).
const SWITCH_ORDERED = new Set(['gec']);
const SWITCH_ASKED = new Set(['gecer', 'gecebilir']);
const DATIVE = /(?:[ae]|y[ae]|n[ae])$/;

function isReachableInDative(lang: CompiledLanguage, tokens: readonly string[], at: number): boolean {
  const word = tokens[at] ?? '';
  if (!DATIVE.test(word)) {
    return false;
  }
  const before = tokens[at - 1] ?? '';
  return (
    (lang.isStrong(word) || lang.isWeak(word) || lang.pairs.get(before)?.(word) === true) &&
    !lang.isNotTarget(word)
  );
}

// "karşıma bir insan çıkarın", "karşıma bir yetkili çıksın": someone put before the speaker, ordered.
const BROUGHT_BEFORE_ME = /^(?:cikar(?:t)?(?:[iu]n(?:[iu]z)?|s[iu]n)|c[iu]ks[iu]n)$/;

/** Whether a Turkish clause orders someone put before the speaker ("karşıma bir insan çıkarın"). */
export function asksToBeFacedWithSomeone(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  const at = tokens.indexOf('karsima');
  return (
    at >= 0 &&
    tokens.some(
      (token, index) =>
        index > at + 1 &&
        BROUGHT_BEFORE_ME.test(token) &&
        (lang.isStrong(tokens[index - 1] ?? '') || lang.isWeak(tokens[index - 1] ?? '')),
    )
  );
}

/** Whether a Turkish clause orders or asks the chat switched to someone ("operatöre geç", "insana geçer misin"). */
export function asksToSwitchToSomeone(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    const isOrder = SWITCH_ORDERED.has(token);
    const isQuestion = SWITCH_ASKED.has(token) && /^m[iu]/.test(tokens[index + 1] ?? '');
    if ((!isOrder && !isQuestion) || !isReachableInDative(lang, tokens, index - 1)) {
      return false;
    }
    return tokens
      .slice(index + (isQuestion ? 2 : 1))
      .every((word) => AROUND_PUT_THROUGH.has(word) || word === 'ya' || word === 'abi');
  });
}

// "zabıtayla görüşmek istiyorum", "müdür yardımcısıyla telefonda konuşabilir miyim", "satıcıyla görüşeyim":
// talking with someone named by any word in the comitative ("-(y)la"), asked. Not the speaker's own ("annemle",
// "doktorumla"), not "onunla", not what it is about ("faturayla ilgili").
const NAMED_WITH = /^\p{L}{3,}(?:y?l[ae])$/u;
const OWN_OR_POINTED =
  /(?:[aeiu]m|[iu]m[iu]z|imiz|umuz)l[ae]$|^(?:onunla|bununla|sununla|kendisiyle|kendimle|birbirimizle|telefonla|mailla|mesajla|yaziyla)$/;
const TALKING_WISHED = /^(?:gorus|konus)(?:mek|mem|memiz|meye|mam|mamiz|maya)$/;
// The speaker's own people in the comitative: "annemle", "eşimle", "avukatımızla"; not the business's people the
// speaker calls theirs ("danışmanımla", "temsilcimle"), who are asked for as "my account manager" is.
const OWN = new RegExp(`^(?:${OWN_PEOPLE})\\p{L}*(?:m|m[iu]z)l[ae]$`, 'u');
const NEEDED = new Set(words(`lazim gerek gerekiyor`));
const TALKING_ASKED = /^(?:gorus|konus)[ae]b[iu]l[iu]r$/;
const TALKING_OFFERED = /^(?:gorus|konus)[ae](?:y[iu]m|l[iu]m)$/;
const HOW_TALKED = new Set(words(`telefonda yuz yuze bir kez biraz acilen hemen`));

function isTalkingAsked(tokens: readonly string[], verb: number): boolean {
  const token = tokens[verb] ?? '';
  const next = tokens[verb + 1] ?? '';
  return (
    (TALKING_WISHED.test(token) && WISHES.has(next)) ||
    (TALKING_ASKED.test(token) && /^m[iu]/.test(next)) ||
    TALKING_OFFERED.test(token)
  );
}

/** Whether a Turkish clause asks to talk with someone named in the comitative. */
export function asksToTalkWithSomeone(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!NAMED_WITH.test(token) || OWN_OR_POINTED.test(token) || tokens[index + 1] === 'ilgili') {
      return false;
    }
    let verb = index + 1;
    while (HOW_TALKED.has(tokens[verb] ?? '') && verb < index + 3) {
      verb += 1;
    }
    return isTalkingAsked(tokens, verb);
  });
}

/**
 * Whether a Turkish sentence asks to talk with someone of the speaker's own ("annemle görüşmek istiyorum",
 * "eşimle konuşmam lazım"): the comitative with the speaker's possessive, then talking asked. Nobody of the business.
 */
export function asksToTalkWithTheSpeakersOwn(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    if (!NAMED_WITH.test(token) || !OWN.test(token)) {
      return false;
    }
    let verb = index + 1;
    while (HOW_TALKED.has(tokens[verb] ?? '') && verb < index + 3) {
      verb += 1;
    }
    return (
      isTalkingAsked(tokens, verb) ||
      (TALKING_WISHED.test(tokens[verb] ?? '') && NEEDED.has(tokens[verb + 1] ?? ''))
    );
  });
}

// "bana biri lazım", "bize bir yetkili gerek": someone needed by the speaker, named to them; "bu iş için biri lazım"
// hires. "birini ayarlayın", "beni arayacak birini ayarlarsanız": someone arranged for the speaker. "yazılı değil sesli
// görüşme istiyorum", "telefonla görüşme talep ediyorum": a talk by voice, wished.
const SOMEONE_NEEDED = /^(?:biri|birisi|kisi|insan|yetkili|temsilci|eleman|uzman|teknisyen)$/;
const SOMEONE_ARRANGED = /^(?:birini|birisini|yetkiliyi|temsilciyi|kisiyi|uzmani)$/;
/** "ayarlayın", "ayarlasın", "ayarlar (mısınız)", "ayarlarsanız", "ayarlayabilir": someone arranged, asked. */
export const ARRANGING = /^ayarla(?:y[iu]n(?:[iu]z)?|s[iu]n(?:l[ae]r)?|r|rsan[iu]z|san[iu]z|yabilir)$/;
const BY_VOICE = new Set(words(`sesli telefonla telefon yuzyuze goruntulu`));
const A_TALK = /^(?:gorusme|gorusmesi|konusma)$/;

/** Whether a Turkish clause asks for someone needed by or arranged for the speaker, or a talk by voice. */
const BEING_REACHED_WISHED = /^(?:aranmas|ulasilmas|gecilmes|donulmes)[iu]n[iu]$/;
const BARE_SENDING = new Set(['ver', 'gonder', 'ata']);
const SENT_OR_GIVEN =
  /^(?:gonder|ver|ata)(?:in|iniz|y[iu]n|y[iu]n[iu]z|sin|ir|er|ar|ebilir|abilir|yabilir)?$/;

export function asksForSomeoneArrangedOrNeeded(tokens: readonly string[]): boolean {
  return tokens.some((token, index) => {
    const next = tokens[index + 1] ?? '';
    if (token === 'bana' || token === 'bize') {
      const person = next === 'bir' || next === 'bi' ? index + 2 : index + 1;
      return SOMEONE_NEEDED.test(tokens[person] ?? '') && NEEDS.has(tokens[person + 1] ?? '');
    }
    if (SOMEONE_ARRANGED.test(token)) {
      return ARRANGING.test(next) && (!/r$/.test(next) || /^m[iu]/.test(tokens[index + 2] ?? ''));
    }
    // "insan gönderin", "bir insan ver bana", "bana bir temsilci atayın": someone sent, given or assigned to the
    // speaker.
    if (SOMEONE_NEEDED.test(token) && SENT_OR_GIVEN.test(next)) {
      // "bir insan ver bana": the bare imperative; "verir misiniz" asks with the question word after.
      return BARE_SENDING.has(next) || !/r$/.test(next) || /^m[iu]/.test(tokens[index + 2] ?? '');
    }
    // "yüz yüze görüşme", "telefon ile görüşme istiyorum": the way of the talk in two words.
    const voice =
      (token === 'yuz' && next === 'yuze') || (token === 'telefon' && next === 'ile') ? index + 1 : index;
    return (
      (BY_VOICE.has(token) || voice > index) &&
      A_TALK.test(tokens[voice + 1] ?? '') &&
      (MY_WISHES.has(tokens[voice + 2] ?? '') || tokens[voice + 2] === 'yapmak')
    );
  });
}
