// Posts a status update to the key contacts who take updates; the cadence starts again from now.
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { assertScope } from '../authorize.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { nextUpdateOf, scheduleUpdateTimers, writeIncidentChange } from '../lifecycle/incident-change.js';
import { parseInput } from '../parse-input.js';
import { PostIncidentUpdateInput } from './inputs.js';

export async function postIncidentUpdate({
  ctx,
  id,
  input,
}: {
  ctx: Context;
  id: string;
  input: unknown;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const { note } = parseInput(PostIncidentUpdateInput, input ?? {});
  return changeIncident({
    ctx,
    id,
    async change(row, runtime, trx) {
      const now = ctx.clock();
      const moments = nextUpdateOf(runtime, row.severity, now, now);
      await scheduleUpdateTimers(trx, row.id, moments);
      return writeIncidentChange(
        trx,
        runtime,
        ctx.actor,
        row,
        {
          patch: { last_update_at: now, next_update_at: moments?.dueAt ?? null },
          events: [{ type: 'update_posted', data: { note, phase: row.phase } }],
        },
        now,
      );
    },
  });
}
