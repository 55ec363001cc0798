// Takes due outbox rows for this node: each is pushed out of reach for the lease (its next attempt moves to the
// lease's end), so a node that dies holding it only delays it. Served by the partial index on next_attempt_at:
// the cost follows the backlog, not the millions of delivered rows.
import type { Selectable, Transaction } from 'kysely';
import type { Db, DialectSql } from '../store.js';
import type { OutboxTable, Tables } from '../tables.js';
import { fixedLimit } from './fixed-limit.js';

export type OutboxRow = Selectable<OutboxTable>;

export interface LeaseRequest {
  now: number;
  /** How long the rows are this node's (longer than an attempt may take). */
  leaseMs: number;
  nodeId: string;
  limit: number;
  /** Endpoints not to take rows of now (their circuit is open, or they are busy enough). */
  skipEndpoints: readonly string[];
}

export async function leaseDeliveries(
  trx: Transaction<Tables>,
  dialect: DialectSql,
  request: LeaseRequest,
): Promise<OutboxRow[]> {
  if (request.limit <= 0) {
    return [];
  }
  let query = trx
    .selectFrom('outbox')
    .selectAll()
    .where('next_attempt_at', 'is not', null)
    .where('next_attempt_at', '<=', request.now);
  if (request.skipEndpoints.length > 0) {
    query = query.where('endpoint', 'not in', request.skipEndpoints);
  }
  const rows = await dialect
    .forUpdateSkipLocked(query.orderBy('next_attempt_at').limit(fixedLimit(request.limit)))
    .execute();
  if (rows.length === 0) {
    return [];
  }
  const until = request.now + request.leaseMs;
  await trx
    .updateTable('outbox')
    .set({ next_attempt_at: until, lease_until: until, lease_owner: request.nodeId })
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  return rows.map((row) => ({
    ...row,
    next_attempt_at: until,
    lease_until: until,
    lease_owner: request.nodeId,
  }));
}

/** When the next pending row falls due (null: none), to know how long the worker may sleep. */
export async function nextDeliveryDueAt(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('outbox')
    .select('next_attempt_at')
    .where('next_attempt_at', 'is not', null)
    .orderBy('next_attempt_at')
    .limit(fixedLimit(1))
    .executeTakeFirst();
  return row?.next_attempt_at === null || row === undefined ? null : Number(row.next_attempt_at);
}

/** Gives rows back unattempted (their endpoint's circuit opened meanwhile): due again at `at`, no attempt spent. */
export async function releaseDeliveries(
  trx: Transaction<Tables>,
  ids: readonly string[],
  nodeId: string,
  at: number,
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await trx
    .updateTable('outbox')
    .set({ next_attempt_at: at, lease_until: null, lease_owner: null })
    .where('id', 'in', ids)
    .where('lease_owner', '=', nodeId)
    .where('status', '=', 'pending')
    .execute();
}
