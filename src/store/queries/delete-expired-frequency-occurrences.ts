// Prunes frequency-trigger occurrences whose window has passed.
import type { Db } from '../store.js';

export async function deleteExpiredFrequencyOccurrences(db: Db, now: number): Promise<void> {
  await db.deleteFrom('frequency_occurrences').where('expires_at', '<=', now).execute();
}
