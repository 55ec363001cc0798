// Stores an escalation's measured SLA clocks (null: no policy applies).
import type { JsonText } from '../json.js';
import type { Db } from '../store.js';

export async function updateEscalationSla(db: Db, escalationId: string, sla: JsonText | null): Promise<void> {
  await db.updateTable('escalations').set({ sla }).where('id', '=', escalationId).execute();
}
