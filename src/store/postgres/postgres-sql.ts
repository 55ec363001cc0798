// What PostgreSQL does differently: its column types, row locking with SKIP LOCKED and constraint errors.
import { sql } from 'kysely';
import { moveKeysAbove, type SchemaTypes } from '../migrations/schema-types.js';
import type { DialectSql } from '../store.js';

export const postgresSchemaTypes: SchemaTypes = {
  json: 'jsonb',
  serialKey: { type: 'bigint', build: (column) => column.primaryKey().generatedAlwaysAsIdentity() },
  // `other` gives up its own identity and draws from `owner`'s sequence by default (DDL takes no parameters).
  async shareSerialKey(db, owner, other) {
    const { rows } = await sql<{
      name: string;
    }>`SELECT pg_get_serial_sequence(${owner}, 'id') AS name`.execute(db);
    const sequence = rows[0]?.name;
    if (sequence === undefined) {
      throw new Error(`${owner}.id has no sequence`);
    }
    await sql`ALTER TABLE ${sql.table(other)} ALTER COLUMN id DROP IDENTITY`.execute(db);
    // An identity column's keys cannot be written, so they move once it is one no more.
    await moveKeysAbove(db, owner, other);
    await sql`ALTER TABLE ${sql.table(other)} ALTER COLUMN id SET DEFAULT nextval(${sql.lit(sequence)}::regclass)`.execute(
      db,
    );
    await sql`SELECT setval(${sequence}::regclass, greatest((SELECT last_value FROM ${sql.raw(sequence)}), (SELECT coalesce(max(id), 0) FROM ${sql.table(owner)}), (SELECT coalesce(max(id), 0) FROM ${sql.table(other)})))`.execute(
      db,
    );
  },
};

export const postgresSql: DialectSql = {
  forUpdateSkipLocked: (query) => query.forUpdate().skipLocked(),
  // 23505 unique_violation covers primary keys too.
  isUniqueViolation: (error) => error instanceof Error && 'code' in error && error.code === '23505',
  // Containment (`@>`) is false for a missing key or a value that is not an array, where jsonb_array_elements throws.
  jsonArrayHasAny: (column, arrayKey, field, values) =>
    sql<boolean>`(${sql.ref(column)} -> ${arrayKey}) @> any (${values.map((value) => JSON.stringify([{ [field]: value }]))}::jsonb[])`,
};
