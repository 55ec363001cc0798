// Puts one delivery back in line now, with a fresh round of attempts and the same message id (admins). A
// delivery still pending is a conflict: it is already in line.
import type { Context } from '../../context.js';
import { HandoffError } from '../../errors.js';
import { requeueDelivery } from '../../store/queries/requeue-deliveries.js';
import { selectDelivery } from '../../store/queries/select-deliveries.js';
import { assertScope } from '../authorize.js';
import { type Delivery, toDelivery } from './delivery-view.js';

export async function retryDelivery({ ctx, id }: { ctx: Context; id: string }): Promise<Delivery> {
  assertScope(ctx.actor, ['admin']);
  const now = ctx.clock();
  return ctx.store.transaction(async (trx) => {
    if (!(await requeueDelivery(trx, id, now))) {
      const row = await selectDelivery(trx, id);
      if (row === undefined) {
        throw new HandoffError('not_found', `no delivery ${id}`, { path: 'id' });
      }
      throw new HandoffError('conflict', `delivery ${id} is already waiting for its next attempt`, {
        path: 'id',
      });
    }
    const row = await selectDelivery(trx, id);
    if (row === undefined) {
      throw new HandoffError('not_found', `no delivery ${id}`, { path: 'id' });
    }
    return toDelivery(row);
  });
}
