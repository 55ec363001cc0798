// Wraps a Kysely dialect so that every error its driver raises passes through mapDatabaseError: whatever runs a
// query (a verb, a worker, a health check) sees a database that cannot serve as HandoffError `unavailable`.
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { isHandoffError } from '../errors.js';
import { mapDatabaseError } from './database-faults.js';

/** Told of each error mapped to `unavailable`, with the original error (for logs and readiness). */
export type OnDatabaseFault = (error: unknown) => void;

type CompileQuery = QueryCompiler['compileQuery'];

class FaultMappingConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly map: (error: unknown) => unknown,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      throw this.map(error);
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw this.map(error);
    }
  }
}

// The wrapped driver gets its own connections back: PostgreSQL's releases through a private method of its own.
const unwrap = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof FaultMappingConnection ? connection.inner : connection;

class FaultMappingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly map: (error: unknown) => unknown,
  ) {}

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.map(error);
    }
  }

  private savepointCommand(
    name: 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint',
  ): NonNullable<Driver['savepoint']> {
    const command = this.inner[name]?.bind(this.inner);
    if (command === undefined) {
      throw new Error(`the database driver has no ${name}`);
    }
    return command;
  }

  init = () => this.run(() => this.inner.init());
  acquireConnection = async () =>
    new FaultMappingConnection(await this.run(() => this.inner.acquireConnection()), this.map);
  beginTransaction = (connection: DatabaseConnection, settings: TransactionSettings) =>
    this.run(() => this.inner.beginTransaction(unwrap(connection), settings));
  commitTransaction = (connection: DatabaseConnection) =>
    this.run(() => this.inner.commitTransaction(unwrap(connection)));
  rollbackTransaction = (connection: DatabaseConnection) =>
    this.run(() => this.inner.rollbackTransaction(unwrap(connection)));
  savepoint = (connection: DatabaseConnection, name: string, compile: CompileQuery) =>
    this.run(() => this.savepointCommand('savepoint')(unwrap(connection), name, compile));
  rollbackToSavepoint = (connection: DatabaseConnection, name: string, compile: CompileQuery) =>
    this.run(() => this.savepointCommand('rollbackToSavepoint')(unwrap(connection), name, compile));
  releaseSavepoint = (connection: DatabaseConnection, name: string, compile: CompileQuery) =>
    this.run(() => this.savepointCommand('releaseSavepoint')(unwrap(connection), name, compile));
  releaseConnection = (connection: DatabaseConnection) => this.inner.releaseConnection(unwrap(connection));
  destroy = () => this.inner.destroy();
}

/** `dialect` with its driver's errors mapped; `onFault` hears of each one that became `unavailable`. */
export function withFaultMapping(dialect: Dialect, onFault: OnDatabaseFault = () => undefined): Dialect {
  const map = (error: unknown): unknown => {
    const mapped = mapDatabaseError(error);
    if (mapped !== error && isHandoffError(mapped)) {
      onFault(error);
    }
    return mapped;
  };
  return {
    createDriver: () => new FaultMappingDriver(dialect.createDriver(), map),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
