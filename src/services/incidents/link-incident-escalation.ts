// Links an escalation to an open incident (linking one already linked changes nothing).
import type { Context } from '../../context.js';
import type { Incident } from '../../core/incidents/incident.js';
import { HandoffError } from '../../errors.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { assertScope, maySee, noEscalation } from '../authorize.js';
import { changeIncident } from '../lifecycle/change-incident.js';
import { linkEscalation } from '../lifecycle/incident-links.js';
import { parseInput } from '../parse-input.js';
import { LinkIncidentInput } from './inputs.js';

export async function linkIncidentEscalation({
  ctx,
  id,
  input,
}: {
  ctx: Context;
  id: string;
  input: unknown;
}): Promise<Incident> {
  assertScope(ctx.actor, ['human']);
  const { escalation } = parseInput(LinkIncidentInput, input ?? {});
  return changeIncident({
    ctx,
    id,
    async change(row, runtime, trx) {
      const target = await selectEscalationRow(trx, escalation).catch(() => undefined);
      if (target === undefined || !maySee(ctx.actor, runtime, target)) {
        throw new HandoffError('bad_request', noEscalation(escalation).message, { path: 'escalation' });
      }
      return linkEscalation(trx, runtime, ctx.actor, row, target, ctx.clock());
    },
  });
}
