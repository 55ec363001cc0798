// Opens an incident by hand: severity given or from the thresholds, roles filled, escalations linked.
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { HandoffError } from '../../errors.js';
import { selectIncidentLinks } from '../../store/queries/incident-links.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { assertScope, maySee, noEscalation } from '../authorize.js';
import { followEvents } from '../lifecycle/follow-events.js';
import { toIncident } from '../lifecycle/incident-change.js';
import { incidentsSectionOf, openIncidentWith } from '../lifecycle/incident-open.js';
import { parseInput } from '../parse-input.js';
import { OpenIncidentInput } from './inputs.js';

export async function openIncident({ ctx, input }: { ctx: Context; input: unknown }): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const parsed = parseInput(OpenIncidentInput, input ?? {});
  const runtime = await ctx.playbook();
  const section = incidentsSectionOf(runtime);
  const severity =
    parsed.severity === undefined
      ? null
      : (section.severities.find((candidate) => candidate.id === parsed.severity) ?? null);
  if (parsed.severity !== undefined && severity === null) {
    throw new HandoffError(
      'bad_request',
      `"${parsed.severity}" is not a severity (${section.severities.map((s) => s.id).join(', ')})`,
      { path: 'severity' },
    );
  }
  const now = ctx.clock();
  const { incident, events } = await ctx.store.transaction(async (trx) => {
    const escalations = [];
    for (const [index, id] of [...new Set(parsed.escalations)].entries()) {
      const row = await selectEscalationRow(trx, id).catch(() => undefined);
      if (row === undefined || !maySee(ctx.actor, runtime, row)) {
        throw new HandoffError('bad_request', noEscalation(id).message, { path: `escalations[${index}]` });
      }
      escalations.push(row);
    }
    const opened = await openIncidentWith(
      trx,
      runtime,
      ctx.actor,
      { title: parsed.title, summary: parsed.summary ?? null, severity, escalations, source: null },
      now,
    );
    const events = await followEvents(trx, runtime, opened.escalationEvents, now);
    return { incident: toIncident(opened.row, await selectIncidentLinks(trx, opened.row.id)), events };
  });
  ctx.events.publish(events);
  return incident;
}
