// Helpdesk webhook calls and messages already taken (by the helpdesk's own ids), and messages Handoff wrote there:
// a duplicate delivery, or Handoff's own message coming back, changes nothing.
import type { Db } from '../store.js';

export async function hasHelpdeskReceipt(db: Db, integration: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('helpdesk_receipts')
    .select('key')
    .where('integration', '=', integration)
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records a receipt; true when it was not there yet. */
export async function insertHelpdeskReceipt(
  db: Db,
  row: { integration: string; key: string; escalationId: string | null },
  now: number,
): Promise<boolean> {
  const result = await db
    .insertInto('helpdesk_receipts')
    .values({ integration: row.integration, key: row.key, escalation_id: row.escalationId, created_at: now })
    .onConflict((oc) => oc.columns(['integration', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
