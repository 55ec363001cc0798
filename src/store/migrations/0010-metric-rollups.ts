// Metric rollups: per hour and per UTC day, team and grouping, the sums (counts, totals, histograms) of the
// resolved escalations opened then, kept current in the transaction that rewrites their facts; a report over a
// long range merges a few thousand cells instead of reading a row per escalation. `settled_at` on the facts
// says which rows the rollups hold (null: not counted there, read from the row).
import { type Kysely, type Migration, sql } from 'kysely';
import type { SchemaTypes } from './schema-types.js';

const millis = 'bigint';

export function metricRollups({ json }: SchemaTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('metric_rollups')
        // grain|start|dim|team|value (src/core/metrics/rollup-cells.ts)
        .addColumn('key', 'text', (c) => c.primaryKey())
        // h (an hour) | d (a UTC day)
        .addColumn('grain', 'text', (c) => c.notNull())
        .addColumn('start', millis, (c) => c.notNull())
        // all | extra | a grouping (tier, person, trigger, priority, channel, locale, playbook_version)
        .addColumn('dim', 'text', (c) => c.notNull())
        .addColumn('team', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        // Escalations counted (0 for `extra` cells).
        .addColumn('n', 'integer', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('metric_rollups_dim_grain_start')
        .on('metric_rollups')
        .columns(['dim', 'grain', 'start'])
        .execute();
      // The resolution instant of the facts the rollups count; null while not counted (open, or written before 0010).
      await db.schema.alterTable('escalation_facts').addColumn('settled_at', millis).execute();
      await db.schema
        .createIndex('escalation_facts_unsettled')
        .on('escalation_facts')
        .column('opened_at')
        .where(sql.ref('settled_at'), 'is', null)
        .execute();
    },
  };
}
