// `escalations(opened_by)` is the prefix of `escalations(opened_by, case_id)`: one index fewer to write per escalation.
import type { Kysely, Migration } from 'kysely';

export function dropRedundantIndex(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('escalations_opened_by').execute();
    },
  };
}
