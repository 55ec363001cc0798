// Reads what a past case's outcome says: did the conversation need a person?

/** Outcomes that say a person was needed: reported by the AI system, or how a person's escalation ended. */
const neededPerson = new Set(['escalated_later', 'customer_complained', 'reopened', 'resolved']);
/** Outcomes that say nobody was needed. */
const noPersonNeeded = new Set(['resolved_by_ai', 'false_escalation', 'handed_back']);

/** True when a person was needed, false when not, null when the outcome is absent or says neither (duplicate). */
export function neededAPerson(outcome: string | null): boolean | null {
  if (outcome === null) {
    return null;
  }
  const key = outcome.toLowerCase();
  return neededPerson.has(key) ? true : noPersonNeeded.has(key) ? false : null;
}

/** Every outcome word a drill understands. */
export const drillOutcomes: readonly string[] = [...neededPerson, ...noPersonNeeded, 'duplicate'];
