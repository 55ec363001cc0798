// Sets whether a person is available, creating their row the first time.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

export async function upsertPersonAvailability(
  trx: Transaction<Tables>,
  personId: string,
  available: boolean,
  now: number,
): Promise<void> {
  await trx
    .insertInto('people_state')
    .values({ person_id: personId, available: available ? 1 : 0, updated_at: now })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ available: available ? 1 : 0, updated_at: now }))
    .execute();
}
