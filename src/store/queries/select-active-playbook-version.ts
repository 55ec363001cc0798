// Which playbook version is active.
import { activePlaybookVersionKey } from '../settings-keys.js';
import type { Db } from '../store.js';

/** Null before any version was activated. */
export async function selectActivePlaybookVersion(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', activePlaybookVersionKey)
    .executeTakeFirst();
  return row === undefined ? null : Number(row.value);
}
