// Kysely's SQLite dialect with four changes: write transactions, transactional migrations, durable commits that
// do not hold the event loop, and a loud error instead of a deadlock when the one connection is asked for inside
// a transaction.
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryResult,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import type { WalKeeper } from './wal-keeper.js';

/** Why a query waited for the one connection from inside a transaction: on SQLite that never ends. */
export const nestedTransaction =
  'store.db or a nested store.transaction was used inside store.transaction: use its trx';

export interface HandoffSqliteOptions {
  /** Whether the caller runs inside a transaction body; `() => false` turns the nesting check off. */
  isInsideTransaction: () => boolean;
  /** Makes commits durable (null for an in-memory database, where nothing is). */
  keeper: WalKeeper | null;
  /** Whether a statement leaves the database as it was (SELECT, BEGIN, COMMIT …). */
  isReadonly: (sql: string) => boolean;
  /** How long BEGIN and a write outside a transaction retry while another connection holds the write lock. */
  busyTimeoutMs: number;
}

const isBusy = (error: unknown): boolean =>
  typeof (error as { code?: unknown } | null)?.code === 'string' &&
  (error as { code: string }).code.startsWith('SQLITE_BUSY');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class HandoffSqliteDriver extends SqliteDriver {
  readonly #options: HandoffSqliteOptions;
  #inTransaction = false;

  /**
   * Retries while another connection holds the write lock, waiting on timers: SQLite's own busy_timeout
   * (set to 0 here) would sleep on the event loop, freezing every request, and a second connection in the
   * same process could then never finish the transaction it waits for.
   */
  async #retryWhileBusy<T>(run: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.#options.busyTimeoutMs;
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        return await run();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) {
          throw error;
        }
        await sleep(wait);
      }
    }
  }

  constructor(config: SqliteDialectConfig, options: HandoffSqliteOptions) {
    super(config);
    this.#options = options;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    // Kysely serialises everything on the single connection with a mutex, which is what keeps
    // transactions from interleaving; but waiting for it from inside a transaction never ends.
    if (this.#options.isInsideTransaction()) {
      throw new Error(nestedTransaction);
    }
    const keeper = this.#options.keeper;
    keeper?.assertDurable();
    const connection = await super.acquireConnection();
    if (keeper === null) {
      return connection;
    }
    // Outside a transaction a statement waits out another connection's write lock, and a write (it commits by
    // itself) is answered only once it is on disk.
    return {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        if (this.#inTransaction) {
          return connection.executeQuery<R>(query);
        }
        const result = await this.#retryWhileBusy(() => connection.executeQuery<R>(query));
        if (!this.#options.isReadonly(query.sql)) {
          await keeper.committed();
        }
        return result;
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) =>
        connection.streamQuery<R>(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#options.keeper?.beforeBegin();
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    // fails with SQLITE_BUSY (busy_timeout cannot help) when another process wrote in between.
    await this.#retryWhileBusy(() => connection.executeQuery(CompiledQuery.raw('begin immediate')));
    this.#inTransaction = true;
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    this.#inTransaction = false;
    // The connection stays held until the commit is on disk; meanwhile the event loop serves other requests.
    await this.#options.keeper?.committed();
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } finally {
      this.#inTransaction = false;
    }
  }
}

class HandoffSqliteAdapter extends SqliteAdapter {
  // SQLite runs DDL inside transactions, so a migration that fails half-way leaves nothing behind,
  // and BEGIN IMMEDIATE makes a second process wait for the first one's migrations.
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class HandoffSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #options: HandoffSqliteOptions;

  constructor(config: SqliteDialectConfig, options: HandoffSqliteOptions) {
    super(config);
    this.#config = config;
    this.#options = options;
  }

  override createDriver(): Driver {
    return new HandoffSqliteDriver(this.#config, this.#options);
  }

  override createAdapter(): DialectAdapter {
    return new HandoffSqliteAdapter();
  }
}
