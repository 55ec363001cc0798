// Helpdesk adapters (Chatwoot, Zendesk): which conversation or ticket stands for which escalation, and which of the
// helpdesk's webhook calls and messages were already taken (a duplicate delivery, or our own message coming back).
import type { Kysely, Migration } from 'kysely';

const millis = 'bigint';

export function helpdeskLinks(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('helpdesk_links')
        .addColumn('integration', 'text', (c) => c.notNull())
        .addColumn('escalation_id', 'text', (c) => c.notNull())
        // The Chatwoot conversation id or the Zendesk ticket id; '' while a ticket is being created.
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('created_at', millis, (c) => c.notNull())
        .addPrimaryKeyConstraint('helpdesk_links_pk', ['integration', 'escalation_id'])
        .execute();
      await db.schema
        .createIndex('helpdesk_links_external')
        .on('helpdesk_links')
        .columns(['integration', 'external_id'])
        .execute();
      await db.schema
        .createTable('helpdesk_receipts')
        .addColumn('integration', 'text', (c) => c.notNull())
        // "event:<id>", "message:<id>", "comment:<id>"…: what was taken or written, in the helpdesk's ids.
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('escalation_id', 'text')
        .addColumn('created_at', millis, (c) => c.notNull())
        .addPrimaryKeyConstraint('helpdesk_receipts_pk', ['integration', 'key'])
        .execute();
    },
  };
}
