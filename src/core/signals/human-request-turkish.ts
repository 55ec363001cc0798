// Turkish wording the grammar and the model read wrong: the business's phone or e-mail asked for (a request), and
// lines that name support or its people without asking for them: staff reviewed, contact told as hard, the business's
// own offer to pass the customer on, a thing forwarded with no one named, a person word inside a thing's name.
import type { Cue } from './human-request-find-cue.js';
import type { Target } from './human-request-targets.js';
import { TURKISH_TOUCH_NOUNS, TURKISH_WANTS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';
import { isTurkishAnchor } from './model-anchor-words.js';
import { isTurkishCannotForm } from './negation.js';

// The business's own ways of contact: "telefon numaranız nedir", "mail adresiniz", "eposta var mı", "klinik
// telefonu nedir", "whatsapp hattınız var mı", "iletişim bilgileriniz".
const MAIL = /^(?:e?mail|eposta)(?:iniz|niz|inizi|nizi|iniz[ie]|adres\p{L}*)?$/u;
// "sipariş onay maili", "kargo takip maili", "ikinci el telefonunuz": a message or a thing, not a way to reach anyone.
const MESSAGE_KINDS = new Set(
  words(`onay takip bilgilendirme dogrulama kampanya reklam siparis fatura hosgeldin sifre el`),
);
const PHONE = /^tel(?:efon)?(?:u|unuz|unuzu|lariniz)?$/;
const LINE_AFTER = /^(?:numara|hat|adres|bilgi)/;
// "sipariş numaranız", "takip numarası": a thing's number, not a way to reach anyone.
const THING_NUMBERS = new Set(
  words(`siparis takip musteri kart hesap fatura kargo seri oda dosya basvuru referans rezervasyon kimlik tc police
    abone abonelik uye uyelik gonderi urun`),
);
// "numaram", "telefonumu", "mail adresime": the speaker's own.
const MINE = /[aeiou]m(?:[iu]|[iu]z|[iu]z[iu]|[ae]|d[ae]n|d[ae])?$/;
// "numaranızı", "telefonunuzu": yours, as an object; with "alabilir miyim" the business asks for the customer's.
const YOURS_AS_OBJECT = /n[iu]z[iu]$/;
const YOURS = /n[iu]z$/;
const BUSINESS_ASKS_YOURS = /^(?:alabil|paylas|yaz|ilet|birak|ver|gonder|not)/;
const ASKS = new Set(words(`nedir ne neydi nedi kac nelerdir`));
// Asked for, not sent: "mail gönderin" sends something by e-mail, "mail gönderdi" tells of one.
const ASKS_IN_QUESTION = /^(?:alabil|ogren|verir|vereb|paylas|soyler|soyleyebil)/;
// "iletişim bilgisi ver", "telefon numarası verin": given, told; "numaranızı verin" asks the customer for theirs.
const ASKS_GIVEN = /^(?:ver|verin|veriniz|versene|versenize)$/;
// "iletişim bilgilerinizi ve çalışma saatlerinizi öğrenebilir miyim": a second thing of yours before the ask.
const YOUR_OTHER_THING = /(?:n[iu]z[iu]?|s[iu]n[iu]|l[ae]r[iu])$/;

/** Where the ask is after a way of contact: past "acaba", "peki" and a second thing of the business's. */
function askAfter(tokens: readonly string[], end: number): number {
  let at = end + 1;
  while (tokens[at] === 'acaba' || tokens[at] === 'peki') {
    at += 1;
  }
  if (tokens[at] === 've') {
    const other = tokens.slice(at + 1, at + 4).findIndex((token) => YOUR_OTHER_THING.test(token));
    if (other >= 0) {
      at += other + 2;
    }
  }
  return at;
}

// "annemin telefonu", "şubenin telefonu", "müşteri hizmetlerinin numarası": a number someone owns, asked as
// information (the generated corpus's "tr-assistant-talk" family); "sizin", "kliniğinizin": the business's own.
const GENITIVE = /(?:n[iu]n|[^aeiou][iu]n)$/;
const BUSINESS_OWNER = /^sizin$|n[iu]z[iu]n$/;

/** The index of the word that ends a way of contact starting at `index` ("telefon numaranız"), or -1. */
function channelEnd(tokens: readonly string[], index: number): number {
  const token = tokens[index] ?? '';
  const next = tokens[index + 1] ?? '';
  if (MESSAGE_KINDS.has(tokens[index - 1] ?? '')) {
    return -1;
  }
  if (MAIL.test(token) || (token === 'e' && next.startsWith('posta')) || token.startsWith('whatsapp')) {
    const end = token === 'e' ? index + 1 : index;
    return LINE_AFTER.test(tokens[end + 1] ?? '') ? end + 1 : end;
  }
  if (PHONE.test(token)) {
    if (next.startsWith('numara')) {
      return index + 1;
    }
    // "telefon var mı" asks about a phone for sale; "telefonu nedir", "telefonunuz" about the line.
    return token === 'telefon' || token === 'tel' ? -1 : index;
  }
  if ((token === 'iletisim' || token === 'irtibat') && LINE_AFTER.test(next)) {
    return index + 1;
  }
  if (/^numara(?:n[iu]z|n[iu]z[iu])$/.test(token) && !THING_NUMBERS.has(tokens[index - 1] ?? '')) {
    return index;
  }
  return -1;
}

/** Whether a Turkish clause asks for the business's phone number, e-mail or WhatsApp line. */
export function isAskingForTurkishContactDetails(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index += 1) {
    const end = channelEnd(tokens, index);
    if (end < 0) {
      continue;
    }
    const owner = tokens[index - 1] ?? '';
    const last = tokens[end] ?? '';
    if (MINE.test(last) || (GENITIVE.test(owner) && !BUSINESS_OWNER.test(owner))) {
      return false;
    }
    const at = askAfter(tokens, end);
    const ask = tokens[at] ?? '';
    if (YOURS_AS_OBJECT.test(last) && BUSINESS_ASKS_YOURS.test(ask)) {
      return false;
    }
    const isThirdPerson = /^tel(?:efon)?u$/.test(last);
    if (
      ASKS.has(ask) ||
      (!isThirdPerson &&
        /^(?:var|yok)(?:m[iu])?$/.test(ask) &&
        (ask.length > 3 || /^m[iu]/.test(tokens[at + 1] ?? ''))) ||
      (!isThirdPerson && ASKS_IN_QUESTION.test(ask)) ||
      (!YOURS_AS_OBJECT.test(last) && ASKS_GIVEN.test(ask)) ||
      (YOURS.test(last) && (ask === '' || ask === 'lutfen'))
    ) {
      return true;
    }
  }
  return false;
}

// Staff or support as the subject of a judgement: "müşteri hizmetleri hiç yardımcı olmuyor", "temsilci problemi
// anlamıyor", "personel eğitimsiz". The word is in the nominative (not "temsilciye", "yetkiliyle").
const STAFF_SUBJECT =
  /^(?:temsilci(?:ler|leri|si|niz|leriniz)?|(?:personel|calisan|yetkili|operator|gorevli|kurye)(?:ler|lar|leri|lari|i|u|iniz|unuz)?)$/;
const PAIR_SUBJECT: Readonly<Record<string, RegExp>> = {
  musteri: /^hizmetleri(?:niz)?$/,
  canli: /^deste(?:k|gi|giniz)$/,
  teknik: /^deste(?:k|gi|giniz)$/,
  cagri: /^merkezi?$/,
  destek: /^ekib(?:i|iniz)$|^ekip$/,
};
// A third-person verb told of them ("olmuyor", "buluyor", "etti", "bekletmez") or a word that judges them.
const TOLD_OF_THEM =
  /(?:[iu]yor|yor)(?:lar)?$|[^aeiou](?:d|t)[iu](?:lar)?$|m[ae]z(?:lar)?$|m[ae]kt[ae](?:d[iu]r)?$/;
const JUDGEMENTS = new Set(
  words(`kaba kotu berbat rezalet yetersiz ilgisiz bilgisiz egitimsiz saygisiz aceleci yavas beceriksiz umursamaz
    personelli degil sifir harika mukemmel nazik kibar yardimsever profesyonel`),
);
const POSTPOSITIONS = new Set(words(`ile icin hakkinda tarafindan kadar gibi`));
const FIRST_PERSON = /(?:yorum|yoruz|yom|c[ae][gk][iu]m|c[ae][gk][iu]z)$/;

/** Whether a Turkish sentence judges staff or support and asks for no one ("temsilci çok kaba davrandı"). */
export function isAReviewOfStaff(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  // "canlı destek ile konuşmam gerek": the word before a postposition is not the subject.
  const subject = sentence.findIndex(
    (token, index) =>
      (STAFF_SUBJECT.test(token) || PAIR_SUBJECT[sentence[index - 1] ?? '']?.test(token) === true) &&
      !POSTPOSITIONS.has(sentence[index + 1] ?? ''),
  );
  if (subject < 0) {
    return false;
  }
  const asks = sentence.some(
    (token, index) =>
      TURKISH_WANTS.has(token) ||
      lang.followers.has(token) ||
      lang.questionWords.has(token) ||
      lang.language.contactForm(token) === 'request' ||
      lang.language.extraCueAfter(sentence, index) !== undefined ||
      FIRST_PERSON.test(token),
  );
  // A verb right after the word may be a typo of a wish ("bir operatör gwrekiyor"); a judgement never is.
  return (
    !asks &&
    sentence.some(
      (token, index) =>
        index > subject && (JUDGEMENTS.has(token) || (index > subject + 1 && TOLD_OF_THEM.test(token))),
    )
  );
}

// The business passing the customer on: "sizi ilgili birime yönlendireyim", "sizi temsilcimize aktarıyorum",
// "talebinizi ekibe iletiyorum". The speaker moves "you" along; a customer asks "beni … yönlendirir misiniz".
const YOU_AS_OBJECT = /^(?:sizi|sizleri)$|[^aeiou]?[iu]n[iu]z[iu]$/;
const PASSING_ON =
  /^(?:yonlendir|aktar|bagla(?!n)|ilet|devred|devret)\p{L}*(?:yorum|yoruz|eyim|ayim|elim|alim|ecegim|acagim|ecegiz|acagiz)$/u;

/** Whether a Turkish clause is the business offering to pass the customer on to someone. */
export function isPassingTheCustomerOn(tokens: readonly string[]): boolean {
  return tokens.some((token) => YOU_AS_OBJECT.test(token)) && tokens.some((token) => PASSING_ON.test(token));
}

// Contact told as hard, a verbal noun judged: "müşteri hizmetlerine bağlanmak ölüm", "temsilciye ulaşmak imkansız".
// How contact goes, not a wish for it (the English "whenever I contact support, they…" is read the same way).
const HARD = new Set(words(`zor zordur imkansiz olum iskence kabus eziyet cile dert rezalet berbat`));
const INTENSIFIERS = new Set(words(`cok neredeyse resmen tam bir gercekten adeta hep her zaman`));

function isJudgedHard(tokens: readonly string[], verb: number): boolean {
  if (!/m[ae]k$/.test(tokens[verb] ?? '')) {
    return false;
  }
  let at = verb + 1;
  while (INTENSIFIERS.has(tokens[at] ?? '')) {
    at += 1;
  }
  return HARD.has(tokens[at] ?? '') && !tokens.some((token) => TURKISH_WANTS.has(token));
}

/** Whether the contact cue is a verbal noun judged hard ("bağlanmak ölüm"), with no wish in the clause. */
export function isContactToldAsHard(tokens: readonly string[], cue: Cue): boolean {
  return cue.kind === 'contact' && isJudgedHard(tokens, cue.index);
}

/** The same for the model's sentence: a verb of contact made a noun and judged hard, nothing wished. */
export function tellsContactAsHard(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  return sentence.some(
    (token, index) => lang.language.contactForm(token) !== undefined && isJudgedHard(sentence, index),
  );
}

// "bu hafta doktorla görüşmem var mı": a meeting one has ("görüşmem var"), the verb of contact made a noun.
const MEETING_HAD = /m[ae](?:m|m[iu]z|n|n[iu]z|s[iu])$/;

/** Whether the contact cue is a meeting one has or had ("görüşmem var mı", "görüşmesi yok"), not a wish. */
export function isAMeetingHad(tokens: readonly string[], cue: Cue): boolean {
  return (
    cue.kind === 'contact' &&
    MEETING_HAD.test(tokens[cue.index] ?? '') &&
    /^(?:var|yok)/.test(tokens[cue.index + 1] ?? '')
  );
}

// "müdürle görüşmek istediğimde bekletildim", "temsilciyle konuşmak isteyince hat kapandı": a wish of the
// story, told as a time ("istediğimde", "isteyince", "isterken") or long past ("istemiştim"); "görüşmek istiyorum"
// and the polite "görüşmek istedim, bağlar mısınız?" still ask.
const WISH_TOLD = /^(?:istedi[gk]\p{L}*d[ae]|istemist|isteyince|isterken)/u;
// "kasiyer yetkiliyle görüşün dedi", "arayın dediler", "bağlanın diye yazdı": someone else's words, reported.
const SAID = /^(?:de(?:di|mis|yip|yince)|di(?:yor|ye|yerek)|soyle(?:di|mis))/;

// "yetkiliyle konuşmam sırasında hat koptu": the verbal noun of a contact made a time of the story.
const YOUR_OR_MY_CONTACT = /m[ae](?:m|n|s[iu])(?:[iu]z)?$/;
const DURING = new Set(words(`esnasinda sirasinda boyunca sonrasinda oncesinde surecinde suresince`));

/**
 * Whether the contact cue is a wish told ("görüşmek istediğimizde"), someone's words reported ("görüşün dedi") or a
 * time of the story ("görüşmem esnasında").
 */
export function isContactTold(tokens: readonly string[], cue: Cue): boolean {
  if (cue.kind !== 'contact') {
    return false;
  }
  const token = tokens[cue.index] ?? '';
  const next = tokens[cue.index + 1] ?? '';
  return (
    (/m[ae]k$/.test(token) && WISH_TOLD.test(next)) ||
    SAID.test(next) ||
    (YOUR_OR_MY_CONTACT.test(token) && DURING.has(next))
  );
}

const WISH_NOW = /^(?:istiyor|isterim|isteriz|lazim|gerek|lutfen|rica|talep)/;

/** The same for the model's sentence: contact wished in the story or reported as said, and nothing wished now. */
export function tellsContactAsTold(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  return (
    sentence.some(
      (token, index) =>
        lang.language.contactForm(token) !== undefined &&
        isContactTold(sentence, { index, kind: 'contact', isNegated: false }),
    ) && !sentence.some((token) => WISH_NOW.test(token))
  );
}

// "şikayetimi iletin", "talebimi aktarın": a thing of the speaker's forwarded, no one named to receive it.
const FORWARDING = /^(?:ilet|aktar|yonlendir)/;
const MY_THING = /[aeiou]?m[iu]$/;

/** Whether the only contact in a Turkish sentence is forwarding the speaker's thing, with no person named. */
export function isOnlyAThingForwarded(sentence: readonly string[]): boolean {
  const verb = sentence.findIndex((token) => FORWARDING.test(token));
  if (verb < 1 || !MY_THING.test(sentence[verb - 1] ?? '')) {
    return false;
  }
  return sentence.every((token, index) => index === verb || !isTurkishAnchor(token));
}

/**
 * Whether every word for a person in a Turkish sentence is part of a thing's name ("yönetici modu", "temsilci
 * paneli"), so the model's reading names no one.
 */
export function namesOnlyThings(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  let isThingName = false;
  for (let index = 0; index < sentence.length; index += 1) {
    const token = sentence[index] ?? '';
    if (!isTurkishAnchor(token)) {
      continue;
    }
    if (!(lang.isStrong(token) || lang.isWeak(token)) || !lang.isOtherAfter(sentence[index + 1] ?? '')) {
      return false;
    }
    isThingName = true;
  }
  return isThingName;
}

// The business telling the customer a way to reach someone: "müşteri temsilcimizle iletişime geçebilirsiniz",
// "bilişim destek birimine ulaşabilirsiniz". "You can …" is a statement; asked, it is "ulaşabilir misiniz", and
// "beni yetkiliye bağlayabilirsiniz" moves the speaker along.
const YOU_CAN_REACH = /^(?:ulas|gorus|konus|baglan)\p{L}*[ae]b[iu]l[iu]rs[iu]n(?:[iu]z)?$/u;
const YOU_CAN_TOUCH = /^(?:gec|kur)[ae]b[iu]l[iu]rs[iu]n(?:[iu]z)?$/;

function isYouCanReach(tokens: readonly string[], index: number): boolean {
  return (
    YOU_CAN_REACH.test(tokens[index] ?? '') ||
    (TURKISH_TOUCH_NOUNS.has(tokens[index] ?? '') && YOU_CAN_TOUCH.test(tokens[index + 1] ?? ''))
  );
}

// "You must …", told the same way: "fatura biriminizi aramanız gerekir", "bir yetkiliyle görüşmelisiniz".
// "beni aramanız gerek" is the speaker asking to be called, so the speaker must not be the one reached.
const YOU_MUST_REACH = /^(?:ara|ulas|gorus|konus|baglan)\p{L}*m[ae]l[iu]s[iu]n(?:[iu]z)?$/u;
const YOUR_REACHING = /^(?:ara|ulas|gorus|konus|baglan)\p{L}*m[ae]n[iu]z$/u;
const NEEDED = new Set(words(`lazim gerek gerekiyor gerekir gerekmektedir sart`));
const THE_SPEAKER = new Set(words(`beni bizi bana bize benimle bizimle`));

function isYouMustReach(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    (YOU_MUST_REACH.test(token) || (YOUR_REACHING.test(token) && NEEDED.has(tokens[index + 1] ?? ''))) &&
    !tokens.some((word) => THE_SPEAKER.has(word))
  );
}

/** Whether the contact cue tells the customer they can or must reach someone ("yetkiliye ulaşabilirsiniz"). */
export function isAWayToReachTold(tokens: readonly string[], cue: Cue): boolean {
  return cue.kind === 'contact' && (isYouCanReach(tokens, cue.index) || isYouMustReach(tokens, cue.index));
}

/** The same for the model's sentence, with no wish and no "I can't reach" of the speaker's beside it. */
export function tellsAWayToReach(sentence: readonly string[]): boolean {
  const must = sentence.findIndex((_, index) => isYouMustReach(sentence, index));
  return (
    (must >= 0 || sentence.some((_, index) => isYouCanReach(sentence, index))) &&
    // The need that makes "aramanız gerekiyor" a must is no wish of the speaker's.
    !sentence.some(
      (token, index) => (TURKISH_WANTS.has(token) && index !== must + 1) || isTurkishCannotForm(token),
    )
  );
}

// The speaker's own call to someone, said as a task: "akşam hekimi aramam gerek", "birini arayacağım",
// "ekibi aramalıyım". Only a weak word (a doctor, someone, a team) in the accusative, whom the speaker rings; the
// business's people ("müşteri hizmetlerini aramam lazım", "yetkiliyi aramalıyım") are still asked for, as "I need to
// call customer service" is, and "doktoru arıyorum" may be looking for the doctor.
const ACCUSATIVE = /(?:[^aeiou][iu]|y[iu]|n[iu])$/;
const SPEAKER_CALLS =
  /^ara\p{L}*?(?:m[ae]m(?:[iu]z)?|m[ae]l[iu]y[iu][mz]|[ae]c[ae][gk][iu][mz]|[iu]c[ae][mz]|[ae]y[iu]m)$/u;

/** Whether the cue is the speaker's own call to a weak word ("hekimi aramam gerek"), an errand, not a request. */
export function isSpeakersOwnCall(tokens: readonly string[], target: Target, cue: Cue): boolean {
  return (
    cue.kind === 'contact' &&
    !target.isStrong &&
    cue.index > target.end &&
    ACCUSATIVE.test(tokens[target.end] ?? '') &&
    SPEAKER_CALLS.test(tokens[cue.index] ?? '')
  );
}

/** The same for the model's sentence ("danışmanı aramalıyım"): no word for the business's people in it. */
export function tellsOwnCall(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  const call = sentence.findIndex((token) => SPEAKER_CALLS.test(token));
  if (
    call < 1 ||
    sentence.some(
      (token, index) => lang.isStrong(token) || lang.pairs.get(token)?.(sentence[index + 1] ?? '') === true,
    )
  ) {
    return false;
  }
  return sentence
    .slice(Math.max(0, call - 2), call)
    .some((token) => lang.isWeak(token) && !lang.isNotTarget(token) && ACCUSATIVE.test(token));
}

// The business telling its own act: "itirazınızı fatura ekibine aktarıyorum", "başvurunuzu muhasebeye ilettik",
// "yarın size dönüş yapacağız". A verb of passing on or getting back in the first person of the past, the present or
// the future: the speaker does it, and no one is asked to. "bağlanıyorum" (being connected) and "arıyorum" (also
// "looking for") are not among them.
// The stem and the ending only, so that a word chat glues on ("aktarartık", "aktarılmakistiyorum") is not read as one.
const OWN_ACT =
  /^(?:aktar|ilet|yonlendir|devret|devred|bagla|bagl(?=[iu]yo)|don)(?:[iu]l)?(?:[iu]?yor(?:um|uz)|[iu]?yom|[dt][iu][mk]|[ae]c[ae][gk][iu][mz]|[iu]c[ae][mz]|m[iu]st[iu][mk])$/;
const GETTING_BACK = /^yap(?:[iu]?yor(?:um|uz)|[ae]c[ae][gk][iu][mz]|[iu]c[ae][mz]|t[iu][mk])$/;

function isOwnAct(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return OWN_ACT.test(token) || (token === 'donus' && GETTING_BACK.test(tokens[index + 1] ?? ''));
}

/** Whether a Turkish sentence only tells the speaker's own passing on or getting back, with nothing asked. */
export function tellsOwnAct(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  let isTold = false;
  for (let index = 0; index < sentence.length; index += 1) {
    const token = sentence[index] ?? '';
    if (isOwnAct(sentence, index) || (sentence[index - 1] === 'donus' && isOwnAct(sentence, index - 1))) {
      isTold = true;
    } else if (
      TURKISH_WANTS.has(token) ||
      lang.questionWords.has(token) ||
      isTurkishCannotForm(token) ||
      lang.language.contactForm(token) === 'request' ||
      lang.language.extraCueAfter(sentence, index) !== undefined
    ) {
      return false;
    }
  }
  return isTold;
}
