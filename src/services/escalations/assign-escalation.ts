// Gives an escalation to a named person of its team, or to whoever the team's strategy picks.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished, assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { AssignEscalationInput } from './inputs.js';
import { assertMember } from './people-of-playbook.js';
import { pickAssignee } from '../lifecycle/pick-assignee.js';

export async function assignEscalation({
  ctx,
  id,
  input,
  expectedVersion,
}: {
  ctx: Context;
  id: string;
  input: unknown;
  expectedVersion?: number;
}) {
  assertScope(ctx.actor, ['human']);
  const { person } = parseInput(AssignEscalationInput, input ?? {});
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    async change(row, runtime, trx) {
      assertNotFinished(runtime, row);
      const now = ctx.clock();
      let assignee: string;
      let why: string;
      if (person === undefined || person === null) {
        const choice = await pickAssignee(trx, runtime, { team: row.team, tier: row.tier, skills: [] }, now);
        if (choice.personId === null) {
          throw new HandoffError('conflict', `nobody can take it now: ${choice.why}`, { path: 'person' });
        }
        assignee = choice.personId;
        why = choice.why;
      } else {
        assertMember(runtime, person, row.team);
        assignee = person;
        why = `assigned by ${ctx.actor.name}`;
      }
      if (assignee === row.assignee) {
        return null;
      }
      const status =
        row.status === runtime.workflow.initial &&
        runtime.workflow.allowedFrom(row.status).includes('assigned')
          ? 'assigned'
          : row.status;
      return {
        patch: { assignee, assigned_at: now, claimed_at: null, status },
        events: [
          { type: 'assigned', data: { team: row.team, assignee, previousAssignee: row.assignee, why } },
        ],
        backfill: row.assignee === null ? [] : [row.team],
      };
    },
  });
}
