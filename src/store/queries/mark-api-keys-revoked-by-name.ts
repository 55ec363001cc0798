// Revokes every live API key of one name, before a fresh key of that name replaces them.
import type { Db } from '../store.js';

export async function markApiKeysRevokedByName(db: Db, name: string, now: number): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ revoked_at: now })
    .where('name', '=', name)
    .where('revoked_at', 'is', null)
    .execute();
}
