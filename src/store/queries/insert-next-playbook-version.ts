// Stores a playbook text as the next version number (max + 1), so no number is ever skipped.
import type { Transaction } from 'kysely';
import type { Tables } from '../tables.js';

/**
 * Returns the version number given. Run it after lockPlaybookVersions: two writers reading the same max
 * otherwise race, and the loser fails on the primary key.
 */
export async function insertNextPlaybookVersion(
  trx: Transaction<Tables>,
  playbook: { name: string; yaml: string; source: string; createdBy: string | null; now: number },
): Promise<number> {
  const max = await trx
    .selectFrom('playbook_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  const version = Number(max?.v ?? 0) + 1;
  await trx
    .insertInto('playbook_versions')
    .values({
      version,
      name: playbook.name,
      yaml: playbook.yaml,
      source: playbook.source,
      created_at: playbook.now,
      created_by: playbook.createdBy,
    })
    .execute();
  return version;
}
