// POST /v1/escalations: an explicit handoff from the AI system or an integrator, with a reason category and detail.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { parseInput } from '../parse-input.js';
import { assertScope } from '../authorize.js';
import type { Escalation } from '../../core/escalation/escalation.js';
import { followEvents } from '../lifecycle/follow-events.js';
import { toEscalation } from '../lifecycle/escalation-view.js';
import { CreateEscalationInput } from './inputs.js';
import { insertEscalation, prepareEscalation } from '../lifecycle/insert-escalation.js';
import { withIdempotency } from '../lifecycle/with-idempotency.js';

/**
 * The route is the one asked for, else the playbook's route for the case, else its default route.
 * Idempotent on the Idempotency-Key: a retry returns the escalation the first request opened.
 */
export async function createEscalation({
  ctx,
  input,
  idempotencyKey,
}: {
  ctx: Context;
  input: unknown;
  idempotencyKey?: string | undefined;
}): Promise<Escalation> {
  assertScope(ctx.actor, ['agent']);
  const parsed = parseInput(CreateEscalationInput, input);
  const runtime = await ctx.playbook();
  if (parsed.team !== undefined && !runtime.teams.has(parsed.team)) {
    throw new HandoffError('unprocessable', `no team ${parsed.team}`, { path: 'team' });
  }
  if (parsed.tier !== undefined && !runtime.tierOrder.includes(parsed.tier)) {
    throw new HandoffError('unprocessable', `no tier ${parsed.tier}`, { path: 'tier' });
  }
  if (parsed.priority !== undefined && !runtime.playbook.priorities.levels.includes(parsed.priority)) {
    throw new HandoffError(
      'unprocessable',
      `no priority ${parsed.priority} (levels: ${runtime.playbook.priorities.levels.join(', ')})`,
      { path: 'priority' },
    );
  }
  const now = ctx.clock();
  const decision = runtime.decider.decide(parsed.case, now);
  const routed = decision.route ?? {
    team: runtime.playbook.default_route.team,
    tier: runtime.playbook.default_route.tier ?? null,
  };
  const route =
    parsed.team === undefined
      ? { ...routed, tier: parsed.tier ?? routed.tier }
      : { team: parsed.team, tier: parsed.tier ?? routed.tier };
  const prepared = prepareEscalation(runtime, {
    caseValue: parsed.case,
    decision,
    origin: 'explicit',
    route,
    priority: parsed.priority ?? decision.priority ?? runtime.playbook.priorities.default,
    mode: parsed.reason.category === 'customer_request' ? 'reactive' : 'proactive',
    explicitReason: parsed.reason,
    approval: null,
  });
  const { value, events } = await withIdempotency(ctx, idempotencyKey, parsed, async (trx) => {
    const result = await insertEscalation(trx, runtime, ctx.actor, now, prepared);
    return { value: toEscalation(result.row), events: await followEvents(trx, runtime, result.events, now) };
  });
  ctx.events.publish(events);
  return value;
}
