// Ends one dashboard session (sign-out), on every node at once: each request reads the row.
import type { Db } from '../store.js';

export async function markDashboardSessionRevoked(db: Db, idHash: string, now: number): Promise<void> {
  await db
    .updateTable('dashboard_sessions')
    .set({ revoked_at: now })
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .execute();
}
