// One delivery with every attempt made to carry it (admins).
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { selectDeliveryWithAttempts } from '../../store/queries/select-deliveries.js';
import { assertScope } from '../authorize.js';
import { type Delivery, type DeliveryAttempt, toDelivery, toDeliveryAttempt } from './delivery-view.js';

export async function getDelivery({
  ctx,
  id,
}: {
  ctx: Context;
  id: string;
}): Promise<Delivery & { attemptLog: DeliveryAttempt[] }> {
  assertScope(ctx.actor, ['admin']);
  const found = await selectDeliveryWithAttempts(ctx.store.db, id);
  if (found === undefined) {
    throw new HandoffError('not_found', `no delivery ${id}`, { path: 'id' });
  }
  return { ...toDelivery(found.row), attemptLog: found.attempts.map(toDeliveryAttempt) };
}
