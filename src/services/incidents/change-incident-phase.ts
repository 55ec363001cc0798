// Moves an incident to another phase: its phase message goes to the key contacts, and it counts as a status
// update (the cadence starts again from now).
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { HandoffError } from '../../errors.js';
import { assertScope } from '../authorize.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { nextUpdateOf, scheduleUpdateTimers, writeIncidentChange } from '../lifecycle/incident-change.js';
import { parseInput } from '../parse-input.js';
import { ChangeIncidentPhaseInput } from './inputs.js';

export async function changeIncidentPhase({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const { phase, note } = parseInput(ChangeIncidentPhaseInput, input ?? {});
  return changeIncident({
    ctx,
    id,
    expectedVersion,
    async change(row, runtime, trx) {
      if (row.phase === phase) {
        throw new HandoffError('conflict', `incident ${id} is already ${phase}`, { path: 'phase' });
      }
      const now = ctx.clock();
      const moments = nextUpdateOf(runtime, row.severity, now, now);
      await scheduleUpdateTimers(trx, row.id, moments);
      return writeIncidentChange(
        trx,
        runtime,
        ctx.actor,
        row,
        {
          patch: { phase, last_update_at: now, next_update_at: moments?.dueAt ?? null },
          events: [{ type: 'phase_changed', data: { from: row.phase, phase, note: note ?? null } }],
        },
        now,
      );
    },
  });
}
