// Opens a PostgreSQL database (a pg Pool) as a Store.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type OnDatabaseFault, withFaultMapping } from '../fault-mapping-dialect.js';
import type { Store } from '../store.js';
import type { Tables } from '../tables.js';
import { makePgBroadcast } from './pg-broadcast.js';
import { postgresSql } from './postgres-sql.js';
import { postgresTypes } from './postgres-types.js';

export interface PostgresOptions {
  /** Connections in the pool. Default 10. */
  poolSize?: number;
  /**
   * Errors of pooled connections, idle or checked out (a restarted server, say), and of the LISTEN connection;
   * the connection is dropped and made again either way.
   */
  onPoolError?: (error: Error) => void;
  /** Each query error that became HandoffError `unavailable` (see database-faults.ts), with its cause. */
  onFault?: OnDatabaseFault;
}

/** 40P01 deadlock_detected, 40001 serialization_failure. */
const isRetryable = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === '40P01' || error.code === '40001');

/** Opens a pool on the PostgreSQL database at `url`; connections are made on first use. */
export function openPostgres(url: string, options: PostgresOptions = {}): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types: postgresTypes,
    application_name: 'handoff',
  });
  const onPoolError = options.onPoolError ?? (() => undefined);
  // An 'error' event without a listener crashes the process. The pool listens on idle connections only, so every
  // connection gets a listener of its own for its whole life: one checked out (in a transaction, or held by a
  // worker) when the server goes away errors too. Its queries fail with the error, and the pool drops it on release.
  pool.on('error', onPoolError);
  pool.on('connect', (client) => client.on('error', onPoolError));
  const db = new Kysely<Tables>({
    dialect: withFaultMapping(new PostgresDialect({ pool }), options.onFault),
  });
  let closing: Promise<void> | undefined;

  return {
    db,
    dialect: 'postgres',
    ...postgresSql,
    broadcast: makePgBroadcast(pool, url, onPoolError),
    committedElsewhere: null,
    transaction: async (fn) => {
      // A deadlock or serialization failure means PostgreSQL rolled the whole transaction back: run it again,
      // a few times, rather than answer 500 for two people moving escalations at once.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await db.transaction().execute(fn);
        } catch (error) {
          if (attempt >= 4 || !isRetryable(error)) {
            throw error;
          }
        }
      }
    },
    close: () => (closing ??= db.destroy()),
  };
}
