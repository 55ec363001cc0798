// Stores a new API key (its hash only, never the key).
import type { Insertable } from 'kysely';
import type { Db } from '../store.js';
import type { ApiKeysTable } from '../tables.js';

export async function insertApiKey(db: Db, row: Insertable<ApiKeysTable>): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
}
