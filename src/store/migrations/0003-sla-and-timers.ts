// SLA clocks on escalations, and what the timers worker needs: attempts, the last error, who fired it.
import type { Kysely, Migration } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

export function slaAndTimers({ json }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('escalations').addColumn('sla', json).execute();
      await db.schema
        .alterTable('timers')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('timers').addColumn('last_error', 'text').execute();
      await db.schema.alterTable('timers').addColumn('fired_by', 'text').execute();
    },
  };
}
