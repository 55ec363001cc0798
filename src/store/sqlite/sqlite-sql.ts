// What SQLite does differently: its column types, row locking (none needed) and constraint errors.
import { sql } from 'kysely';
import { moveKeysAbove, type SchemaTypes } from '../migrations/schema-types.js';
import type { DialectSql } from '../store.js';

export const sqliteSchemaTypes: SchemaTypes = {
  json: 'text',
  // INTEGER PRIMARY KEY AUTOINCREMENT: the rowid, never reused even after the highest row is deleted.
  serialKey: { type: 'integer', build: (column) => column.primaryKey().autoIncrement() },
  // Each AUTOINCREMENT table counts in its own sqlite_sequence row and never goes below it: a trigger on each
  // table raises the other's row past every key it takes, so the two count as one.
  async shareSerialKey(db, owner, other) {
    const tables = [owner, other];
    await moveKeysAbove(db, owner, other);
    await sql`INSERT INTO sqlite_sequence (name, seq) SELECT t.name, 0 FROM (SELECT ${owner} AS name UNION ALL SELECT ${other}) AS t WHERE t.name NOT IN (SELECT name FROM sqlite_sequence)`.execute(
      db,
    );
    await sql`UPDATE sqlite_sequence SET seq = (SELECT max(n) FROM (SELECT seq AS n FROM sqlite_sequence WHERE name IN (${sql.join(tables)}) UNION ALL SELECT coalesce(max(id), 0) FROM ${sql.table(owner)} UNION ALL SELECT coalesce(max(id), 0) FROM ${sql.table(other)})) WHERE name IN (${sql.join(tables)})`.execute(
      db,
    );
    for (const [table, counter] of [
      [owner, other],
      [other, owner],
    ] as const) {
      await sql`CREATE TRIGGER ${sql.id(`${table}_raises_${counter}_ids`)} AFTER INSERT ON ${sql.table(table)} BEGIN UPDATE sqlite_sequence SET seq = NEW.id WHERE name = ${sql.lit(counter)} AND seq < NEW.id; END`.execute(
        db,
      );
    }
  },
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
