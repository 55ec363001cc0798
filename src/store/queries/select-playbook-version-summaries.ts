// Every stored playbook version without its text, newest first.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { PlaybookVersionsTable } from '../tables.js';

export type PlaybookVersionSummary = Omit<Selectable<PlaybookVersionsTable>, 'yaml'>;

export async function selectPlaybookVersionSummaries(db: Db): Promise<PlaybookVersionSummary[]> {
  return db
    .selectFrom('playbook_versions')
    .select(['version', 'name', 'source', 'created_at', 'created_by'])
    .orderBy('version', 'desc')
    .execute();
}
