// Stores a new dashboard session (the hash of its id only, never the id the cookie carries).
import type { Insertable } from 'kysely';
import type { Db } from '../store.js';
import type { DashboardSessionsTable } from '../tables.js';

export async function insertDashboardSession(db: Db, row: Insertable<DashboardSessionsTable>): Promise<void> {
  await db.insertInto('dashboard_sessions').values(row).execute();
}
