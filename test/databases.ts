// Real databases for store and API suites: each caller gets its own fresh, migrated one.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type DialectName, openDatabase, type Store } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { readDialects } from './dialects.js';
import { createDatabase, databaseUrl, dropDatabase } from './postgres-admin.js';

/** The databases to loop over: env DIALECTS (`sqlite`, `postgres` or both), default both. */
export const DIALECTS: readonly DialectName[] = readDialects(process.env.DIALECTS);

export interface TestStore extends Store {
  /** What openDatabase takes to open this same database a second time. */
  readonly url: string;
}

/**
 * A new database of its own: a SQLite file in a temp dir, or `handoff_t_<random>` cloned from
 * the migrated template on the test PostgreSQL. Migrated unless `migrate: false` (then empty).
 * `close()` also deletes it.
 */
export async function makeTestStore(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestStore> {
  const shouldMigrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-sqlite-'));
    const url = `sqlite:${join(dir, 'handoff.db')}`;
    return open(url, shouldMigrate, () => rm(dir, { recursive: true, force: true }));
  }
  const adminUrl = inject('pgUrl');
  if (!adminUrl) {
    throw new Error('PostgreSQL was not started by test/global-setup.ts: is DIALECTS set without postgres?');
  }
  const name = `handoff_t_${randomBytes(6).toString('hex')}`;
  await createDatabase(adminUrl, name, shouldMigrate ? inject('pgTemplate') : 'template0');
  return open(databaseUrl(adminUrl, name), shouldMigrate, () => dropDatabase(adminUrl, name));
}

async function open(url: string, shouldMigrate: boolean, remove: () => Promise<void>): Promise<TestStore> {
  const store = await openDatabase(url, { poolSize: 4 });
  // A no-op on a clone of the template; it still catches a template older than the migrations.
  if (shouldMigrate) {
    try {
      await migrateToLatest(store);
    } catch (error) {
      await store.close();
      await remove();
      throw error;
    }
  }
  let closing: Promise<void> | undefined;
  return {
    ...store,
    url,
    close: () => (closing ??= store.close().then(remove)),
  };
}
