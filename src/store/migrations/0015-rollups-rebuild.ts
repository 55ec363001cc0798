// Metric rollups v2: cells keep their histograms packed (src/core/metrics/quantile-sketch.ts) and every UTC day has
// a headline cell too. Cells of the old shape are dropped and every facts row marked not rolled up, so the first
// report rolls them all up again from the facts (backfillMetricRollups, in opening order); the index of the rows
// not rolled up becomes (opened_at, escalation_id) so that rebuild, and the check before every process's first
// report, page through it instead of scanning every row.
import { type Kysely, type Migration, sql } from 'kysely';

export function rollupsRebuild(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`DELETE FROM metric_rollups`.execute(db);
      await sql`UPDATE escalation_facts SET settled_at = NULL WHERE settled_at IS NOT NULL`.execute(db);
      await db.schema.dropIndex('escalation_facts_unsettled').execute();
      await db.schema
        .createIndex('escalation_facts_unsettled_opened')
        .on('escalation_facts')
        .columns(['opened_at', 'escalation_id'])
        .where(sql.ref('settled_at'), 'is', null)
        .execute();
    },
  };
}
