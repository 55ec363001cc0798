// Case id + turn are unique per caller (API key), not across every AI system: two systems may number cases alike.
import type { Kysely, Migration } from 'kysely';

export function evaluationCaller(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('evaluations')
        .addColumn('caller', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.dropIndex('evaluations_case_id_turn').execute();
      await db.schema
        .createIndex('evaluations_caller_case_id_turn')
        .on('evaluations')
        .columns(['caller', 'case_id', 'turn'])
        .unique()
        .execute();
      await db.schema
        .createIndex('escalations_opened_by_case_id')
        .on('escalations')
        .columns(['opened_by', 'case_id'])
        .execute();
    },
  };
}
