// Turkish verbs of contact that tell rather than ask: "geç-" (move to) said of a provider ("başka bir operatöre
// geçmek istiyorum", "operatöre geçmek için ne yapmalıyım": a customer moving to another carrier or bank, while
// "operatöre geçmek istiyorum" alone, in a support chat, still asks), and a wish or a wait in the past after the verb
// ("üst düzey biriyle görüşmek istedim", "temsilciyle konuşmak için bir saat bekledim"). The cue search reads them on
// the grammar's clauses, the model's vetoes on its sentence.
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
