// Endpoints as deliveries see them (admins): each integration of the active playbook with its failures in a row
// and whether it is disabled; enabling one again forgets its failures and requeues what it set aside.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { integrationIds } from '../../core/playbook/integrations-schema.js';
import { enableEndpoint as enableRow, selectEndpointStates } from '../../store/queries/delivery-endpoints.js';
import { requeueDeadLetters } from '../../store/queries/requeue-deliveries.js';
import { assertScope } from '../authorize.js';

export interface DeliveryEndpoint {
  endpoint: string;
  channel: string | null;
  /** False when the active playbook no longer names it (its rows are set aside). */
  inPlaybook: boolean;
  failures: number;
  disabledAt: string | null;
  disabledReason: string | null;
}

export async function listDeliveryEndpoints({ ctx }: { ctx: Context }): Promise<DeliveryEndpoint[]> {
  assertScope(ctx.actor, ['admin']);
  const runtime = await ctx.playbook();
  const kinds = integrationIds(runtime.playbook.integrations);
  const states = new Map((await selectEndpointStates(ctx.store.db)).map((row) => [row.endpoint, row]));
  const names = [...new Set([...kinds.keys(), ...states.keys()])].sort();
  return names.map((endpoint) => {
    const state = states.get(endpoint);
    return {
      endpoint,
      channel: kinds.get(endpoint) ?? null,
      inPlaybook: kinds.has(endpoint),
      failures: Number(state?.failures ?? 0),
      disabledAt:
        state?.disabled_at === null || state === undefined
          ? null
          : new Date(Number(state.disabled_at)).toISOString(),
      disabledReason: state?.disabled_reason ?? null,
    };
  });
}

/**
 * Enables a disabled endpoint again, failures forgotten, and puts back in line what was set aside for it since it
 * was disabled (each message with its own id); returns how many.
 */
export async function enableDeliveryEndpoint({
  ctx,
  endpoint,
}: {
  ctx: Context;
  endpoint: string;
}): Promise<{ requeued: number }> {
  assertScope(ctx.actor, ['admin']);
  const now = ctx.clock();
  return ctx.store.transaction(async (trx) => {
    const state = (await selectEndpointStates(trx)).find((row) => row.endpoint === endpoint);
    if (state?.disabled_at === null || state === undefined || !(await enableRow(trx, endpoint, now))) {
      throw new HandoffError('conflict', `endpoint ${endpoint} is not disabled`, { path: 'endpoint' });
    }
    const requeued = await requeueDeadLetters(
      trx,
      { from: Number(state.disabled_at), to: now + 1, endpoint },
      now,
    );
    return { requeued };
  });
}
