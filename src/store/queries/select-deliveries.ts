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

export async function selectDeliveryAttempts(db: Db, outboxId: string): Promise<DeliveryAttemptRow[]> {
  return db
    .selectFrom('delivery_attempts')
    .selectAll()
    .where('outbox_id', '=', outboxId)
    .orderBy('id')
    .limit(fixedLimit(100))
    .execute();
}
