// Kysely's SQLite dialect with three changes: write transactions, transactional migrations, and a
// loud error instead of a deadlock when the one connection is asked for inside a transaction.
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/** Why a query waited for the one connection from inside a transaction: on SQLite that never ends. */
export const nestedTransaction =
  'store.db or a nested store.transaction was used inside store.transaction: use its trx';

class HandoffSqliteDriver extends SqliteDriver {
  readonly #isInsideTransaction: () => boolean;

  constructor(config: SqliteDialectConfig, isInsideTransaction: () => boolean) {
    super(config);
    this.#isInsideTransaction = isInsideTransaction;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    // Kysely serialises everything on the single connection with a mutex, which is what keeps
    // transactions from interleaving; but waiting for it from inside a transaction never ends.
    if (this.#isInsideTransaction()) {
      throw new Error(nestedTransaction);
    }
    return super.acquireConnection();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
    // fails with SQLITE_BUSY (busy_timeout cannot help) when another process wrote in between.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
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
  readonly #isInsideTransaction: () => boolean;

  constructor(config: SqliteDialectConfig, isInsideTransaction: () => boolean) {
    super(config);
    this.#config = config;
    this.#isInsideTransaction = isInsideTransaction;
  }

  override createDriver(): Driver {
    return new HandoffSqliteDriver(this.#config, this.#isInsideTransaction);
  }

  override createAdapter(): DialectAdapter {
    return new HandoffSqliteAdapter();
  }
}
