// Saved audits, newest first, without their reports; and one audit with its report.
import type { Db } from '../store.js';
import type { AuditsTable } from '../tables.js';

export type AuditListing = Omit<AuditsTable, 'report'>;

export async function selectAudits(db: Db, limit: number): Promise<AuditListing[]> {
  return db
    .selectFrom('audits')
    .select(['name', 'created_at', 'created_by', 'source', 'cases'])
    .orderBy('created_at', 'desc')
    .orderBy('name')
    .limit(limit)
    .execute();
}

export async function selectAudit(db: Db, name: string): Promise<AuditsTable | undefined> {
  return db.selectFrom('audits').selectAll().where('name', '=', name).executeTakeFirst();
}
