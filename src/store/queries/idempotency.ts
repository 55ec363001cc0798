// Stored answers to writes made with an Idempotency-Key, so a retry gets the first answer back.
import type { Selectable, Transaction } from 'kysely';
import type { JsonText } from '../json.js';
import type { Db } from '../store.js';
import type { IdempotencyTable, Tables } from '../tables.js';

export type IdempotencyRow = Selectable<IdempotencyTable>;

export async function selectIdempotency(db: Db, key: string): Promise<IdempotencyRow | undefined> {
  return db.selectFrom('idempotency').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Stores the answer in the write's own transaction; a second writer with the same key hits the unique key. */
export async function insertIdempotency(
  trx: Transaction<Tables>,
  entry: { key: string; requestHash: string; statusCode: number; response: JsonText; at: number },
): Promise<void> {
  await trx
    .insertInto('idempotency')
    .values({
      key: entry.key,
      request_hash: entry.requestHash,
      status_code: entry.statusCode,
      response: entry.response,
      created_at: entry.at,
    })
    .execute();
}
