// The one small interface every verb and worker sees, whichever database runs underneath.
import type { Expression, Kysely, SelectQueryBuilder, SqlBool, Transaction } from 'kysely';
import type { Tables } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

/** The database or a transaction on it: what a query function takes. */
export type Db = Kysely<Tables>;

/** SQL that truly differs between the dialects, implemented once in each dialect folder. */
export interface DialectSql {
  /**
   * Locks the selected rows for this transaction and skips rows another transaction holds, so two
   * nodes leasing timers or deliveries never take the same row. On SQLite it returns the query
   * unchanged: one process owns the file and a write transaction already excludes every other.
   */
  forUpdateSkipLocked<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
  ): SelectQueryBuilder<DB, TB, O>;
  /** Whether an error is a unique or primary-key violation (SQLite and PostgreSQL report them differently). */
  isUniqueViolation(error: unknown): boolean;
  /**
   * True where the JSON column's array `column.arrayKey` holds an object whose text `field` is one of `values`
   * (`values` not empty): JSON arrays are walked differently (json_each, jsonb containment).
   */
  jsonArrayHasAny(
    column: string,
    arrayKey: string,
    field: string,
    values: readonly string[],
  ): Expression<SqlBool>;
}

/** Messages between the nodes that share one database; delivered to every node listening, the sender's too. */
export interface Broadcast {
  /** Sends `payload` (under 8000 bytes) on `channel`, outside any transaction. */
  send(channel: string, payload: string): Promise<void>;
  /** Calls `onMessage` for each message on `channel` until the returned function is called. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * An open database. Make one with `openDatabase`, migrate it with `migrateToLatest`, close it once. While the
 * database cannot serve (down, restarting, full, read-only: see database-faults.ts) its queries and transactions
 * fail with HandoffError `unavailable`, and work again once it can.
 */
export interface Store extends DialectSql {
  readonly db: Kysely<Tables>;
  readonly dialect: DialectName;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Inside,
   * use only `trx` (on SQLite, touching `db` there throws instead of waiting forever for the one
   * connection). Transactions never interleave on SQLite; on PostgreSQL they run at READ COMMITTED.
   */
  transaction<T>(fn: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
  /**
   * Messages to the other nodes of this database: PostgreSQL's LISTEN/NOTIFY. Null on SQLite, where one
   * process serves the file.
   */
  readonly broadcast: Broadcast | null;
  /**
   * SQLite: whether another connection (another process on the same file) committed since the last call; the
   * first call answers false. Null on PostgreSQL, where nodes tell each other through `broadcast`.
   */
  readonly committedElsewhere: (() => boolean) | null;
  /** Closes the connections; calling it again does nothing. */
  close(): Promise<void>;
}
