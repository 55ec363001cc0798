// Opens the database a node runs on and brings its schema up to date: the bootstrap's one door to the store.
import { openDatabase, type OpenDatabaseOptions } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import type { Store } from '../../store/store.js';

/** The store at `url` (SQLite file by default), migrated to the latest schema; closed again if migrating fails. */
export async function openNodeStore(
  url: string | undefined,
  options: OpenDatabaseOptions = {},
): Promise<Store> {
  const store = await openDatabase(url, options);
  try {
    await migrateToLatest(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
