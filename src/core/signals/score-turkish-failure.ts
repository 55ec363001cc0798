// A failure told by a Turkish verb's form alone ("çalışmıyor", "gelmedi", "ödenmemesi", "yapılmalıydı"), on any verb,
// or a problem word glued to the word before it; read with doubled letters typed once.
import { withSingleLetters } from './letter-runs.js';
import { isTurkishCannotForm } from './negation.js';

/** A complaint told by a negated or missing thing ("gelmedi", "cevap yok"). */
export const NEGATED_COMPLAINT = -2;

// Doubled letters are a common typo ("gelmeddi", "arızza"); the suffix tests read the word with each run of
// one letter kept once. Listed stems are looked up as typed first ("tesekkur" has a real double).
export const singleLetters = withSingleLetters;
// A verb's negative ending at the end of a word, also glued to the word before it ("kartimcalismiyor") and in
// chat spellings: present -mıyor/-muyor and colloquial -mıyo/-miyom, with a letter swapped or dropped
// ("-mıyro", "-mıor", "-myior"); past -madı/-medi; reported -mamış. The person ending may follow.
const NEGATIVE_VERB_TAIL =
  /\p{L}{2}(?:m(?:[iu]y|y[iu])(?:or|ro|o|r)|m[iu](?:or|ro)|myo|m[ae]d[iu]|m[ae]m[iu]s)\p{L}{0,5}$/u;
// A negative verb turned into a noun or adjective, as complaint titles write it: "Promosyonumun Ödenmemesi",
// "Müşteri Hizmetlerine Ulaşılamaması", "ilgilenmeyen", "kullanılamazlığı"; -mAdAn ("bilgilendirme yapılmadan")
// counts less, since "yapmadan önce" (before doing) is no complaint.
// The noun may go on with a case ending: "girememekten", "ödenmemesinden", "yapılmamasına", "gelmemesiyle".
const NEGATIVE_NOUN_TAIL =
  /\p{L}{2}m[ae](?:m[ae](?:s[iu](?:n[dt]?[ae]n?|yl[ae])?|k(?:t[ae]n?|l[ae])?|l[iu]|y[ae])?|y[ae]n\p{L}{0,3})$|[^aeiou][ae]m[ae]zl[iu]/u;
// What should have been done: "yapılmalıydı", "bildirilmeliydi".
const SHOULD_HAVE_TAIL = /\p{L}{2}m[ae]l[iu]y?d[iu]\p{L}{0,3}$/u;
const WITHOUT_DOING_TAIL = /\p{L}{2}m[ae]d[ae]n$/u;
export const WITHOUT_DOING = -1;
// "24 saat dolmadan geldi", "süre bitmeden": before a time runs out is a time, not something left undone.
export const BEFORE_TIME_RUNS_OUT = /^(?:dolmadan|gecmeden|bitmeden)$/;
// Negative verbs that state no failure: "istemiyorum" (I do not want), "bilmiyorum", "gerekmiyor", "önemli değil".
// "istemedim", "istemediğim paket" (not asked for, in the past) is a grievance about what was done unasked.
const NOT_A_FAILURE = /^(?:iste(?!med)|bil|gerek|unut|merak|sakinc|farket|tamam)/;
// Problem words inside a longer word, when a lost space glued them to the word before: "sureklihataveriyor".
const GLUED_PROBLEM = /(?:hata|sorun|ariza|magdur|sikayet|rezalet|basarisiz|yanlis|dolandir)(?!s[iu]z)/;
const FAILURE_FORM = -1.5;

/** A failure told by the verb form alone ("çalışmıyor", "olmuyo", "gelmedi"), on any verb, or a glued problem word. */
export function failureValue(token: string): number {
  // Every form read below has an "m" or is a long glued word; most words are neither.
  if (token.length <= 6 && !token.includes('m')) {
    return 0;
  }
  const plain = singleLetters(token);
  // Every verb form below has an "m": a word without one can only be a glued problem word.
  if (!plain.includes('m')) {
    return plain.length > 6 && GLUED_PROBLEM.test(plain.slice(2)) ? NEGATED_COMPLAINT : 0;
  }
  if (NOT_A_FAILURE.test(plain)) {
    return 0;
  }
  if (isTurkishCannotForm(plain)) {
    return NEGATED_COMPLAINT;
  }
  if (NEGATIVE_VERB_TAIL.test(plain) || NEGATIVE_NOUN_TAIL.test(plain) || SHOULD_HAVE_TAIL.test(plain)) {
    return FAILURE_FORM;
  }
  if (WITHOUT_DOING_TAIL.test(plain)) {
    return WITHOUT_DOING;
  }
  return plain.length > 6 && GLUED_PROBLEM.test(plain.slice(2)) ? NEGATED_COMPLAINT : 0;
}
