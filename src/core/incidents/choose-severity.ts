// How severe an incident is: the first severity (most severe first) whose thresholds hold, or the default.
import type { IncidentsSection, Severity } from '../playbook/incidents-schema.js';
import { parseDuration } from '../time/duration.js';

/** What the thresholds are checked against: the escalation at hand and how many escalations count. */
export interface SeverityFacts {
  priority: string | null;
  triggers: readonly string[];
  /** How many escalations count for a severity: linked ones, or recent matching ones (see `countWindow`). */
  count(severity: Severity): number;
}

const defaultWindowMs = 3_600_000;

/** The window a severity's `escalations` threshold is counted in (default 1h). */
export function countWindow(severity: Severity): number {
  return severity.when?.within === undefined ? defaultWindowMs : parseDuration(severity.when.within);
}

/** Whether every threshold a severity sets holds; a severity with no `when` is only ever set by hand. */
export function severityHolds(severity: Severity, facts: SeverityFacts): boolean {
  const when = severity.when;
  if (when === undefined) {
    return false;
  }
  if (
    when.priorities !== undefined &&
    (facts.priority === null || !when.priorities.includes(facts.priority))
  ) {
    return false;
  }
  if (when.triggers !== undefined && !facts.triggers.some((trigger) => when.triggers?.includes(trigger))) {
    return false;
  }
  return when.escalations === undefined || facts.count(severity) >= when.escalations;
}

/** The most severe severity whose thresholds hold, or null when none does. */
export function chooseSeverity(section: IncidentsSection, facts: SeverityFacts): Severity | null {
  return section.severities.find((severity) => severityHolds(severity, facts)) ?? null;
}

/** The severity used when none is given and none holds: `default_severity`, else the least severe. */
export function defaultSeverity(section: IncidentsSection): Severity {
  const named = section.severities.find((severity) => severity.id === section.default_severity);
  return named ?? (section.severities.at(-1) as Severity);
}

/** Whether `a` is more severe than `b` (listed earlier). */
export function isMoreSevere(section: IncidentsSection, a: string, b: string): boolean {
  const ids = section.severities.map((severity) => severity.id);
  return ids.indexOf(a) !== -1 && ids.indexOf(a) < ids.indexOf(b);
}
