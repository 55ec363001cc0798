// Turkish verbs of contact that tell rather than ask: "geç-" (move to) said of a provider ("başka bir operatöre
// geçmek istiyorum", "operatöre geçmek için ne yapmalıyım": a customer moving to another carrier or bank, while
// "operatöre geçmek istiyorum" alone, in a support chat, still asks), and a wish or a wait in the past after the verb
// ("üst düzey biriyle görüşmek istedim", "temsilciyle konuşmak için bir saat bekledim"). The cue search reads them on
// the grammar's clauses, the model's vetoes on its sentence.
import { words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';

const SWITCHING = /^gec/;
// "sizin operatöre geçmek istiyorum": moving to the business as a provider.
const ANOTHER = new Set(['farkli', 'baska', 'diger', 'yeni', 'sizin']);
const BEFORE_MOST = 3;

/** Whether the token at `index` is "geç-" with another one named before it, or for a purpose after it. */
export function isSwitchingTo(tokens: readonly string[], index: number): boolean {
  return (
    SWITCHING.test(tokens[index] ?? '') &&
    (tokens[index + 1] === 'icin' ||
      tokens.slice(Math.max(0, index - BEFORE_MOST), index).some((word) => ANOTHER.has(word)))
  );
}

/** Whether a Turkish sentence tells of moving to another provider. */
export function tellsOfSwitching(sentence: readonly string[]): boolean {
  return sentence.some((_, index) => isSwitchingTo(sentence, index));
}

// Turkish past wishes and waits after a verb of contact: "görüşmek istedim", "konuşmak için bir saat bekledim".
// "istedim", "istemiştim", "istedik"; not "istediğimi", a wish reported as held now.
const WISHED_BEFORE = /^iste(?:d[iu](?:m|k)?|mist[iu](?:m|k)?)$/;
// "ulaşmak için 20 dakika müzik dinledim", "… 5 farklı tuşa basıp 3 menü dinledim": what the speaker did, told.
const PAST_OF_THE_SPEAKER =
  /^(?:bekle|dene|ugras|ara|yaz|git|gel|sor|dinle|bas|harca|tikla|tusla|doldur|cevir)\p{L}*(?:d|t)[iu]m$/u;
const PURPOSE_FAR = 8;
const PURPOSE_REACH = 4;

/** Whether the verb of contact at `index` is followed by a wish or a wait in the past ("görüşmek istedim"). */
export function isToldInThePast(tokens: readonly string[], index: number): boolean {
  if (WISHED_BEFORE.test(tokens[index + 1] ?? '')) {
    return true;
  }
  return (
    tokens[index + 1] === 'icin' &&
    tokens
      .slice(index + 2, index + 2 + (tokens.length > index + 2 + PURPOSE_REACH ? PURPOSE_FAR : PURPOSE_REACH))
      .some((token) => PAST_OF_THE_SPEAKER.test(token))
  );
}

/** Whether a Turkish sentence tells a past wish or wait to contact someone (the model's sentence). */
export function tellsAPastWishOrWait(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  return sentence.some(
    (token, index) =>
      (lang.language.contactForm(token) === 'request' && isToldInThePast(sentence, index)) ||
      AIM_TOLD.test(token),
  );
}

// "ilk hedefim bir müşteri yetkilisine bağlanmaktı", "tek isteğim biriyle konuşmaktı": an aim to reach someone, told
// in the past.
const AIM_TOLD = /^(?:baglanm|konusm|gorusm|ulasm)[ae]kt[iu]$/;

// The model's sentence ending in what was done or what others do: "müşteri hizmetleri ile görüşme sağlayamadım"
// (could not), "sürekli beni farklı departmanlara yönlendiriyorlar" (they keep doing), "işini bilen insanlarla
// çalışıyorsunuz" (you do), "aktardılar" (they did). Words that ask ("lütfen", "istiyorum", a question particle)
// anywhere keep it a request.
const TOLD_ENDING = /(?:[ae]m[ae]d[iu](?:m|k|n|n[iu]z|l[ae]r)?|[iu]yorl[ae]r|[iu]yorsunuz|[dt][iu]l[ae]r)$/;
const STILL_ASKS =
  /^(?:lutfen|rica|istiyorum|istiyoruz|isterim|acil|acilen|m[iu]|m[iu]s[iu]n(?:[iu]z)?|m[iu]y[iu][mz])$/;
const AFTER_THE_VERB = new Set(['ya', 'artik', 'hala', 'yine', 'hep', 'bile']);

/** Whether a Turkish sentence ends in a verb that tells, and nothing in it asks. */
export function endsTelling(sentence: readonly string[]): boolean {
  let last = sentence.length - 1;
  while (last > 0 && AFTER_THE_VERB.has(sentence[last] ?? '')) {
    last -= 1;
  }
  return TOLD_ENDING.test(sentence[last] ?? '') && !sentence.some((token) => STILL_ASKS.test(token));
}

// "Bera teknik destek sağlıyor mu?", "canlı destek sunuyor musunuz": whether a service is offered, asked.
const OFFERING = /^(?:sagl[iu]yor|sunuyor|sunar|saglar)/;

// "WhatsApp üzerinden destek veriyor musunuz", "telefonla destek sunuyor musunuz": support by a line of people, which
// asks for the line.
const BY_A_LINE = /^(?:telefon|whatsapp|posta|eposta|mail|sesli|gorun)/;

/** Whether a Turkish sentence asks whether support is offered (not by a line of people). */
export function asksWhetherOffered(sentence: readonly string[]): boolean {
  return sentence.some(
    (token, index) =>
      OFFERING.test(token) &&
      /^m[iu]/.test(sentence[index + 1] ?? '') &&
      sentence[index - 1] === 'destek' &&
      !BY_A_LINE.test(sentence[index - 2] ?? '') &&
      !BY_A_LINE.test(sentence[index - 3] ?? ''),
  );
}

// "hayatımda gördüğüm en iyi destek hattı", "berbat bir çağrı merkezi": a point of contact judged, good or bad, in a
// clause with no verb of wishing, asking or putting through; "berbat, hemen bir yetkiliye bağlayın" and "yarın arasanız
// daha iyi olur" still ask.
const JUDGING = new Set(
  words(`iyi kotu berbat harika rezalet guzel super mukemmel muhtesem felaket rezil kotuydu iyiydi`),
);
const ASKING_VERB =
  /^(?:isti|ister|lazim|gerek|bagla|aktar|yonlendir|ara[rymn]|arasa|arasin|arayin|gorus|konus|ulas|ilet|m[iu]s[iu]n|m[iu]y[iu]m|m[iu]$)/;

/** Whether a Turkish clause only judges what it names, asking nothing. */
export function onlyJudges(clause: readonly string[]): boolean {
  return clause.some((token) => JUDGING.has(token)) && !clause.some((token) => ASKING_VERB.test(token));
}

/** "bu nasıl bir müşteri hizmeti?": what kind of one, asked in scorn, asking nothing. */
export function asksInScornWhatKind(sentence: readonly string[]): boolean {
  return (
    sentence.some(
      (token, index) => token === 'nasil' && sentence[index + 1] === 'bir' && sentence[index - 1] === 'bu',
    ) && !sentence.some((token) => ASKING_VERB.test(token))
  );
}

// "Yapay zekâ çağrı asistanı ne yapar?", "sesli asistan nasıl çalışır": what a product of bots does, asked.
const A_BOT_PRODUCT = /^(?:asistan|bot|chatbot|robot)/;
const WHAT_IT_DOES =
  /(?:^| )(?:ne yapar|ne ise yarar|nedir|nasil calisir|ne demek|ne kadar|kac para|ucretli mi)(?: acaba)?$/;

/** Whether a Turkish sentence asks what a bot product is or does, asking no one. */
export function asksWhatABotProductDoes(sentence: readonly string[]): boolean {
  return (
    sentence.some((token) => A_BOT_PRODUCT.test(token)) &&
    WHAT_IT_DOES.test(sentence.join(' ')) &&
    !sentence.some((token) => ASKING_VERB.test(token))
  );
}
