// Writes the hand-over note of the period that ended last (or, before any ended, of the one running): what the next
// shift must know. The note stays on the incident's timeline; the check that it was written finds it there.
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { assertScope } from '../authorize.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { writeIncidentChange } from '../lifecycle/incident-change.js';
import { parseInput } from '../parse-input.js';
import { HandOverIncidentInput } from './inputs.js';

export async function handOverIncident({
  ctx,
  id,
  input,
}: {
  ctx: Context;
  id: string;
  input: unknown;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const { note } = parseInput(HandOverIncidentInput, input ?? {});
  return changeIncident({
    ctx,
    id,
    async change(row, runtime, trx) {
      // After a period ended the note is about it; before the first ended, about the one running.
      const period = Math.max(1, Number(row.period) - 1);
      return writeIncidentChange(
        trx,
        runtime,
        ctx.actor,
        row,
        {
          patch: {},
          events: [
            {
              type: 'handover_noted',
              data: {
                period,
                note,
                by: ctx.actor.personId,
              },
            },
          ],
        },
        ctx.clock(),
      );
    },
  });
}
