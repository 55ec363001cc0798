// Housekeeping at sign-in: drops sessions past their absolute end or idle limit.
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';

/** Sessions whose absolute end or idle limit has passed (at most `batch` rows a call, so sign-in stays quick). */
export async function deleteEndedDashboardSessions(
  db: Db,
  now: number,
  idleSince: number,
  batch: number,
): Promise<void> {
  const ended = db
    .selectFrom('dashboard_sessions')
    .select('id_hash')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
    .limit(fixedLimit(batch));
  await db.deleteFrom('dashboard_sessions').where('id_hash', 'in', ended).execute();
}
