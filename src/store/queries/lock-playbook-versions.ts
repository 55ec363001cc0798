// Serialises the writers of playbook versions and activations by locking the active-version setting row.
import type { Transaction } from 'kysely';
import { activePlaybookVersionKey } from '../settings-keys.js';
import type { Tables } from '../tables.js';

/**
 * Storing and activating read, then write, the next version number (max + 1) and the activation
 * history: on PostgreSQL two admins at once read the same and one fails or loses the other's
 * entry. Touching the active-version row first locks it, so the second waits and reads what the
 * first wrote. (SQLite transactions never interleave.) Before any version is active there is no row to lock.
 */
export async function lockPlaybookVersions(trx: Transaction<Tables>): Promise<void> {
  await trx
    .updateTable('settings')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('key', '=', activePlaybookVersionKey)
    .execute();
}
