// Incident metrics over a range: how many opened, resolved and still open, critical ones apart, time to resolve
// (median, p90, mean) per severity, and how many status updates were missed. Pure.
import { type DurationSummary, summarize } from '../metrics/stats.js';

export interface IncidentMetricFacts {
  id: string;
  severity: string;
  critical: boolean;
  openedAt: number;
  resolvedAt: number | null;
  missedUpdates: number;
}

export interface IncidentCounts {
  opened: number;
  resolved: number;
  open: number;
  critical: number;
  missedUpdates: number;
  timeToResolve: DurationSummary;
}

export interface IncidentMetricsReport extends IncidentCounts {
  from: string;
  to: string;
  bySeverity: Record<string, IncidentCounts>;
}

function countsOf(facts: readonly IncidentMetricFacts[]): IncidentCounts {
  const resolved = facts.filter((fact) => fact.resolvedAt !== null);
  return {
    opened: facts.length,
    resolved: resolved.length,
    open: facts.length - resolved.length,
    critical: facts.filter((fact) => fact.critical).length,
    missedUpdates: facts.reduce((total, fact) => total + fact.missedUpdates, 0),
    timeToResolve: summarize(resolved.map((fact) => (fact.resolvedAt ?? 0) - fact.openedAt)),
  };
}

/** The report over the incidents opened in [from, to); severities listed in the playbook's order, then others. */
export function incidentMetrics(
  facts: readonly IncidentMetricFacts[],
  range: { from: number; to: number },
  severityOrder: readonly string[],
): IncidentMetricsReport {
  const severities = [...new Set([...severityOrder, ...facts.map((fact) => fact.severity)])];
  const bySeverity: Record<string, IncidentCounts> = {};
  for (const severity of severities) {
    bySeverity[severity] = countsOf(facts.filter((fact) => fact.severity === severity));
  }
  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    ...countsOf(facts),
    bySeverity,
  };
}
