// Revokes one live API key by id.
import type { Db } from '../store.js';

/** False when no live key has that id (unknown, or revoked already). */
export async function markApiKeyRevoked(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
