// Drafts the handoff brief, so the person taking over does not start from zero. Pure, no external service.
import type { Decision } from '../decide/decision.js';
import { readCase } from '../decide/read-case.js';
import { redactPii } from '../signals/pii.js';
import { findKeyEntities, type KeyEntity } from './key-entities.js';
import { phrases, type BriefLocale } from './phrases.js';
import { describeReason, plainKeyword } from './reason-words.js';

/** The brief as structured data plus a ready-to-read text. */
export interface HandoffBrief {
  locale: BriefLocale;
  customer: string;
  wants: string;
  tried: string[];
  why: string[];
  sentiment: string;
  entities: KeyEntity[];
  nextStep: string;
  text: string;
}

export interface BriefInput {
  case: unknown;
  decision: Decision | null;
  /** For explicit handoffs: the reason category and detail the AI system gave. */
  explicitReason?: { category: string; detail: string } | undefined;
}

const clip = (text: string, length: number): string =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

function trendWords(trend: readonly number[], score: number, words: (typeof phrases)[BriefLocale]): string {
  const mood =
    score <= -0.5
      ? words.veryNegative
      : score < -0.15
        ? words.negative
        : score > 0.15
          ? words.positive
          : words.neutral;
  if (trend.length < 2) {
    return `${mood} (${score.toFixed(2)})`;
  }
  const drift = (trend.at(-1) ?? 0) - (trend[0] ?? 0);
  const direction = drift <= -0.2 ? words.falling : drift >= 0.2 ? words.rising : words.steady;
  return `${mood} (${score.toFixed(2)}), ${direction}: ${trend.map((value) => value.toFixed(2)).join(' → ')}`;
}

/** Builds the brief in the case's locale (Turkish or English). */
export function makeHandoffBrief(input: BriefInput): HandoffBrief {
  const view = readCase(input.case);
  const decision = input.decision;
  const locale: BriefLocale = (decision?.signals.locale ?? view.locale ?? 'en').toLowerCase().startsWith('tr')
    ? 'tr'
    : 'en';
  const words = phrases[locale];
  const customerMessages = view.messages
    .filter((message) => message.role === 'customer')
    .map((m) => redactPii(m.text));

  const name = typeof view.customer.name === 'string' ? view.customer.name : undefined;
  const customer = [
    name ?? view.customer.id ?? words.unknownCustomer,
    view.customerTier === undefined ? null : `${words.tier} ${view.customerTier}`,
    view.channel === undefined ? null : `${words.via} ${view.channel}`,
  ]
    .filter((part) => part !== null)
    .join(', ');

  const latest = customerMessages.at(-1);
  const wants =
    [
      view.intent === undefined
        ? null
        : `${words.intent}: ${view.intent}${view.category === undefined ? '' : ` (${view.category})`}`,
      latest === undefined ? null : `${words.lastSaid}: "${clip(latest, 280)}"`,
    ]
      .filter((part) => part !== null)
      .join('. ') || words.unknownWant;

  const tried = view.attempts.map(
    (attempt) => `${attempt.action}${attempt.result === undefined ? '' : ` → ${attempt.result}`}`,
  );
  const why = input.explicitReason
    ? [`${input.explicitReason.category}: ${input.explicitReason.detail}`]
    : decision === null
      ? []
      : decision.reasons.map((reason) => describeReason(reason, decision.signals, locale));

  const entities = findKeyEntities(customerMessages, view.fields);
  const sentiment =
    decision === null
      ? words.neutral
      : trendWords(decision.signals.sentimentTrend, decision.signals.sentiment, words);
  const nextStep = suggestNextStep(decision, input.explicitReason?.category, words);

  const text = [
    `${words.headings.customer}: ${customer}`,
    `${words.headings.wants}: ${wants}`,
    `${words.headings.tried}: ${tried.length === 0 ? words.nothingTried : tried.join('; ')}`,
    `${words.headings.why}: ${why.join('; ') || '-'}`,
    `${words.headings.sentiment}: ${sentiment}`,
    `${words.headings.entities}: ${entities.length === 0 ? '-' : entities.map((e) => `${e.type} ${e.value}`).join(', ')}`,
    `${words.headings.next}: ${nextStep}`,
  ].join('\n');
  return { locale, customer, wants, tried, why, sentiment, entities, nextStep, text };
}

function suggestNextStep(
  decision: Decision | null,
  explicitCategory: string | undefined,
  words: (typeof phrases)[BriefLocale],
): string {
  const kinds = new Set((decision?.reasons ?? []).map((reason) => reason.kind));
  const steps: string[] = [];
  if (decision?.action === 'require_approval') {
    steps.push(words.next.approval);
  }
  if (kinds.has('human_request') || explicitCategory === 'customer_request') {
    steps.push(words.next.humanRequest);
  }
  if ((decision?.signals.keywords ?? []).length > 0 && kinds.has('keyword')) {
    steps.push(`${words.next.keywords} ${decision?.signals.keywords.map(plainKeyword).join(', ')}`);
  }
  if (decision !== null && decision.signals.violations.length > 0) {
    steps.push(`${words.next.missing} ${decision.signals.violations.join('; ')}`);
  }
  if (kinds.has('sentiment') || (decision !== null && decision.signals.sentiment <= -0.5)) {
    steps.push(words.next.apologise);
  }
  if (kinds.has('ai_loop') || kinds.has('confidence') || kinds.has('ambiguity')) {
    steps.push(words.next.confirmIntent);
  }
  if (steps.length === 0) {
    steps.push(words.next.default);
  }
  return steps.join(' ');
}
