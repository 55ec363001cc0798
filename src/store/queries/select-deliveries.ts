// Outbox rows as operators look for them: newest first, filtered, after a keyset cursor; one row's attempts.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { DeliveryAttemptsTable, DeliveryStatus } from '../tables.js';
import { fixedLimit } from './fixed-limit.js';
import type { OutboxRow } from './lease-deliveries.js';

export interface DeliveryPageQuery {
  status?: DeliveryStatus | undefined;
  channel?: string | undefined;
  endpoint?: string | undefined;
  escalationId?: string | undefined;
  /** Strictly older than this id (ids sort by creation time). */
  before?: string | undefined;
  limit: number;
}

export async function selectDeliveryPage(db: Db, page: DeliveryPageQuery): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll();
  if (page.status !== undefined) {
    query = query.where('status', '=', page.status);
  }
  if (page.channel !== undefined) {
    query = query.where('channel', '=', page.channel);
  }
  if (page.endpoint !== undefined) {
    query = query.where('endpoint', '=', page.endpoint);
  }
  if (page.escalationId !== undefined) {
    query = query.where('escalation_id', '=', page.escalationId);
  }
  if (page.before !== undefined) {
    query = query.where('id', '<', page.before);
  }
  return query.orderBy('id', 'desc').limit(fixedLimit(page.limit)).execute();
}

export async function selectDelivery(db: Db, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export type DeliveryAttemptRow = Selectable<DeliveryAttemptsTable>;

/**
 * One row and every attempt made to carry it, read in one statement: the worker records an attempt and the
 * row's count together, so two reads could see the count of before beside the attempt of after.
 */
export async function selectDeliveryWithAttempts(
  db: Db,
  id: string,
): Promise<{ row: OutboxRow; attempts: DeliveryAttemptRow[] } | undefined> {
  const joined = await db
    .selectFrom('outbox')
    .leftJoin('delivery_attempts', 'delivery_attempts.outbox_id', 'outbox.id')
    .selectAll('outbox')
    .select([
      'delivery_attempts.id as attempt_id',
      'delivery_attempts.attempt as attempt_number',
      'delivery_attempts.at as attempt_at',
      'delivery_attempts.channel as attempt_channel',
      'delivery_attempts.endpoint as attempt_endpoint',
      'delivery_attempts.status_code as attempt_status_code',
      'delivery_attempts.error as attempt_error',
      'delivery_attempts.duration_ms as attempt_duration_ms',
      'delivery_attempts.node as attempt_node',
    ])
    .where('outbox.id', '=', id)
    .orderBy('delivery_attempts.id')
    .limit(fixedLimit(100))
    .execute();
  const [first] = joined;
  if (first === undefined) {
    return undefined;
  }
  // Every line carries the whole row (the attempt columns ride along, unread by the row's readers).
  const row: OutboxRow = first;
  const attempts: DeliveryAttemptRow[] = [];
  for (const line of joined) {
    if (line.attempt_id !== null) {
      attempts.push({
        id: line.attempt_id,
        outbox_id: line.id,
        attempt: line.attempt_number as number,
        at: line.attempt_at as number,
        channel: line.attempt_channel as string,
        endpoint: line.attempt_endpoint as string,
        status_code: line.attempt_status_code,
        error: line.attempt_error,
        duration_ms: line.attempt_duration_ms as number,
        node: line.attempt_node as string,
      });
    }
  }
  return { row, attempts };
}
