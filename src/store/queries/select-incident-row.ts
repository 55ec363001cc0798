// Reads one incident row by id, or fails with not_found.
import type { Selectable } from 'kysely';
import { HandoffError } from '../../errors.js';
import type { Db } from '../store.js';
import type { IncidentsTable } from '../tables.js';

export type IncidentRow = Selectable<IncidentsTable>;

export async function selectIncidentRow(db: Db, id: string): Promise<IncidentRow> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) {
    throw new HandoffError('not_found', `no incident ${id}`, { path: 'id' });
  }
  return row;
}
