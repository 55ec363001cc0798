// Metric facts: one row per escalation, rewritten in the transaction of every event that changes it, so a
// report reads one row per escalation instead of its whole timeline; and the indexes reports range over.
import type { Kysely, Migration } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

const millis = 'bigint';

export function metrics({ json }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('escalation_facts')
        .addColumn('escalation_id', 'text', (c) => c.primaryKey())
        .addColumn('opened_at', millis, (c) => c.notNull())
        .addColumn('team', 'text', (c) => c.notNull())
        // open | paused | done
        .addColumn('category', 'text', (c) => c.notNull())
        // The whole EscalationFacts (src/core/metrics/escalation-facts.ts).
        .addColumn('facts', json, (c) => c.notNull())
        .addColumn('updated_at', millis, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('escalation_facts_opened_at')
        .on('escalation_facts')
        .column('opened_at')
        .execute();
      await db.schema
        .createIndex('escalation_facts_category_team')
        .on('escalation_facts')
        .columns(['category', 'team'])
        .execute();
      await db.schema.createIndex('evaluations_case_id').on('evaluations').column('case_id').execute();
    },
  };
}
