// Whether a transaction on this database runs alone (SQLite: one writer, transactions never interleave), so what
// it read stays true until it commits and no lock is needed to keep it so. Kept in the store: nobody else asks
// which database runs.
import { SqliteAdapter } from 'kysely';
import type { Db } from '../store.js';

export function runsAlone(db: Db): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
