// Opens a PostgreSQL database (a pg Pool) as a Store.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Store } from '../store.js';
import type { Tables } from '../tables.js';
import { postgresSql } from './postgres-sql.js';
import { postgresTypes } from './postgres-types.js';

export interface PostgresOptions {
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /** Errors of idle pooled connections (a restarted server, say); the pool drops the connection either way. */
  onPoolError?: (error: Error) => void;
}

/** Opens a pool on the PostgreSQL database at `url`; connections are made on first use. */
export function openPostgres(url: string, options: PostgresOptions = {}): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: postgresTypes,
    application_name: 'handoff',
  });
  // Without a listener an idle connection's error would crash the process.
  pool.on('error', options.onPoolError ?? (() => undefined));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;

  return {
    db,
    dialect: 'postgres',
    ...postgresSql,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => (closing ??= db.destroy()),
  };
}
