// Records one attempt and what follows from it: delivered, due again later, or set aside as a dead letter.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

export interface AttemptRecord {
  outboxId: string;
  attempt: number;
  at: number;
  channel: string;
  endpoint: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  node: string;
}

export type AttemptOutcome =
  { kind: 'delivered' } | { kind: 'retry'; nextAttemptAt: number } | { kind: 'dead' };

/**
 * Writes the attempt and the row's new state. False when the row is no longer this node's (its lease ran out
 * and another node took it, or an operator acted): the attempt is still recorded, the row left as it is.
 */
export async function finishDelivery(
  trx: Transaction<Tables>,
  attempt: AttemptRecord,
  outcome: AttemptOutcome,
): Promise<boolean> {
  await trx
    .insertInto('delivery_attempts')
    .values({
      outbox_id: attempt.outboxId,
      attempt: attempt.attempt,
      at: attempt.at,
      channel: attempt.channel,
      endpoint: attempt.endpoint,
      status_code: attempt.statusCode,
      error: attempt.error === null ? null : attempt.error.slice(0, 2_000),
      duration_ms: Math.max(0, Math.round(attempt.durationMs)),
      node: attempt.node,
    })
    .execute();
  const common = {
    attempts: attempt.attempt,
    last_status: attempt.statusCode,
    last_error: attempt.error === null ? null : attempt.error.slice(0, 2_000),
    lease_owner: null,
    lease_until: null,
  };
  const state =
    outcome.kind === 'delivered'
      ? { ...common, status: 'delivered' as const, delivered_at: attempt.at, next_attempt_at: null }
      : outcome.kind === 'retry'
        ? { ...common, next_attempt_at: outcome.nextAttemptAt }
        : { ...common, status: 'dead' as const, dead_at: attempt.at, next_attempt_at: null };
  const result = await trx
    .updateTable('outbox')
    .set(state)
    .where('id', '=', attempt.outboxId)
    .where('lease_owner', '=', attempt.node)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets rows aside without an attempt (their endpoint was disabled, or is gone from the playbook). */
export async function markDeliveriesDead(
  trx: Transaction<Tables>,
  ids: readonly string[],
  reason: string,
  now: number,
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await trx
    .updateTable('outbox')
    .set({
      status: 'dead',
      dead_at: now,
      next_attempt_at: null,
      lease_owner: null,
      lease_until: null,
      last_error: reason,
    })
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .execute();
}
