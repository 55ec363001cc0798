// Writes escalations' metric facts, replacing what was there: one statement for all of them.
import type { Transaction } from 'kysely';
import type { EscalationFactsTable, Tables } from '../tables.js';

export async function upsertEscalationFacts(
  trx: Transaction<Tables>,
  rows: readonly EscalationFactsTable[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  await trx
    .insertInto('escalation_facts')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('escalation_id').doUpdateSet((eb) => ({
        team: eb.ref('excluded.team'),
        category: eb.ref('excluded.category'),
        facts: eb.ref('excluded.facts'),
        updated_at: eb.ref('excluded.updated_at'),
        settled_at: eb.ref('excluded.settled_at'),
      })),
    )
    .execute();
}
