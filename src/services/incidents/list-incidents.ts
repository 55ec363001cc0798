// Lists incidents newest first, open or resolved ones only when asked; page on with `before` (the last id seen).
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { countIncidentLinks } from '../../store/queries/incident-links.js';
import { selectIncidentPage } from '../../store/queries/select-incident-page.js';
import { assertScope, incidentReaders } from '../authorize.js';
import { toIncident } from '../lifecycle/incident-change.js';
import { parseInput } from '../parse-input.js';
import { ListIncidentsInput } from './inputs.js';

export async function listIncidents({ ctx, input }: { ctx: Context; input: unknown }): Promise<{
  incidents: Array<Omit<Incident, 'escalations'> & { escalationCount: number }>;
  next: string | null;
}> {
  assertScope(ctx.actor, incidentReaders);
  const { status, limit, before } = parseInput(ListIncidentsInput, input ?? {});
  const rows = await selectIncidentPage(ctx.store.db, { status, before, limit });
  const counts = await countIncidentLinks(
    ctx.store.db,
    rows.map((row) => row.id),
  );
  return {
    incidents: rows.map((row) => {
      const { escalations: _, ...incident } = toIncident(row, []);
      return { ...incident, escalationCount: counts.get(row.id) ?? 0 };
    }),
    next: rows.length === limit ? (rows.at(-1)?.id ?? null) : null,
  };
}
