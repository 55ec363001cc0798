// Writes a new incident row.
import type { Insertable, Transaction } from 'kysely';
import type { IncidentsTable, Tables } from '../tables.js';

export async function insertIncident(
  trx: Transaction<Tables>,
  row: Insertable<IncidentsTable>,
): Promise<void> {
  await trx.insertInto('incidents').values(row).execute();
}
