// The dialect seam: a database URL in, a Store out. Nothing outside src/store asks which one runs.
import { sql } from 'kysely';
import { HandoffError } from '../errors.js';
import { parseDatabaseUrl } from './database-url.js';
import { openPostgres, type PostgresOptions } from './postgres/open-postgres.js';
import { openSqlite, type SqliteOptions } from './sqlite/open-sqlite.js';
import type { Store } from './store.js';

export type { Db, DialectName, Store } from './store.js';
export type { OnDatabaseFault } from './fault-mapping-dialect.js';
export type OpenDatabaseOptions = SqliteOptions & PostgresOptions;

/**
 * Opens the database a URL names (see parseDatabaseUrl; unset means `./handoff.db`) and checks
 * that it answers, so a wrong URL fails at start-up rather than at the first request. It does not
 * migrate: call `migrateToLatest(store)` once after opening.
 */
export async function openDatabase(
  url: string | undefined,
  options: OpenDatabaseOptions = {},
): Promise<Store> {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'sqlite') {
    return openSqlite(target.location, options);
  }
  const store = openPostgres(target.location, options);
  try {
    await sql`select 1`.execute(store.db);
  } catch (error) {
    await store.close();
    throw new HandoffError('unavailable', `cannot connect to PostgreSQL at ${describe(target.location)}`, {
      cause: error,
    });
  }
  return store;
}

/** host:port/database, never the password. */
function describe(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}:${port || '5432'}${pathname}`;
  } catch {
    return 'the given URL';
  }
}
