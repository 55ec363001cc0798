// Deliveries: the outbox rows gain an address (an integration endpoint and a recipient) and a retry plan;
// every attempt is recorded; endpoints keep a failure count and can be disabled; Slack messages and e-mail
// reply tokens tie what was sent back to its escalation.
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

const millis = 'bigint';

export function deliveries({ serialKey }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('outbox_created_at').execute();
      const columns: Array<[string, 'text' | 'integer' | 'bigint']> = [
        ['escalation_id', 'text'],
        ['endpoint', 'text'],
        ['recipient', 'text'],
        ['next_attempt_at', millis],
        ['lease_owner', 'text'],
        ['last_error', 'text'],
        ['last_status', 'integer'],
        ['dead_at', millis],
      ];
      for (const [name, type] of columns) {
        await db.schema.alterTable('outbox').addColumn(name, type).execute();
      }
      await db.schema
        .alterTable('outbox')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
        .execute();
      // Rows written before there was anything to deliver them name no endpoint: set aside, visible, replayable.
      await db
        .updateTable('outbox' as never)
        .set({
          status: 'dead',
          dead_at: sql`created_at`,
          last_error: 'written before deliveries existed: no endpoint',
        } as never)
        .where(sql.ref('delivered_at'), 'is', null)
        .execute();
      await db
        .updateTable('outbox' as never)
        .set({ status: 'delivered' } as never)
        .where(sql.ref('delivered_at'), 'is not', null)
        .execute();
      // Only pending rows carry a next attempt: the index the worker reads stays as small as the backlog.
      await db.schema
        .createIndex('outbox_next_attempt_at')
        .on('outbox')
        .column('next_attempt_at')
        .where(sql.ref('next_attempt_at'), 'is not', null)
        .execute();
      await db.schema.createIndex('outbox_escalation_id').on('outbox').column('escalation_id').execute();
      await db.schema
        .createIndex('outbox_dead_at')
        .on('outbox')
        .column('dead_at')
        .where(sql.ref('dead_at'), 'is not', null)
        .execute();

      await db.schema
        .createTable('delivery_attempts')
        .addColumn('id', serialKey.type, (c) => serialKey.build(c))
        .addColumn('outbox_id', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('at', millis, (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('endpoint', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('node', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('delivery_attempts_outbox_id')
        .on('delivery_attempts')
        .column('outbox_id')
        .execute();

      await db.schema
        .createTable('delivery_endpoints')
        .addColumn('endpoint', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disabled_at', millis)
        .addColumn('disabled_reason', 'text')
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('slack_messages')
        .addColumn('escalation_id', 'text', (c) => c.notNull())
        .addColumn('workspace', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('ts', 'text', (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .addPrimaryKeyConstraint('slack_messages_pk', ['escalation_id', 'workspace'])
        .execute();

      await db.schema
        .createTable('mail_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('escalation_id', 'text', (c) => c.notNull())
        // A person's id, or null for the customer.
        .addColumn('person_id', 'text')
        .addColumn('sender', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mail_tokens_message_id').on('mail_tokens').column('message_id').execute();
    },
  };
}
