// Which playbook version runs in shadow beside the active one: a row of the settings table, absent when none.
import type { Db } from '../store.js';

export const shadowPlaybookVersionKey = 'shadow_playbook_version';

/** Null when no version runs in shadow. */
export async function selectShadowPlaybookVersion(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', shadowPlaybookVersionKey)
    .executeTakeFirst();
  return row === undefined ? null : Number(row.value);
}
