// The first schema: playbook versions, evaluations, escalations and their timeline, keys, timers, outbox.
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

/** Epoch milliseconds (see docs/adr/0001-storage.md). */
const millis = 'bigint';

export function initial({ json, serialKey }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('playbook_versions')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('yaml', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .addColumn('created_by', 'text')
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('escalations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('case_turn', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('team', 'text', (c) => c.notNull())
        .addColumn('tier', 'text')
        .addColumn('assignee', 'text')
        .addColumn('mode', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('reason_category', 'text')
        .addColumn('playbook_version', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('context', json, (c) => c.notNull())
        .addColumn('brief', json, (c) => c.notNull())
        .addColumn('decision', json)
        .addColumn('tags', json, (c) => c.notNull())
        .addColumn('fields', json, (c) => c.notNull())
        .addColumn('reroute_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('tier_changes', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('opened_at', millis, (c) => c.notNull())
        .addColumn('assigned_at', millis)
        .addColumn('claimed_at', millis)
        .addColumn('first_response_at', millis)
        .addColumn('resolved_at', millis)
        .addColumn('outcome', 'text')
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();
      await index(db, 'escalations', ['status']);
      await index(db, 'escalations', ['team', 'status']);
      await index(db, 'escalations', ['assignee', 'status']);
      await index(db, 'escalations', ['opened_at', 'id']);
      await index(db, 'escalations', ['case_id']);

      await db.schema
        .createTable('evaluations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('turn', 'integer')
        .addColumn('idempotency_key', 'text', (c) => c.unique())
        .addColumn('playbook_version', 'integer', (c) => c.notNull())
        .addColumn('confidence', 'double precision')
        .addColumn('task_type', 'text')
        .addColumn('risk', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('triggers', json, (c) => c.notNull())
        .addColumn('decision', json, (c) => c.notNull())
        .addColumn('escalation_id', 'text', (c) => c.references('escalations.id'))
        .addColumn('created_at', millis, (c) => c.notNull())
        .execute();
      // Both dialects treat NULLs as distinct, so turn-less evaluations of one case never collide.
      await index(db, 'evaluations', ['case_id', 'turn'], { isUnique: true });
      await index(db, 'evaluations', ['created_at']);

      await db.schema
        .createTable('events')
        .addColumn('id', serialKey.type, serialKey.build)
        .addColumn('escalation_id', 'text', (c) => c.notNull().references('escalations.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('at', millis, (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await index(db, 'events', ['escalation_id', 'id']);
      await index(db, 'events', ['type', 'at']);

      await db.schema
        .createTable('approvals')
        .addColumn('escalation_id', 'text', (c) => c.notNull().references('escalations.id'))
        .addColumn('approver', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('at', millis, (c) => c.notNull())
        .addPrimaryKeyConstraint('approvals_pk', ['escalation_id', 'approver'])
        .execute();

      await db.schema
        .createTable('people_state')
        .addColumn('person_id', 'text', (c) => c.primaryKey())
        .addColumn('available', 'integer', (c) => c.notNull())
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('assignment_cursors')
        .addColumn('team', 'text', (c) => c.primaryKey())
        .addColumn('last_person_id', 'text')
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', millis, (c) => c.notNull())
        .addColumn('revoked_at', millis)
        .execute();

      await db.schema
        .createTable('idempotency')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response', json, (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .execute();
      await index(db, 'idempotency', ['created_at']);

      // No foreign keys on timers and outbox: their worker issue decides what they may point at.
      await db.schema
        .createTable('timers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('escalation_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due_at', millis, (c) => c.notNull())
        .addColumn('fired_at', millis)
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', millis)
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await index(db, 'timers', ['due_at'], { whereNull: 'fired_at' });
      await index(db, 'timers', ['escalation_id']);

      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'bigint', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('payload', json, (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('delivered_at', millis)
        .addColumn('lease_until', millis)
        .execute();
      await index(db, 'outbox', ['created_at'], { whereNull: 'delivered_at' });
    },
  };
}

/** Index `TABLE_COL1_COL2`; `whereNull` makes it partial (`WHERE that column IS NULL`), same SQL on both. */
async function index(
  db: Kysely<unknown>,
  table: string,
  columns: string[],
  options: { isUnique?: boolean; whereNull?: string } = {},
): Promise<void> {
  let builder = db.schema
    .createIndex(`${table}_${columns.join('_')}`)
    .on(table)
    .columns(columns);
  if (options.isUnique === true) {
    builder = builder.unique();
  }
  if (options.whereNull !== undefined) {
    builder = builder.where(sql.ref(options.whereNull), 'is', null);
  }
  await builder.execute();
}
