// Reads one escalation row by id, or fails with not_found.
import type { Selectable } from 'kysely';
import { HandoffError } from '../../errors.js';
import type { Db } from '../store.js';
import type { EscalationsTable } from '../tables.js';

export type EscalationRow = Selectable<EscalationsTable>;

export async function selectEscalationRow(db: Db, id: string): Promise<EscalationRow> {
  const row = await db.selectFrom('escalations').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) {
    throw new HandoffError('not_found', `no escalation ${id}`, { path: 'id' });
  }
  return row;
}
