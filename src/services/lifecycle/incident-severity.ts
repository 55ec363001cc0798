// The facts an incident's severity thresholds are checked against, read from the database: an escalation's
// priority and triggers, how many escalations are linked, how many recent ones match.
import type { Transaction } from 'kysely';
import { chooseSeverity, countWindow, severityHolds } from '../../core/incidents/choose-severity.js';
import type { IncidentsSection, Severity } from '../../core/playbook/incidents-schema.js';
import { decodeJson, type JsonText } from '../../store/json.js';
import { selectRecentEscalations } from '../../store/queries/select-recent-escalations.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';

/** The trigger ids of the decision that opened an escalation (none for one opened explicitly). */
export function triggersOf(decision: JsonText | null): string[] {
  if (decision === null) {
    return [];
  }
  const reasons = (decodeJson(decision) as { reasons?: Array<{ trigger?: unknown }> } | null)?.reasons ?? [];
  return reasons
    .map((reason) => reason.trigger)
    .filter((trigger): trigger is string => typeof trigger === 'string');
}

/** Whether a severity's priority and trigger thresholds (not its count) hold for an escalation. */
const matches = (severity: Severity, priority: string, triggers: readonly string[]) =>
  severityHolds(
    { ...severity, when: { ...severity.when, escalations: undefined } },
    {
      priority,
      triggers,
      count: () => 0,
    },
  );

/**
 * The severity an automation's `open_incident` with severity `auto` opens: the most severe whose thresholds
 * hold for this escalation, counting the escalations opened within its window that match it too. Null: none holds.
 */
export async function severityFromRecent(
  trx: Transaction<Tables>,
  section: IncidentsSection,
  escalation: EscalationRow,
  now: number,
): Promise<Severity | null> {
  const windows = section.severities.map(countWindow);
  const recent = await selectRecentEscalations(trx, now - Math.max(...windows));
  return chooseSeverity(section, {
    priority: escalation.priority,
    triggers: triggersOf(escalation.decision),
    count: (severity) =>
      recent.filter(
        (row) =>
          row.opened_at >= now - countWindow(severity) &&
          matches(severity, row.priority, triggersOf(row.decision)),
      ).length,
  });
}

/** The most severe severity whose thresholds hold for an incident with `linked` escalations, given the latest one. */
export function severityFromLinks(
  section: IncidentsSection,
  escalation: EscalationRow,
  linked: number,
): Severity | null {
  return chooseSeverity(section, {
    priority: escalation.priority,
    triggers: triggersOf(escalation.decision),
    count: () => linked,
  });
}
