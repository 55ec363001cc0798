// The conversations the AI system asked about, as metrics see them: kept or escalated, and how they ended. Pure.

/** Outcomes the AI system reports for a conversation it kept. */
export const caseOutcomes = ['resolved_by_ai', 'escalated_later', 'customer_complained', 'reopened'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

/** Reported outcomes that mean a person was needed after all. */
const neededPerson = new Set<string>(['escalated_later', 'customer_complained', 'reopened']);

export interface CaseFacts {
  caseId: string;
  /** Its first evaluation: the first message Handoff saw. */
  firstSeenAt: number;
  /** Some evaluation said escalate or require_approval. */
  escalatedByDecision: boolean;
  /** An escalation exists for it (opened by a decision or explicitly). */
  hasEscalation: boolean;
  outcome: string | null;
  outcomeAt: number | null;
}

/** Every evaluation said continue. */
export const isKept = (facts: CaseFacts): boolean => !facts.escalatedByDecision;

/**
 * A missed escalation: every evaluation said continue, and later a person was needed after all: the AI system
 * reported escalated_later, customer_complained or reopened, or an escalation was opened for it.
 */
export const isMissed = (facts: CaseFacts): boolean =>
  isKept(facts) && (facts.hasEscalation || (facts.outcome !== null && neededPerson.has(facts.outcome)));

/** First message → resolved by the AI, for a kept conversation that never got an escalation; null otherwise. */
export function notEscalatedResolutionMs(facts: CaseFacts): number | null {
  if (
    !isKept(facts) ||
    facts.hasEscalation ||
    facts.outcome !== 'resolved_by_ai' ||
    facts.outcomeAt === null
  ) {
    return null;
  }
  return Math.max(0, facts.outcomeAt - facts.firstSeenAt);
}
