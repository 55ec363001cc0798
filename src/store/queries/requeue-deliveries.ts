// Puts set-aside rows back in line: one by id (a retry), or the dead letters of a time range (a replay). Each
// keeps its id, so a receiver that already has the message recognises it.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

const requeued = (now: number) => ({
  status: 'pending' as const,
  next_attempt_at: now,
  dead_at: null,
  attempts: 0,
  lease_owner: null,
  lease_until: null,
});

/** Requeues one row unless it is pending now; returns whether it was. */
export async function requeueDelivery(trx: Transaction<Tables>, id: string, now: number): Promise<boolean> {
  const result = await trx
    .updateTable('outbox')
    .set(requeued(now))
    .where('id', '=', id)
    .where('status', '<>', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface ReplayRange {
  /** Set aside at or after (epoch ms). */
  from: number;
  /** Set aside before. */
  to: number;
  channel?: string | undefined;
  endpoint?: string | undefined;
}

/** Requeues the dead letters set aside in the range; returns how many. */
export async function requeueDeadLetters(
  trx: Transaction<Tables>,
  range: ReplayRange,
  now: number,
): Promise<number> {
  let query = trx
    .updateTable('outbox')
    .set(requeued(now))
    .where('status', '=', 'dead')
    .where('dead_at', '>=', range.from)
    .where('dead_at', '<', range.to);
  if (range.channel !== undefined) {
    query = query.where('channel', '=', range.channel);
  }
  if (range.endpoint !== undefined) {
    query = query.where('endpoint', '=', range.endpoint);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
