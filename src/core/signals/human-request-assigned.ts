// The speaker's own assigned person asked about: "do I have a dedicated advisor?", "müşteri temsilcim kim?". Who one's
// contact is, or whether there is one, asks to be put through to no one yet ("can I speak to my advisor" still asks).
import type { SignalLocale } from './detect-locale.js';

const ENGLISH_ASSIGNED = new RegExp(
  String.raw`^(?:do|does|did) (?:i|we|my account) (?:still |already )?(?:have|get) (?:a|an|my own|our own|any|one) ` +
    String.raw`(?:(?:dedicated|personal|assigned|named|own|designated|private) )?(?:(?:account|relationship|case|wealth|mortgage|client) )?` +
    String.raw`(?:advisor|adviser|manager|banker|agent|rep|representative|contact|consultant|handler)` +
    String.raw`(?: (?:assigned|allocated))?(?: to (?:me|us|my account|my case))?$`,
);

// "müşteri temsilcim kim", "danışmanım kimdir acaba", "portföy yöneticim kim": the speaker's own, with the possessive
// "-(i)m", and "kim"; "bana atanmış bir danışman var mı": whether one is assigned.
const TURKISH_ASSIGNED =
  /^(?:benim )?(?:\p{L}+ )?(?:temsilci|danisman|yetkili|sorumlu|muhatap|mudur|yonetici|operator)[iu]?m(?:iz)? (?:kim|kimdir)(?: acaba)?$|^(?:bana|bize|hesabima|hesabimiza) (?:atanmis|atanan|tanimli|ozel) (?:bir )?(?:musteri )?(?:temsilci|danisman|yetkili|sorumlu|yonetici|muhatap)(?:[iu]m(?:[iu]z)?)? (?:var m[iu]|kim|kimdir)(?: acaba)?$/u;

/** Whether a sentence (folded tokens) only asks who, or whether there is, the speaker's own assigned person. */
export function isAssignedPersonAsked(tokens: readonly string[], language: SignalLocale): boolean {
  const joined = tokens.join(' ');
  return language === 'tr' ? TURKISH_ASSIGNED.test(joined) : ENGLISH_ASSIGNED.test(joined);
}
