// Who opened an escalation (the API key), so an agent key can read what it opened and nothing else.
import type { Kysely, Migration } from 'kysely';

export function openedBy(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('escalations').addColumn('opened_by', 'text').execute();
      await db.schema.createIndex('escalations_opened_by').on('escalations').column('opened_by').execute();
    },
  };
}
