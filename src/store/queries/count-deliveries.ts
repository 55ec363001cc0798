// Delivery figures for /metrics, each read from a partial index so a scrape costs the backlog, not the history:
// rows waiting and dead letters by channel, and the oldest due row (the lag).
import { sql } from 'kysely';
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';

export async function countWaitingDeliveries(db: Db): Promise<Array<{ channel: string; count: number }>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['channel', sql<number>`count(*)`.as('count')])
    .where('next_attempt_at', 'is not', null)
    .groupBy('channel')
    .execute();
  return rows.map((row) => ({ channel: row.channel, count: Number(row.count) }));
}

export async function countDeadLetters(db: Db): Promise<Array<{ channel: string; count: number }>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['channel', sql<number>`count(*)`.as('count')])
    .where('dead_at', 'is not', null)
    .where('status', '=', 'dead')
    .groupBy('channel')
    .execute();
  return rows.map((row) => ({ channel: row.channel, count: Number(row.count) }));
}

/** When the oldest row now due was written (null: none is due): the delivery lag is now minus this. */
export async function oldestDueCreatedAt(db: Db, now: number): Promise<number | null> {
  const row = await db
    .selectFrom('outbox')
    .select('created_at')
    .where('next_attempt_at', 'is not', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(fixedLimit(1))
    .executeTakeFirst();
  return row === undefined ? null : Number(row.created_at);
}
