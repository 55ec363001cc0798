// Database chores the CLI runs without a server: migrate, create and revoke API keys.
import { type CreatedApiKey, createApiKey, revokeApiKey } from '../keys/api-keys.js';
import { openDatabase } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import type { Store } from '../../store/store.js';

async function withStore<T>(url: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDatabase(url);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Applies pending migrations; returns their names. */
export const migrateDatabase = (url: string | undefined): Promise<string[]> =>
  withStore(url, migrateToLatest);

export const createKeyInDatabase = (
  url: string | undefined,
  input: unknown,
  now: number,
): Promise<CreatedApiKey> =>
  withStore(url, async (store) => {
    await migrateToLatest(store);
    return createApiKey(store, input, now);
  });

export const revokeKeyInDatabase = (url: string | undefined, id: string, now: number): Promise<void> =>
  withStore(url, async (store) => {
    await migrateToLatest(store);
    await revokeApiKey(store, id, now);
  });
