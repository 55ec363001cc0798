// What SQLite does differently: its column types, row locking (none needed) and constraint errors.
import { sql } from 'kysely';
import type { SchemaTypes } from '../migrations/schema-types.js';
import type { DialectSql } from '../store.js';

export const sqliteSchemaTypes: SchemaTypes = {
  json: 'text',
  // INTEGER PRIMARY KEY AUTOINCREMENT: the rowid, never reused even after the highest row is deleted.
  serialKey: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
};

export const sqliteSql: DialectSql = {
  forUpdateSkipLocked: (query) => query,
  isUniqueViolation: (error) =>
    error instanceof Error &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'),
  jsonArrayHasAny: (column, arrayKey, field, values) =>
    sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}, ${`$.${arrayKey}`}) as item where item.value ->> ${field} in (${sql.join([...values])}))`,
};
