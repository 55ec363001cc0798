// Records how a conversation the AI kept ended; a later report replaces an earlier one.
import type { Transaction } from 'kysely';
import type { CaseOutcomesTable, Tables } from '../tables.js';

export async function upsertCaseOutcome(trx: Transaction<Tables>, row: CaseOutcomesTable): Promise<void> {
  await trx
    .insertInto('case_outcomes')
    .values(row)
    .onConflict((oc) =>
      oc.column('case_id').doUpdateSet({
        outcome: row.outcome,
        at: row.at,
        recorded_at: row.recorded_at,
        recorded_by: row.recorded_by,
      }),
    )
    .execute();
}
