// Opens a SQLite file (better-sqlite3) as a Store: WAL, durable commits, foreign keys on.
import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { type OnDatabaseFault, withFaultMapping } from '../fault-mapping-dialect.js';
import type { Store } from '../store.js';
import type { Tables } from '../tables.js';
import { makeCheckpointer } from './checkpointer.js';
import { walBarrier } from './durability-barrier.js';
import { HandoffSqliteDialect, nestedTransaction } from './sqlite-dialect.js';
import { makeGroupCommitter } from './group-commit.js';
import { sqliteSql } from './sqlite-sql.js';
import { withStatementCache } from './statement-cache.js';
import { makeWalKeeper } from './wal-keeper.js';

export interface SqliteOptions {
  /** How long a write waits for another process's write lock before SQLITE_BUSY. Default 5000 ms. */
  busyTimeoutMs?: number;
  /**
   * Whether touching `store.db` inside a transaction throws (instead of waiting forever for the one connection).
   * The check tracks every promise, which costs several per cent of throughput; default: on unless
   * NODE_ENV=production, so tests and development catch the mistake.
   */
  checkNesting?: boolean;
  /** Each query error that became HandoffError `unavailable` (see database-faults.ts), with its cause. */
  onFault?: OnDatabaseFault;
}

/** Opens (creating if needed) the SQLite database at `file`, or an in-memory one for `:memory:`. */
export function openSqlite(file: string, options: SqliteOptions = {}): Store {
  const database = new Database(file);
  const journal = String(database.pragma('journal_mode = WAL', { simple: true }));
  // Commits write their WAL frames without syncing; the keeper fsyncs the WAL on the thread pool before a commit
  // is acknowledged, so an acknowledged write survives kill -9 and power loss without the event loop waiting.
  database.pragma('synchronous = NORMAL');
  // Waiting for another connection's write lock is done by the driver, on timers (see retryWhileBusy).
  database.pragma('busy_timeout = 0');
  database.pragma('foreign_keys = ON');
  // 64 MiB of page cache (the default is 2 MiB): index pages of a busy database stay in memory between commits.
  database.pragma('cache_size = -65536');
  // ORDER BY and GROUP BY scratch space in memory, not in temporary files.
  database.pragma('temp_store = MEMORY');
  const statements = withStatementCache(database);

  let keeper = null;
  if (journal === 'wal') {
    // Checkpoints run on the keeper's worker thread instead of inside a commit.
    database.pragma('wal_autocheckpoint = 0');
    keeper = makeWalKeeper({
      barrier: walBarrier(`${resolve(file)}-wal`),
      checkpointer: makeCheckpointer(resolve(file), () => {
        const [result] = database.pragma('wal_checkpoint(PASSIVE)') as Array<{
          log: number;
          checkpointed: number;
        }>;
        return { walFrames: result?.log ?? 0, checkpointed: result?.checkpointed ?? 0 };
      }),
    });
  }

  const checkNesting = options.checkNesting ?? process.env.NODE_ENV !== 'production';
  const transactionScope = checkNesting ? new AsyncLocalStorage<{ isOpen: boolean }>() : null;
  const isInsideTransaction = (): boolean => transactionScope?.getStore()?.isOpen === true;
  const db = new Kysely<Tables>({
    dialect: withFaultMapping(
      new HandoffSqliteDialect(
        { database: statements },
        {
          isInsideTransaction,
          keeper,
          isReadonly: statements.isReadonly,
          busyTimeoutMs: Math.trunc(options.busyTimeoutMs ?? 5000),
        },
      ),
      options.onFault,
    ),
  });
  // The flag is raised only while a transaction body runs, and lowered before commit, so work that a
  // body leaves running in the background is not mistaken for the transaction itself.
  const runInScope = <T>(body: () => Promise<T>): Promise<T> => {
    if (transactionScope === null) {
      return body();
    }
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
  let lastDataVersion: number | null = null;

  return {
    db,
    dialect: 'sqlite',
    ...sqliteSql,
    broadcast: null,
    // data_version changes when another connection commits to the file, never for this one's own commits.
    committedElsewhere: () => {
      const version = Number(database.pragma('data_version', { simple: true }));
      const changed = lastDataVersion !== null && version !== lastDataVersion;
      lastDataVersion = version;
      return changed;
    },
    transaction: (fn) => {
      if (isInsideTransaction()) {
        return Promise.reject(new Error(nestedTransaction));
      }
      return committer.run(fn);
    },
    close: () =>
      (closing ??= (async () => {
        await keeper?.close();
        await db.destroy();
      })()),
  };
}
