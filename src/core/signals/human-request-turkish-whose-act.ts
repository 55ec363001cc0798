// Turkish verbs of contact read for whose act they tell, which asks for no one: a way to reach someone told the
// customer ("ulaşabilirsiniz", "aramanız gerekir"), the speaker's own call to someone ("hekimi aramam gerek"), the
// business's own passing on or getting back ("ilettik", "dönüş yapacağız").
import type { Cue } from './human-request-find-cue.js';
import type { Target } from './human-request-targets.js';
import { TURKISH_TOUCH_NOUNS, TURKISH_WANTS, words } from './human-request-cues.js';
import type { CompiledLanguage } from './human-request-languages.js';
import { isTurkishCannotForm } from './negation.js';

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
// "danışman hocanızla görüşmenizi öneririm": advised, as told.
const YOUR_REACHING_ADVISED = /^(?:ara|ulas|gorus|konus|baglan)\p{L}*m[ae]n[iu]z[iu]$/u;
const ADVISING = /^(?:oner|tavsiye)/;
const THE_SPEAKER = new Set(words(`beni bizi bana bize benimle bizimle`));

function isYouMustReach(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return (
    (YOU_MUST_REACH.test(token) ||
      (YOUR_REACHING.test(token) && NEEDED.has(tokens[index + 1] ?? '')) ||
      (YOUR_REACHING_ADVISED.test(token) && ADVISING.test(tokens[index + 1] ?? ''))) &&
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

// "son arayanı geri ara", "Mehmet'i ara": a call ordered of an assistant, in the familiar singular, to someone in the
// accusative who is not the speaker and not the business's people ("beni geri ara" and "müşteri hizmetlerini ara" ask).
const FAMILIAR_CALL = new Set(['ara']);
const NAME_ACCUSATIVE = /^[yn]?[iu]$/;

/** Whether a Turkish sentence orders the speaker's own call to someone ("son arayanı geri ara"). */
export function ordersOwnCall(lang: CompiledLanguage, sentence: readonly string[]): boolean {
  const last = sentence.length - 1;
  if (!FAMILIAR_CALL.has(sentence[last] ?? '')) {
    return false;
  }
  const called = sentence[last - 1] === 'geri' ? last - 2 : last - 1;
  const whom = sentence[called] ?? '';
  // "Mehmet'i": a name's case ending, split off at the apostrophe.
  const isNameEnding = NAME_ACCUSATIVE.test(whom) && called > 0;
  return (
    called >= 0 &&
    (ACCUSATIVE.test(whom) || isNameEnding) &&
    !THE_SPEAKER.has(whom) &&
    !sentence.some((token) => lang.isStrong(token) || lang.isWeak(token))
  );
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
