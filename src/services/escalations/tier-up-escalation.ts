// Moves an escalation one tier up (L1 → L2 → L3): the tier's `next`, else the next tier in playbook order.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertNotFinished, assertScope } from '../authorize.js';
import { changeEscalation } from '../lifecycle/change-escalation.js';
import { TierUpEscalationInput } from './inputs.js';
import { nextTier } from '../../core/playbook-runtime/next-tier.js';
import { routeTo } from '../lifecycle/route-to.js';

export async function tierUpEscalation({
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
  const { reason } = parseInput(TierUpEscalationInput, input ?? {});
  return changeEscalation({
    ctx,
    id,
    expectedVersion,
    async change(row, runtime, trx) {
      assertNotFinished(runtime, row);
      const next = nextTier(runtime, row.tier);
      if (next === undefined) {
        throw new HandoffError(
          'unprocessable',
          `escalation ${id} is already at the top tier (${row.tier ?? 'none'})`,
          { path: 'tier' },
        );
      }
      const criteria = runtime.playbook.tiers.find((tier) => tier.id === row.tier)?.criteria ?? null;
      return routeTo(
        trx,
        runtime,
        row,
        { team: row.team, tier: next },
        ctx.clock(),
        { type: 'tier_changed', data: { reason: reason ?? null, criteria } },
        { tier_changes: row.tier_changes + 1 },
      );
    },
  });
}
