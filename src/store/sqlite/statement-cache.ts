// Reuses prepared statements: Kysely's SQLite driver prepares every query afresh, which costs more than running it.
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Wraps a better-sqlite3 database so `prepare` returns the statement prepared earlier for the same SQL (Kysely
 * compiles one query shape to one SQL text, values go in as parameters). At most `size` statements are kept,
 * the least recently used dropped first. A statement runs to completion before the next query on the one
 * connection, so sharing it is safe; SQLite re-prepares it by itself after a schema change.
 */
export function withStatementCache(
  database: SqliteDatabase,
  size = 500,
): SqliteDatabase & { isReadonly(sql: string): boolean } {
  const statements = new Map<string, SqliteStatement & { readonly?: boolean }>();
  const prepare = (sql: string): SqliteStatement & { readonly?: boolean } => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = database.prepare(sql);
      if (statements.size >= size) {
        const oldest = statements.keys().next();
        if (oldest.done !== true) {
          statements.delete(oldest.value);
        }
      }
    } else {
      statements.delete(sql);
    }
    statements.set(sql, statement);
    return statement;
  };
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare,
    /** better-sqlite3's `readonly`: true for SELECT and for BEGIN, COMMIT and the like, false for what writes. */
    isReadonly: (sql) => prepare(sql).readonly === true,
  };
}
