// The text of one stored playbook version.
import type { Db } from '../store.js';

/** Undefined when there is no such version. */
export async function selectPlaybookYaml(
  db: Db,
  version: number,
): Promise<{ version: number; yaml: string } | undefined> {
  return db
    .selectFrom('playbook_versions')
    .select(['version', 'yaml'])
    .where('version', '=', version)
    .executeTakeFirst();
}
