// Asks the database for the simplest answer, to tell whether it responds.
import { sql } from 'kysely';
import type { Db } from '../store.js';

/** Throws when the database does not answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
