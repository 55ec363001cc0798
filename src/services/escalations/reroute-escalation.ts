// Sends an escalation to another team or tier, with a reason; every reroute is counted (first-contact resolution).
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished, assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { RerouteEscalationInput } from './inputs.js';
import { routeTo } from '../lifecycle/route-to.js';

export async function rerouteEscalation({
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
  const { team, tier, reason } = parseInput(RerouteEscalationInput, input);
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    async change(row, runtime, trx) {
      assertNotFinished(runtime, row);
      const nextTeam = team ?? row.team;
      if (!runtime.teams.has(nextTeam)) {
        throw new HandoffError(
          'unprocessable',
          `no team ${nextTeam} (teams: ${[...runtime.teams.keys()].join(', ')})`,
          { path: 'team' },
        );
      }
      const nextTier = tier ?? row.tier;
      if (nextTier !== null && !runtime.tierOrder.includes(nextTier)) {
        throw new HandoffError(
          'unprocessable',
          `no tier ${nextTier} (tiers: ${runtime.tierOrder.join(', ')})`,
          { path: 'tier' },
        );
      }
      if (nextTeam === row.team && nextTier === row.tier) {
        throw new HandoffError(
          'unprocessable',
          `escalation ${id} is already with ${row.team}${row.tier === null ? '' : ` ${row.tier}`}`,
          { path: 'team' },
        );
      }
      return routeTo(
        trx,
        runtime,
        row,
        { team: nextTeam, tier: nextTier },
        ctx.clock(),
        { type: 'rerouted', data: { reason } },
        {
          reroute_count: row.reroute_count + 1,
          ...(nextTier === row.tier ? {} : { tier_changes: row.tier_changes + 1 }),
        },
      );
    },
  });
}
