// Asking to be called back ("beni arayın", "can you call me later", "I need a callback") or how to phone a team: the
// Turkish readings, and the English one of human-request-call-back-english.ts.
import { DIGITS, isEnglishCallBack } from './human-request-call-back-english.js';
import { TURKISH_CALL_TIMES } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';

// Turkish "beni arayın", "telefonla arar mısınız", "beni arasınlar": asking to be called back, with no one else named
// as the one called.
const CALL_BACK = new Set([
  'arayin',
  'arayiniz',
  // "beni aratın": have someone call the speaker; "bi arasanız": the polite wish.
  'aratin',
  'aratiniz',
  'arasaniz',
  'arar',
  'arayabilir',
  // "hafta içi öğlen arayabilirsiniz beni": "you may call me", said to the business.
  'arayabilirsiniz',
  'arasin',
  'arasinlar',
]);
const CALL_BACK_BEFORE = new Set([
  'beni',
  'bizi',
  'telefonla',
  'telefondan',
  'telefonumdan',
  'numaramdan',
  'bu',
  'numaradan',
  'numarasindan',
  // "yeni numaramı arayın"
  'numarami',
  'telefonumu',
  'cebimi',
  'yeni',
  'geri',
  'lutfen',
  'en',
  'kisa',
  'surede',
  'zamanda',
  'acil',
  'acilen',
  // "beni sonra arayın", "beni yarın arar mısınız": when to call back.
  'daha',
  'siz',
  'sizler',
  'ogleden',
  'musait',
  'oldugunuzda',
  // "kayıtlı numaramdan arayın", "hafta içi öğlen arayabilirsiniz beni", "mesai saatleri dışında arayın".
  'kayitli',
  'hafta',
  'ici',
  'haftaici',
  'mesai',
  'saatleri',
  'saatlerinde',
  'disinda',
  // "Kızım beni telefonla arayabilir misiniz": the one answering, addressed.
  'kizim',
  'oglum',
  'evladim',
  'yavrum',
  'abi',
  'abla',
  'hocam',
  ...TURKISH_CALL_TIMES,
]);

// "beni 0532 111 22 33'ten arayın": the number to call, its digits and its case ending split off; "beni klinikten
// arasınlar", "beni bankadan arayın": where the call should come from.
const CASE_AFTER_DIGITS = new Set(['den', 'dan', 'ten', 'tan']);
const FROM_PLACE = /^\p{L}{3,}(?:d|t)[ae]n$/u;
// "beni mailden arayın" asks for a mail, not a call, as "mailden bilgilendirin" does.
const NOT_A_PLACE = /^(?:neden|nereden|sizden|benden|kimden|e?mail|eposta|posta|sms|mesaj)/;

// "akşam 6dan sonra", "10 gibi", "0532 111 22 33": a clock time or a number, with its case ending glued or after.
const TIME_OR_NUMBER = /^\d+(?:[dt][ae]n?|y?[ae])?$/;
// "akşam 6'dan sonra arayın işteyim": when, and why then, around the call.
const ABOUT_THEN = new Set([
  'gibi',
  'civari',
  'civarinda',
  'saat',
  'bucuk',
  'sularinda',
  'isteyim',
  'musaitim',
  'bekliyorum',
]);

// "mail atmayın arayın", "mesaj yazmayın beni arayın": the other way refused before the call asked.
const NOT_THAT_WAY = /^(?:e?mail|mesaj|sms|eposta)$/;
const REFUSED_WAY = /^(?:at|yaz|gonder)m[ae]y[iu]n(?:[iu]z)?$/;

function isTurkishCallBackBefore(tokens: readonly string[], index: number, isMe: boolean): boolean {
  const token = tokens[index] ?? '';
  return (
    CALL_BACK_BEFORE.has(token) ||
    (NOT_THAT_WAY.test(token) && REFUSED_WAY.test(tokens[index + 1] ?? '')) ||
    (REFUSED_WAY.test(token) && NOT_THAT_WAY.test(tokens[index - 1] ?? '')) ||
    // "beni tekrar arayın", "tekrar arar mısınız": again, with the speaker named or asked as a question ("yarın
    // tekrar arayın" may tell the customer to call).
    ((token === 'tekrar' || token === 'yeniden') && (isMe || /^m[iu]/.test(tokens[index + 2] ?? ''))) ||
    TIME_OR_NUMBER.test(token) ||
    ABOUT_THEN.has(token) ||
    (isMe &&
      (DIGITS.test(token) ||
        (CASE_AFTER_DIGITS.has(token) && DIGITS.test(tokens[index - 1] ?? '')) ||
        (FROM_PLACE.test(token) && !NOT_A_PLACE.test(token))))
  );
}

// "bütçeme uygun bir şey bulursanız beni arar mısınız", "müsait olunca beni arayın": a condition ends right before
// "beni", and its words are not the call's. Conditional or "when" endings only ("masa", "kasa" are nouns).
const CONDITION_ENDS = /(?:s[ae]n[iu]z|[^aeiou]s[ae]|[iu]nc[ae]|ken)$/;

// "numaramı bırakıyorum beni arayın", "numaram 0532 111 22 33 arayın": the speaker's number given first, then the ask.
const MY_NUMBER = /^(?:numara|telefon|cep)[iu]?m(?:[iu])?$/;
const GIVING = /^(?:birak|yaz|ver|payla|ilet|not|soyl)/;

/** Where the words after the speaker's own number, given, start ("numaramı bırakıyorum"), else 0. */
function afterMyNumber(tokens: readonly string[], at: number): number {
  // "telefon numaramı bırakıyorum 0555 …": the number named in two words.
  const named = tokens[0] === 'telefon' && MY_NUMBER.test(tokens[1] ?? '') ? 1 : 0;
  if (!MY_NUMBER.test(tokens[named] ?? '')) {
    return 0;
  }
  let end = named + 1;
  while (end < at && (DIGITS.test(tokens[end] ?? '') || GIVING.test(tokens[end] ?? ''))) {
    end += 1;
  }
  return end > named + 1 ? end : 0;
}

/**
 * Where the call back's own words start: after a condition that ends right before "beni"/"bizi", or after the
 * speaker's number given; else 0.
 */
function callBackStart(tokens: readonly string[], at: number): number {
  const given = afterMyNumber(tokens, at);
  if (given > 0) {
    return given;
  }
  const me = tokens.findIndex((token, index) => index < at && (token === 'beni' || token === 'bizi'));
  if (me > 0 && CONDITION_ENDS.test(tokens[me - 1] ?? '')) {
    return me;
  }
  // "sizi arayamıyorum siz beni arayın": the speaker and the ask right before the verb, whatever came first.
  if (me > 0 && me === at - 1) {
    return tokens[me - 1] === 'siz' ? me - 1 : me;
  }
  return 0;
}

// "kurye beni arasın lütfen, adresi bulamıyor", "eczane beni arasın": someone of the business told, in the third person,
// to call the speaker; whatever follows. "annem beni arasın" names the speaker's own (the possessive "-m").
const TOLD_TO_CALL = new Set(['arasin', 'arasinlar']);
const MY_OWN = /[aeiu]m$/;

// "eczacı beni arayabilir mi": the same, asked.
const ASKED_TO_CALL = new Set(['arayabilir', 'arar']);

const THE_CALLED = new Set(['beni', 'bizi', 'odami', 'odamizi', 'numarayi', 'numarami']);
const HOW_AND_WHEN_MOST = 5;

function isToldToCallMe(tokens: readonly string[], at: number): boolean {
  const verb = tokens[at] ?? '';
  if (!TOLD_TO_CALL.has(verb) && !(ASKED_TO_CALL.has(verb) && /^m[iu]/.test(tokens[at + 1] ?? ''))) {
    return false;
  }
  // "resepsiyon odamı arasın": the speaker's room is the speaker; "biri beni bu numaradan geri arasın", "biri bu
  // numarayı en kısa zamanda arasın": how and when between the speaker and the call.
  let me = at - 1;
  while (
    me > 0 &&
    me > at - 1 - HOW_AND_WHEN_MOST &&
    isTurkishCallBackBefore(tokens, me, true) &&
    !THE_CALLED.has(tokens[me] ?? '')
  ) {
    me -= 1;
  }
  if (!THE_CALLED.has(tokens[me] ?? '')) {
    me = -1;
  }
  const isMeAfter = tokens[at + 1] === 'beni' || tokens[at + 1] === 'bizi';
  const subject = tokens.slice(Math.max(0, (me < 0 ? at : me) - 3), me < 0 ? at : me);
  // "beni arasınlar": they, whoever of the business, with no one named.
  return (
    (me >= 0 || isMeAfter) &&
    (subject.length > 0 || verb === 'arasinlar') &&
    // "kim olursa arasın beni": whoever it is ("kim" only looks like "-im").
    !subject.some((word) => MY_OWN.test(word) && word !== 'kim')
  );
}

const AGAIN = new Set(['tekrar', 'yeniden', 'geri']);
const SOMEONE_ELSE_CALLED = /(?:m[iu]|y[iu]|n[iu])$/;

// Words that make the ask before them only reported: "dedim", "demiştim", "diye", "dediler", "denildi", "söyledim".
const REPORTED = /^(?:de(?:di|mi|yi|ye|ni|r)|diye|diyor|soyle|yazd)/;

// "geri arama istiyorum", "geri aranmak istiyorum": a call back as a noun, wished.
const CALL_BACK_NOUNS = /^(?:arama|aranma|aranmak)$/;
// "geri arama talepleri" names the requests, a thing: the wish only as a word of its own.
const WISHED = /^(?:istiyorum|istiyoruz|isterim|rica|talep|lazim|gerek|gerekiyor)$/;

function isTurkishCallBackNoun(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'geri' &&
      CALL_BACK_NOUNS.test(tokens[index + 1] ?? '') &&
      WISHED.test(tokens[index + 2] ?? ''),
  );
}

// "bana telefon açsınlar", "telefon açar mısınız": a phone call given to the speaker, asked.
const GIVE_A_CALL =
  /^(?:ac|ed)(?:in|iniz|sin|sinlar|er|ar|ebilir|abilir|ersiniz|arsiniz|ermisiniz|armisiniz)$/;

function isPhoneCallAsked(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'telefon' &&
      GIVE_A_CALL.test(tokens[index + 1] ?? '') &&
      // "telefon edin", "telefon açın lütfen": the whole message, the speaker left out.
      ((index === 0 && tokens.slice(2).every((word) => word === 'lutfen')) ||
        tokens[index - 1] === 'bana' ||
        tokens[index - 1] === 'bize' ||
        // "bana bi telefon açın"
        ((tokens[index - 1] === 'bi' || tokens[index - 1] === 'bir') &&
          (tokens[index - 2] === 'bana' || tokens[index - 2] === 'bize')) ||
        /^m[iu]/.test(tokens[index + 2] ?? '')),
  );
}

// "05321234567 bu numaradan dönüş yapın", "bu numaradan bana dönüş yapar mısınız": an answer back by phone, asked.
const ANSWER_BACK = /^yap(?:in|iniz|sin|sinlar|ar|abilir)$/;
const BY_THIS_NUMBER = new Set([
  'bu',
  'numaradan',
  'numaramdan',
  'telefondan',
  'telefonla',
  'bana',
  'bize',
  'lutfen',
]);

// "beni yarın arasanız olur mu", "bizi arasanız sevinirim": a call asked politely, as a wish's condition.
const CALLED_IF = /^ara(?:san[iu]z|sin[iu]z|yabilirseniz)$/;
const WOULD_BE_GOOD = new Set(['olur', 'olurmu', 'sevinirim', 'seviniriz', 'memnun', 'iyi']);

// "dönüş yaparsanız sevinirim": getting back asked the same way.
const GOT_BACK_IF = /^yap(?:arsan[iu]z|san[iu]z|abilirseniz)$/;

function isCallAskedPolitely(tokens: readonly string[]): boolean {
  const back = tokens.findIndex(
    (token, index) => token === 'donus' && GOT_BACK_IF.test(tokens[index + 1] ?? ''),
  );
  if (back >= 0 && WOULD_BE_GOOD.has(tokens[back + 2] ?? '')) {
    return true;
  }
  const at = tokens.findIndex((token) => CALLED_IF.test(token));
  return (
    at > 0 &&
    (WOULD_BE_GOOD.has(tokens[at + 1] ?? '') ||
      (tokens[at + 1] === 'daha' && WOULD_BE_GOOD.has(tokens[at + 2] ?? ''))) &&
    (tokens
      .slice(Math.max(0, at - HOW_AND_WHEN_MOST), at)
      .some((token) => token === 'beni' || token === 'bizi') ||
      // "akşam 6'dan sonra arasanız daha iyi olur": only when, before the call.
      tokens.slice(0, at).every((_, index) => isTurkishCallBackBefore(tokens, index, false)))
  );
}

function isAnswerBackByPhone(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('donus');
  if (at < 1 || !ANSWER_BACK.test(tokens[at + 1] ?? '')) {
    return false;
  }
  const before = tokens.slice(0, at);
  return (
    before.some((token) => token === 'numaradan' || token === 'numaramdan') &&
    before.every((token) => BY_THIS_NUMBER.has(token) || DIGITS.test(token))
  );
}

/**
 * "beni ara", "lütfen beni ara", "beni geri ara lütfen": the singular "ara" ending the clause after the speaker, with
 * only when, how or "lütfen" between or around; alone, "ara" may be a search ("ürün ara").
 */
function isCallMeInTheSingular(tokens: readonly string[]): boolean {
  const asked = tokens.filter((token) => token !== 'lutfen');
  return (
    asked.length >= 2 &&
    asked[asked.length - 1] === 'ara' &&
    (asked[0] === 'beni' || asked[0] === 'bizi') &&
    asked.slice(1, -1).every((token) => CALL_BACK_BEFORE.has(token) || TIME_OR_NUMBER.test(token))
  );
}

/** Whether the clause asks to be called back, in the clause's language. */
export function isCallBack(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  if (!lang.language.negatesAfter) {
    return isEnglishCallBack(tokens);
  }
  if (
    isTurkishCallBackNoun(tokens) ||
    isPhoneCallAsked(tokens) ||
    isAnswerBackByPhone(tokens) ||
    isCallAskedPolitely(tokens)
  ) {
    return true;
  }
  if (isCallMeInTheSingular(tokens)) {
    return true;
  }
  const at = tokens.findIndex((token) => CALL_BACK.has(token));
  if (at > 0 && isToldToCallMe(tokens, at)) {
    return true;
  }
  // "telefonum kapalıydı şimdi açık, tekrar arar mısınız": again, asked, whatever came before.
  // "annemi tekrar arar mısınız" names someone else to call.
  if (at > 0 && AGAIN.has(tokens[at - 1] ?? '') && /^m[iu]s[iu]n[iu]z$/.test(tokens[at + 1] ?? '')) {
    const object = tokens[at - 2] ?? '';
    return (
      (tokens[at] === 'arar' || tokens[at] === 'arayabilir') &&
      (object === 'beni' || object === 'bizi' || !SOMEONE_ELSE_CALLED.test(object))
    );
  }
  const from = callBackStart(tokens, at);
  // A number or a place only with "beni"/"bizi": the speaker is the one to call.
  // "0532 000 11 22 numarasından arayın beni": the speaker named right after the verb, the number before it.
  const isMe =
    tokens.slice(from, at).some((token) => token === 'beni' || token === 'bizi') ||
    (at > 0 && (tokens[at + 1] === 'beni' || tokens[at + 1] === 'bizi') && tokens[at] !== 'arar');
  // "arayın beni", "arayın bizi lütfen", "ara beni": the verb first, the speaker after it (the singular "ara" only so,
  // since alone it may be a search).
  if (
    (at === 0 || tokens[0] === 'ara') &&
    (tokens[1] === 'beni' || tokens[1] === 'bizi') &&
    tokens[0] !== 'arar'
  ) {
    return tokens
      .slice(2)
      .every((token) => token === 'lutfen' || TIME_OR_NUMBER.test(token) || ABOUT_THEN.has(token));
  }
  if (
    at < 1 ||
    !tokens.slice(from, at).every((_, index) => isTurkishCallBackBefore(tokens, from + index, isMe))
  ) {
    return false;
  }
  // "arar" and "arayabilir" ask only as a question: "arar mısınız", not "arar" told of someone.
  const rest = tokens.slice(at + 1);
  const isQuestion = rest.length > 0 && /^(?:mi|mu)/.test(rest[0] ?? '');
  if (isQuestion || !['arar', 'arayabilir'].includes(tokens[at] ?? '')) {
    // "beni arayın lütfen numaram 0532…", "beni en kısa zamanda arayın faturam yanlış gelmiş": with the speaker
    // named, the call is asked whatever sentence runs on after it, unless the ask is only reported ("beni arayın
    // dedim", "arayın diye yazdım") or the call is for a notice when something happens ("beni arayın kargo
    // çıkınca", as "call me when it ships").
    const next = rest[isQuestion ? 1 : 0] ?? '';
    if (isMe && !REPORTED.test(next) && !rest.some((token) => CONDITION_ENDS.test(token))) {
      return true;
    }
  }
  return (
    rest.every(
      (token) =>
        /^(?:mi|mu)/.test(token) ||
        token === 'lutfen' ||
        token === 'beni' ||
        token === 'bizi' ||
        TIME_OR_NUMBER.test(token) ||
        ABOUT_THEN.has(token),
    ) &&
    (isQuestion || !['arar', 'arayabilir'].includes(tokens[at] ?? ''))
  );
}

// Turkish "müşteri hizmetlerini nasıl ararım", "çağrı merkezini nasıl arayabilirim": how to phone a team of people,
// which asks for them as "… aramak istiyorum" does; "annemi nasıl ararım" names no team.
const TEAM_TO_CALL = new Set([
  'hizmetlerini',
  'merkezini',
  'destegi',
  'destegini',
  'hattini',
  'temsilciyi',
  'temsilcinizi',
  'yetkiliyi',
  'yetkilinizi',
  'operatoru',
  'operatorunuzu',
  'ekibini',
  'birimini',
]);

/** Whether a Turkish clause asks how to phone a team of people ("müşteri hizmetlerini nasıl ararım"). */
export function isHowToCallTeam(lang: CompiledLanguage, tokens: readonly string[]): boolean {
  if (!lang.language.negatesAfter) {
    return false;
  }
  const at = tokens.indexOf('nasil');
  return at > 0 && TEAM_TO_CALL.has(tokens[at - 1] ?? '') && /^arar|^arayabil/.test(tokens[at + 1] ?? '');
}
