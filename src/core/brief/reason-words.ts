// Says why an escalation happened in the brief's language; English keeps the decider's own detail.
import type { Reason, Signals } from '../decide/decision.js';
import type { BriefLocale } from './phrases.js';

/** A keyword as people read it: without the prefix marker `*`. */
export const plainKeyword = (keyword: string): string => keyword.replace(/\*$/, '');

const turkish: Record<string, (reason: Reason, signals: Signals) => string> = {
  confidence: (_reason, signals) =>
    signals.confidence === null
      ? 'yapay zekâ güven puanı göndermedi'
      : `yapay zekânın güveni (${signals.confidence.toFixed(2)}) ${signals.risk} risk için gereken eşiğin (${signals.threshold?.toFixed(2) ?? '-'}) altında`,
  human_request: (_reason, signals) =>
    `müşteri bir temsilciyle görüşmek istedi${signals.humanRequestPhrase === null ? '' : `: "${signals.humanRequestPhrase}"`}`,
  keyword: (_reason, signals) =>
    `mesajda dikkat gerektiren sözcükler var: ${signals.keywords.map(plainKeyword).join(', ')}`,
  sentiment: (_reason, signals) => `müşterinin duygu durumu olumsuz (${signals.sentiment.toFixed(2)})`,
  customer: () => 'müşteri segmenti bir temsilci gerektiriyor',
  field: (_reason, signals) => `eksik ya da hatalı bilgi: ${signals.violations.join('; ') || '-'}`,
  flag: () => 'vakada bir politika işareti var',
  ai_loop: () => 'yapay zekâ aynı yerde dönüp duruyor, sorunu çözemedi',
  ambiguity: () => 'müşterinin ne istediği belirsiz',
  frequency: () => 'aynı müşteri kısa sürede tekrar yazdı',
};

export function describeReason(reason: Reason, signals: Signals, locale: BriefLocale): string {
  if (locale === 'en') {
    return reason.detail;
  }
  const words = turkish[reason.kind];
  return words === undefined ? reason.detail : `${words(reason, signals)} (${reason.trigger})`;
}
