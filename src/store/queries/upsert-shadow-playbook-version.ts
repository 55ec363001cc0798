// Sets the version that runs in shadow, or clears it (null).
import type { Db } from '../store.js';
import { shadowPlaybookVersionKey } from './select-shadow-playbook-version.js';

export async function upsertShadowPlaybookVersion(db: Db, version: number | null): Promise<void> {
  if (version === null) {
    await db.deleteFrom('settings').where('key', '=', shadowPlaybookVersionKey).execute();
    return;
  }
  const value = String(version);
  await db
    .insertInto('settings')
    .values({ key: shadowPlaybookVersionKey, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
