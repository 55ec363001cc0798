// Unlinks an escalation from an open incident: it no longer follows the incident (nor its resolution).
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { HandoffError } from '../../errors.js';
import { deleteIncidentLink } from '../../store/queries/incident-links.js';
import { assertScope } from '../authorize.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { writeIncidentChange } from '../lifecycle/incident-change.js';
import { recordEvent } from '../lifecycle/record-event.js';

export async function unlinkIncidentEscalation({
  ctx,
  id,
  escalation,
}: {
  ctx: Context;
  id: string;
  escalation: string;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  return changeIncident({
    ctx,
    id,
    async change(row, runtime, trx) {
      const now = ctx.clock();
      if (!(await deleteIncidentLink(trx, row.id, escalation))) {
        throw new HandoffError('not_found', `escalation ${escalation} is not linked to incident ${row.id}`, {
          path: 'escalation',
        });
      }
      const event = await recordEvent(trx, {
        escalationId: escalation,
        type: 'incident_unlinked',
        actor: ctx.actor.name,
        at: now,
        data: { incident: row.id },
      });
      const written = await writeIncidentChange(
        trx,
        runtime,
        ctx.actor,
        row,
        { patch: {}, events: [{ type: 'escalation_unlinked', data: { escalation } }] },
        now,
      );
      return { row: written.row, escalationEvents: [event] };
    },
  });
}
