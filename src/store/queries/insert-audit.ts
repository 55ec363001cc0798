// Saves an audit under its name once: false when the name is taken (nothing is written then).
import type { Db } from '../store.js';
import type { AuditsTable } from '../tables.js';

export async function insertAudit(db: Db, row: AuditsTable): Promise<boolean> {
  const result = await db
    .insertInto('audits')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
