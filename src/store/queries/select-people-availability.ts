// Who is available: one row per person who ever set it (a person without a row is away).
import type { Db } from '../store.js';
import type { Flag } from '../tables.js';

export async function selectPeopleAvailability(db: Db): Promise<{ person_id: string; available: Flag }[]> {
  return db.selectFrom('people_state').select(['person_id', 'available']).execute();
}
