// Stores an API key whose text is given from outside, once: the same key (the same hash) again changes nothing.
import type { Insertable } from 'kysely';
import type { Db } from '../store.js';
import type { ApiKeysTable } from '../tables.js';

export async function insertApiKeyIfNew(db: Db, row: Insertable<ApiKeysTable>): Promise<void> {
  await db
    .insertInto('api_keys')
    .values(row)
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .execute();
}
