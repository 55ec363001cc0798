// What PostgreSQL does differently: its column types, row locking with SKIP LOCKED and constraint errors.
import { sql } from 'kysely';
import type { SchemaTypes } from '../migrations/schema-types.js';
import type { DialectSql } from '../store.js';

export const postgresSchemaTypes: SchemaTypes = {
  json: 'jsonb',
  serialKey: { type: 'bigint', build: (column) => column.primaryKey().generatedAlwaysAsIdentity() },
};

export const postgresSql: DialectSql = {
  forUpdateSkipLocked: (query) => query.forUpdate().skipLocked(),
  // 23505 unique_violation covers primary keys too.
  isUniqueViolation: (error) => error instanceof Error && 'code' in error && error.code === '23505',
  // Containment (`@>`) is false for a missing key or a value that is not an array, where jsonb_array_elements throws.
  jsonArrayHasAny: (column, arrayKey, field, values) =>
    sql<boolean>`(${sql.ref(column)} -> ${arrayKey}) @> any (${values.map((value) => JSON.stringify([{ [field]: value }]))}::jsonb[])`,
};
