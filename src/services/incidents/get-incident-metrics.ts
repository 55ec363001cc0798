// Incident metrics for a range (default: the last 30 days): counts, critical ones, missed updates, time to resolve.
import type { Context } from '../../context.js';
import { incidentMetrics, type IncidentMetricsReport } from '../../core/incidents/incident-metrics.js';
import { selectIncidentEventsOfType } from '../../store/queries/incident-events.js';
import { selectIncidentsOpenedBetween } from '../../store/queries/select-incidents-opened-between.js';
import { assertScope } from '../authorize.js';
import { parseInput } from '../parse-input.js';
import { IncidentMetricsInput } from './inputs.js';

const defaultRangeMs = 30 * 86_400_000;

export async function getIncidentMetrics({
  ctx,
  input,
}: {
  ctx: Context;
  input: unknown;
}): Promise<IncidentMetricsReport> {
  assertScope(ctx.actor, ['human']);
  const parsed = parseInput(IncidentMetricsInput, input ?? {});
  const runtime = await ctx.playbook();
  const to = parsed.to === undefined ? ctx.clock() + 1 : Date.parse(parsed.to);
  const from = parsed.from === undefined ? to - defaultRangeMs : Date.parse(parsed.from);
  const rows = await selectIncidentsOpenedBetween(ctx.store.db, from, to);
  const missed = await selectIncidentEventsOfType(
    ctx.store.db,
    'update_missed',
    rows.map((row) => row.id),
  );
  const missedBy = new Map<string, number>();
  for (const event of missed) {
    missedBy.set(event.incident_id, (missedBy.get(event.incident_id) ?? 0) + 1);
  }
  return incidentMetrics(
    rows.map((row) => ({
      id: row.id,
      severity: row.severity,
      critical: row.critical === 1,
      openedAt: row.opened_at,
      resolvedAt: row.resolved_at,
      missedUpdates: missedBy.get(row.id) ?? 0,
    })),
    { from, to },
    runtime.playbook.incidents?.severities.map((severity) => severity.id) ?? [],
  );
}
