// Marks a dashboard session used now, unless it was marked recently: one write a minute per session, not one per
// request, and two nodes marking at once both succeed harmlessly.
import type { Db } from '../store.js';

export async function touchDashboardSession(
  db: Db,
  idHash: string,
  now: number,
  seenBefore: number,
): Promise<void> {
  await db
    .updateTable('dashboard_sessions')
    .set({ last_seen_at: now })
    .where('id_hash', '=', idHash)
    .where('last_seen_at', '<', seenBefore)
    .execute();
}
