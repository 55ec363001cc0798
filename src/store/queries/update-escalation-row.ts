// The one way an escalation row changes: guarded by the version read, so a lost race is a conflict.
import type { Transaction, Updateable } from 'kysely';
import { HandoffError } from '../../errors.js';
import type { EscalationsTable, Tables } from '../tables.js';

/**
 * `UPDATE … WHERE id = ? AND version = ?` and bumps the version. Zero rows means someone else
 * changed it since it was read: a `conflict`, and the caller's transaction rolls back.
 */
export async function updateEscalationRow(
  trx: Transaction<Tables>,
  id: string,
  expectedVersion: number,
  patch: Updateable<EscalationsTable>,
): Promise<void> {
  const result = await trx
    .updateTable('escalations')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new HandoffError('conflict', `escalation ${id} was changed by someone else; reload and try again`, {
      path: 'version',
    });
  }
}
