// Occurrences counted by frequency triggers, kept in the database: counts survive a restart and are shared by
// the nodes of one database. One row per occurrence (a case id) of a key (a customer id, say) of a trigger.
import type { Kysely, Migration } from 'kysely';

export function frequencyOccurrences(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('frequency_occurrences')
        .addColumn('counter', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('occurrence', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        // When it leaves the trigger's window and no longer counts.
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('frequency_occurrences_pk', ['counter', 'key', 'occurrence'])
        .execute();
      await db.schema
        .createIndex('frequency_occurrences_expires_at')
        .on('frequency_occurrences')
        .column('expires_at')
        .execute();
    },
  };
}
