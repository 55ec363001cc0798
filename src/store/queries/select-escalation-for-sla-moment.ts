// What an SLA warning or breach needs of its escalation: whether it is done.
import type { Db } from '../store.js';

/** Undefined when there is no such escalation. */
export async function selectEscalationForSlaMoment(
  db: Db,
  id: string,
): Promise<{ status: string } | undefined> {
  return db.selectFrom('escalations').select(['status']).where('id', '=', id).executeTakeFirst();
}
