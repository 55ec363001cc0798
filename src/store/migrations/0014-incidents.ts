// Incidents: one problem many escalations share. The incident row (severity, phase, owner, roles, the current
// operational period and when the next status update is due), the escalations linked to it, and its own
// append-only timeline. Its timers live in `timers` under the incident id (that table has no foreign key).
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

const millis = 'bigint';

export function incidents({ json, serialKey }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('critical', 'integer', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull())
        // open | resolved
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        // role id → person id (or null when nobody could be found)
        .addColumn('roles', json, (c) => c.notNull())
        .addColumn('period', 'integer', (c) => c.notNull())
        .addColumn('period_started_at', millis, (c) => c.notNull())
        .addColumn('last_update_at', millis, (c) => c.notNull())
        .addColumn('next_update_at', millis)
        // What opened it (an automation id), so a second escalation joins the open incident instead of opening another.
        .addColumn('source', 'text')
        .addColumn('playbook_version', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('opened_by', 'text')
        .addColumn('opened_at', millis, (c) => c.notNull())
        .addColumn('resolved_at', millis)
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incidents_opened_at').on('incidents').column('opened_at').execute();
      await db.schema
        .createIndex('incidents_open_source')
        .on('incidents')
        .column('source')
        .where(sql.ref('status'), '=', 'open')
        .execute();

      await db.schema
        .createTable('incident_escalations')
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('escalation_id', 'text', (c) => c.notNull().references('escalations.id'))
        .addColumn('linked_at', millis, (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_escalations_pk', ['incident_id', 'escalation_id'])
        .execute();
      await db.schema
        .createIndex('incident_escalations_escalation_id')
        .on('incident_escalations')
        .column('escalation_id')
        .execute();

      await db.schema
        .createTable('incident_events')
        .addColumn('id', serialKey.type, (c) => serialKey.build(c))
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('at', millis, (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incident_events_incident_id')
        .on('incident_events')
        .columns(['incident_id', 'id'])
        .execute();
    },
  };
}
