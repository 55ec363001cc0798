// The one way an incident row changes: guarded by the version read, so a lost race is a conflict.
import type { Transaction, Updateable } from 'kysely';
import { HandoffError } from '../../errors.js';
import type { IncidentsTable, Tables } from '../tables.js';

/** `UPDATE … WHERE id = ? AND version = ?`, bumping the version; zero rows is a `conflict`. */
export async function updateIncidentRow(
  trx: Transaction<Tables>,
  id: string,
  expectedVersion: number,
  patch: Updateable<IncidentsTable>,
): Promise<void> {
  const result = await trx
    .updateTable('incidents')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new HandoffError('conflict', `incident ${id} was changed by someone else; reload and try again`, {
      path: 'version',
    });
  }
}
