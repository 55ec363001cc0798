// Turkish wording the grammar and the model read wrong: lines that name support or its people without asking for
// them: staff reviewed, contact told as hard or as a story, a meeting had, the business's own offer to pass the
// customer on, a thing forwarded with no one named, a person word inside a thing's name.
import type { Cue } from './human-request-find-cue.js';
import { TURKISH_CUES, TURKISH_WANTS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';
import { ARRANGING, isPassedOnByTheSpeaker } from './human-request-turkish-asking.js';
import { isTurkishAnchor } from './model-anchor-words.js';
import { makeStemLookup } from './stem-lookup.js';

// Staff or support as the subject of a judgement: "müşteri hizmetleri hiç yardımcı olmuyor", "temsilci problemi
// anlamıyor", "personel eğitimsiz". The word is in the nominative (not "temsilciye", "yetkiliyle").
const STAFF_SUBJECT =
  /^(?:temsilci(?:ler|leri|si|niz|leriniz)?|(?:personel|calisan|yetkili|operator|gorevli|kurye)(?:ler|lar|leri|lari|i|u|iniz|unuz)?)$/;
const PAIR_SUBJECT: Readonly<Record<string, RegExp>> = {
  musteri: /^hizmetleri(?:niz)?$/,
  canli: /^deste(?:k|gi|giniz)$/,
  teknik: /^deste(?:k|gi|giniz)$/,
  cagri: /^merkez(?:i|iniz)?$/,
  destek: /^ekib(?:i|iniz)$|^ekip$/,
};
// A third-person verb told of them ("olmuyor", "buluyor", "etti", "bekletmez") or a word that judges them.
const TOLD_OF_THEM =
  /(?:[iu]yor|yor)(?:lar)?$|[^aeiou](?:d|t)[iu](?:lar)?$|m[ae]z(?:lar)?$|m[ae]kt[ae](?:d[iu]r)?$/;
const JUDGEMENTS = new Set(
  words(`kaba kotu berbat rezalet yetersiz ilgisiz bilgisiz egitimsiz saygisiz aceleci yavas beceriksiz umursamaz
    personelli degil sifir harika mukemmel nazik kibar yardimsever profesyonel`),
);
// A negative verb told of them right after the word ("müşteri hizmetleri ilgilenmiyor", "temsilci dönmedi") is no typo
// of a wish, as another verb there may be.
const NEGATIVE_TOLD = /m[iu]yor(?:lar)?$|m[ae]d[iu](?:lar)?$|m[ae]z(?:lar)?$/;
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
        index > subject &&
        (JUDGEMENTS.has(token) ||
          (index > subject + 1 && TOLD_OF_THEM.test(token)) ||
          NEGATIVE_TOLD.test(token)),
    )
  );
}

// A complaint about someone: "şikayetim müşteri hizmetleri hakkında", "çağrı merkezi ile ilgili şikayetim var": the
// person is what the complaint is about.
const COMPLAINT = /^sikayet/;
const ABOUT = new Set(words(`hakkinda hakkindadir`));

/** Whether a Turkish sentence complains about someone ("şikayetim temsilci hakkında") and asks for no one. */
export function isAComplaintAboutStaff(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  const about = sentence.findIndex(
    (token, index) =>
      ABOUT.has(token) || (token === 'ile' && (sentence[index + 1] ?? '').startsWith('ilgili')),
  );
  return (
    about > 0 &&
    sentence.some((token) => COMPLAINT.test(token)) &&
    !sentence.some((token) => TURKISH_WANTS.has(token) || lang.language.contactForm(token) === 'request')
  );
}

// The business passing the customer on: "sizi ilgili birime yönlendireyim", "sizi temsilcimize aktarıyorum",
// "talebinizi ekibe iletiyorum". The speaker moves "you" along; a customer asks "beni … yönlendirir misiniz".
const YOU_AS_OBJECT = /^(?:sizi|sizleri)$|[^aeiou]?[iu]n[iu]z[iu]$/;
const PASSING_ON =
  /^(?:yonlendir|aktar|bagla(?!n)|ilet|devred|devret)\p{L}*(?:yorum|yoruz|eyim|ayim|elim|alim|ecegim|acagim|ecegiz|acagiz)$/u;

// "ona yönlendirebilir miyim": the speaker asking leave to pass someone on, with no "beni" to be passed.
const THE_SPEAKER = new Set(words(`beni bizi bana bize`));

/** Whether a Turkish clause is the business offering to pass the customer on, or the speaker passing someone on. */
export function isPassingTheCustomerOn(tokens: readonly string[]): boolean {
  if (
    tokens.some((token, index) => isPassedOnByTheSpeaker(token, tokens[index + 1] ?? '')) &&
    !tokens.some((token) => THE_SPEAKER.has(token))
  ) {
    return true;
  }
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
export const SAID = /^(?:de(?:di|mis|yip|yince)|di(?:yor|ye|yerek)|soyle(?:di|mis))/;

// "yetkilisiyle görüşmek istediğimi söyledim": the wish reported as said, in the past; "… istediğimi belirtmek
// isterim" still asks.
const WISH_AS_OBJECT = /^istedi[gk]imi(?:zi)?$/;
const SAID_IN_THE_PAST = /^(?:soyle|belirt|ilet|yaz|de|anlat|bildir)\p{L}*?[dt][iu](?:m|k)$/u;

function isWishReported(wish: string, after: string): boolean {
  return WISH_AS_OBJECT.test(wish) && SAID_IN_THE_PAST.test(after);
}

// "yetkiliyle konuşmam sırasında hat koptu": the verbal noun of a contact made a time of the story.
const YOUR_OR_MY_CONTACT = /m[ae](?:m|n|s[iu])(?:[iu]z)?$/;
const DURING = new Set(words(`esnasinda sirasinda boyunca sonrasinda oncesinde surecinde suresince`));

// "iptal dersen operatöre aktarır sistem", "9'a basınca temsilciye bağlar": how the line works, told in the aorist of
// the third person; "aktarır mısınız" asks.
const CONTACT_STEM = makeStemLookup(TURKISH_CUES.contactVerbs.map((stem) => [stem, true] as const));
const AORIST_THIRD = /^[aeiu]?r(?:l[ae]r)?$/;

// A question particle, typed however ("mısınız", "msiiniz", "imsinz"); the speaker put through, or urged ("beni …
// aktarr acilen"): a request still.
const ASKED_AFTER = /^i?m(?:[iu]|s|y)/;
const URGED = new Set(words(`beni bizi lutfen acilen hemen rica`));

function isHowItWorks(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const found = CONTACT_STEM(token);
  return (
    found !== undefined &&
    AORIST_THIRD.test(token.slice(found.stem.length)) &&
    !ASKED_AFTER.test(tokens[index + 1] ?? '') &&
    !tokens.some((word) => URGED.has(word))
  );
}

// "kimse beni aramasın", "beni aramayın", "beni aramayı bırakın": calls refused; a request in the same sentence
// ("aramayın, beni canlı temsilciye aktarın") is still one.
const CALLS_REFUSED = /^arama(?:s[iu]n(?:l[ae]r)?|y[iu]n(?:[iu]z)?)$/;
const OTHER_CONTACT = /^(?:bagla|baglan|aktar|yonlendir|gorus|konus|ulas)/;

// Ringing someone ("ara", "arayın"): the errand the speaker's own are named for.
const CALLING_SOMEONE = /^ar(?:a|ayin|ayiniz|ar|asin)$/;
// Someone of the speaker's own, the first person's possessive with a case after it at most: "müdürümü",
// "doktorumla", "hekimime".
const MY_OWN =
  /^(?:mudur|doktor|hekim|sekreter|hemsire|ogretmen|avukat|eczaci)[iu]?m(?:[iu]|y?l[ae]|[ae]|d[ae]n|[iu]n)?$/;

// The speaker's family and friends, in the same forms: "anneme", "eşimle", "kardeşimi", "oğluma", "arkadaşımla".
const MY_FAMILY =
  /^(?:(?:anne|baba|es|kardes|abla|abi|agabey|dede|teyze|hala|amca|dayi|kuzen|arkadas|komsu|sevgili)[iu]?m|oglum|kizim|kocam|karim)(?:[iu]|y?l[ae]|[ae]|d[ae]n|[iu]n)?$/;

/**
 * Whether every word for someone in a Turkish sentence is the speaker's own ("müdürümü ara", "doktorumu arayın",
 * "anneme ulaşmak mümkün mü"): the verbs of reaching them name no one else.
 */
export function namesOnlyOwnPeople(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  let own = 0;
  for (const token of sentence) {
    if (MY_OWN.test(token) || MY_FAMILY.test(token)) {
      own += 1;
    } else if (
      isTurkishAnchor(token) &&
      !CALLING_SOMEONE.test(token) &&
      !(own > 0 && OTHER_CONTACT.test(token))
    ) {
      // Anyone or anything else to reach ("destek ekibine aktarılmak istiyorum"): not only the speaker's own.
      return false;
    }
  }
  return own > 0;
}

/** Whether a Turkish sentence only refuses calls. */
export function refusesCalls(sentence: readonly string[]): boolean {
  const refused = sentence.some(
    (token, index) =>
      CALLS_REFUSED.test(token) || (token === 'aramayi' && (sentence[index + 1] ?? '').startsWith('birak')),
  );
  return refused && !sentence.some((token) => OTHER_CONTACT.test(token) || TURKISH_WANTS.has(token));
}

// "temsilciye bağlan dedim anlamıyor musun": the speaker's own words, said again to the one answering now, before a
// question or a complaint to it; "bağlayın dedim ama bağlamadılar" tells a story.
const SAID_BY_ME = /^de(?:dim|dik)$/;
const SAID_AGAIN_TO_YOU = /^(?:anlami\p{L}*|duymu\p{L}*|m[iu]s[iu]n\p{L}*|ya|artik|kac|bak|hala|yahu|be)$/u;

function isOwnRequestRepeated(tokens: readonly string[], said: number): boolean {
  const after = tokens[said + 1];
  return SAID_BY_ME.test(tokens[said] ?? '') && after !== undefined && SAID_AGAIN_TO_YOU.test(after);
}

/**
 * Whether the contact cue is a wish told ("görüşmek istediğimizde"), someone's words reported ("görüşün dedi"), a
 * time of the story ("görüşmem esnasında") or how the line works ("operatöre aktarır").
 */
export function isContactTold(tokens: readonly string[], cue: Cue): boolean {
  if (cue.kind !== 'contact') {
    return false;
  }
  const token = tokens[cue.index] ?? '';
  const next = tokens[cue.index + 1] ?? '';
  return (
    (/m[ae]k$/.test(token) && (WISH_TOLD.test(next) || isWishReported(next, tokens[cue.index + 2] ?? ''))) ||
    (SAID.test(next) && !isOwnRequestRepeated(tokens, cue.index + 1)) ||
    (YOUR_OR_MY_CONTACT.test(token) && DURING.has(next)) ||
    isHowItWorks(tokens, cue.index)
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

// "belgeleri yetkiliye iletin", "bu geri bildirimi ekibe iletir misiniz", "teşekkürlerimi personele iletin": thanks,
// feedback or papers passed on to someone, in the accusative before "ilet-"; a matter passed on ("şikayetimi
// yetkiliye iletin", "bu konuyu üst birime iletin") escalates it, and "beni yetkiliye iletin" puts the speaker through.
const PASSING_A_THING_ON = /^ilet/;
const A_THING =
  /^(?:tesekkur|selam|tebrik|memnuniyet|ovgu|bildirim|geribildirim|belge|evrak|dokuman|fotograf|resim|dekont|makbuz|fatura|fis)/;
const ACCUSATIVE = /(?:[^aeiou][iu]|y[iu]|n[iu])$/;
/** The speaker as the one put through or called, in Turkish: "beni", "bizi". */
export const TURKISH_SPEAKER = new Set(['beni', 'bizi']);

/** Whether a Turkish clause passes a thing on to someone ("belgeleri yetkiliye iletin"). */
export function isAThingPassedOn(lang: CompiledLanguage, clause: readonly string[]): boolean {
  const verb = clause.findIndex(
    (token) => PASSING_A_THING_ON.test(token) && lang.language.contactForm(token) === 'request',
  );
  return (
    verb > 0 &&
    !clause.some((token) => TURKISH_SPEAKER.has(token)) &&
    clause.slice(0, verb).some((token) => A_THING.test(token) && ACCUSATIVE.test(token))
  );
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
    // "bir temsilci ayarlayın", "yetkili ayarlar mısınız": someone arranged for the speaker, a verb, not "temsilci
    // ayarları" (a thing's settings).
    const next = sentence[index + 1] ?? '';
    if (!(lang.isStrong(token) || lang.isWeak(token)) || !lang.isOtherAfter(next) || ARRANGING.test(next)) {
      return false;
    }
    isThingName = true;
  }
  return isThingName;
}
