// Opens a SQLite file (better-sqlite3) as a Store: WAL, durable commits, foreign keys on.
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Store } from '../store.js';
import type { Tables } from '../tables.js';
import { HandoffSqliteDialect, nestedTransaction } from './sqlite-dialect.js';
import { makeGroupCommitter } from './group-commit.js';
import { sqliteSql } from './sqlite-sql.js';
import { withStatementCache } from './statement-cache.js';

export interface SqliteOptions {
  /** How long a write waits for another process's write lock before SQLITE_BUSY. Default 5000 ms. */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the SQLite database at `file`, or an in-memory one for `:memory:`. */
export function openSqlite(file: string, options: SqliteOptions = {}): Store {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: an acknowledged write survives kill -9 and power loss.
  database.pragma('synchronous = FULL');
  database.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  database.pragma('foreign_keys = ON');
  // 64 MiB of page cache (the default is 2 MiB): index pages of a busy database stay in memory between commits.
  database.pragma('cache_size = -65536');
  // ORDER BY and GROUP BY scratch space in memory, not in temporary files.
  database.pragma('temp_store = MEMORY');

  const transactionScope = new AsyncLocalStorage<{ isOpen: boolean }>();
  const isInsideTransaction = (): boolean => transactionScope.getStore()?.isOpen === true;
  const db = new Kysely<Tables>({
    dialect: new HandoffSqliteDialect({ database: withStatementCache(database) }, isInsideTransaction),
  });
  // The flag is raised only while a transaction body runs, and lowered before commit, so work that a
  // body leaves running in the background is not mistaken for the transaction itself.
  const runInScope = <T>(body: () => Promise<T>): Promise<T> => {
    const scope = { isOpen: true };
    return transactionScope.run(scope, async () => {
      try {
        return await body();
      } finally {
        scope.isOpen = false;
      }
    });
  };
  const committer = makeGroupCommitter(db, runInScope);
  let closing: Promise<void> | undefined;

  return {
    db,
    dialect: 'sqlite',
    ...sqliteSql,
    transaction: (fn) => {
      if (isInsideTransaction()) {
        return Promise.reject(new Error(nestedTransaction));
      }
      return committer.run(fn);
    },
    close: () => (closing ??= db.destroy()),
  };
}
