// Housekeeping at sign-in: a key holds at most so many sessions; its oldest beyond them are dropped.
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';

/** A key's sessions beyond its newest `keep`. */
export async function deleteDashboardSessionsBeyond(db: Db, keyId: string, keep: number): Promise<void> {
  const older = db
    .selectFrom('dashboard_sessions')
    .select('id_hash')
    .where('key_id', '=', keyId)
    .orderBy('created_at', 'desc')
    .orderBy('id_hash')
    .offset(keep)
    .limit(fixedLimit(1000));
  await db.deleteFrom('dashboard_sessions').where('id_hash', 'in', older).execute();
}
