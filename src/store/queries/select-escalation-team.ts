// The team an escalation belongs to, for filtering what a stream subscriber may see.
import type { Db } from '../store.js';

/** Null when there is no such escalation. */
export async function selectEscalationTeam(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('escalations').select('team').where('id', '=', id).executeTakeFirst();
  return row?.team ?? null;
}
