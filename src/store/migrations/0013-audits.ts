// Saved audits of a helpdesk's history (`handoff audit --save NAME`, POST /v1/audits?save=NAME): each is a
// baseline that later metrics are compared with. The report is kept whole; source and cases for listings.
import type { Kysely, Migration } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

export function audits({ json }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audits')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('cases', 'integer', (c) => c.notNull())
        // The whole AuditReport (src/core/audit/audit-report.ts).
        .addColumn('report', json, (c) => c.notNull())
        .execute();
    },
  };
}
