// The text of a playbook version and where it came from, to compile it.
import type { Db } from '../store.js';

/** Throws (Kysely's NoResultError) when there is no such version: callers ask for the active one. */
export async function selectPlaybookDefinition(
  db: Db,
  version: number,
): Promise<{ yaml: string; source: string }> {
  return db
    .selectFrom('playbook_versions')
    .select(['yaml', 'source'])
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}
