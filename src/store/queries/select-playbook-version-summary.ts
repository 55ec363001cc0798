// One stored playbook version without its text.
import type { Db } from '../store.js';
import type { PlaybookVersionSummary } from './select-playbook-version-summaries.js';

/** Throws (Kysely's NoResultError) when there is no such version: callers ask only for one they just wrote. */
export async function selectPlaybookVersionSummary(db: Db, version: number): Promise<PlaybookVersionSummary> {
  return db
    .selectFrom('playbook_versions')
    .select(['version', 'name', 'source', 'created_at', 'created_by'])
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}
