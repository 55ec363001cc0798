// One incident with its linked escalations and its whole timeline.
import type { Context } from '../../context.js';
import type { Incident, IncidentEvent } from '../../core/incidents/incident.js';
import { selectIncidentEvents } from '../../store/queries/incident-events.js';
import { selectIncidentLinks } from '../../store/queries/incident-links.js';
import { selectIncidentRow } from '../../store/queries/select-incident-row.js';
import { assertScope, incidentReaders } from '../authorize.js';
import { toIncident, toIncidentEvent } from '../lifecycle/incident-change.js';

export async function getIncident({
  ctx,
  id,
}: {
  ctx: Context;
  id: string;
}): Promise<Incident & { timeline: IncidentEvent[] }> {
  assertScope(ctx.actor, incidentReaders);
  const row = await selectIncidentRow(ctx.store.db, id);
  const [links, events] = await Promise.all([
    selectIncidentLinks(ctx.store.db, id),
    selectIncidentEvents(ctx.store.db, id),
  ]);
  return { ...toIncident(row, links), timeline: events.map(toIncidentEvent) };
}
