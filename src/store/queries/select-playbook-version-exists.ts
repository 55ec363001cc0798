// Whether a playbook version is stored, without reading its text.
import type { Db } from '../store.js';

export async function selectPlaybookVersionExists(db: Db, version: number): Promise<boolean> {
  const row = await db
    .selectFrom('playbook_versions')
    .select('version')
    .where('version', '=', version)
    .executeTakeFirst();
  return row !== undefined;
}
