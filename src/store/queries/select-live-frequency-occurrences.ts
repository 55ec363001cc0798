// The frequency-trigger occurrences still inside their window, oldest first: what a node counts from at start.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { FrequencyOccurrencesTable } from '../tables.js';

export async function selectLiveFrequencyOccurrences(
  db: Db,
  now: number,
): Promise<Selectable<FrequencyOccurrencesTable>[]> {
  return db
    .selectFrom('frequency_occurrences')
    .selectAll()
    .where('expires_at', '>', now)
    .orderBy('at')
    .execute();
}
