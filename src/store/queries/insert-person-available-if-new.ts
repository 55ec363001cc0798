// Marks a person available unless they already set their availability (the demo starts everyone available).
import type { Db } from '../store.js';

export async function insertPersonAvailableIfNew(db: Db, personId: string, now: number): Promise<void> {
  await db
    .insertInto('people_state')
    .values({ person_id: personId, available: 1, updated_at: now })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}
