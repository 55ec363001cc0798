// fixedLimit writes whole numbers into the SQL and refuses anything else.
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { describe, expect, test } from 'vitest';
import { fixedLimit } from './fixed-limit.js';

const db = new Kysely<{ t: { a: number } }>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new SqliteIntrospector(kysely),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

describe('fixedLimit', () => {
  test('a whole number becomes part of the SQL, not a parameter', () => {
    const compiled = db.selectFrom('t').select('a').where('a', '=', 1).limit(fixedLimit(5)).compile();
    expect(compiled.sql).toBe('select "a" from "t" where "a" = ? limit 5');
    expect(compiled.parameters).toEqual([1]);
  });

  test('anything but a whole number ≥ 0 is refused before it reaches SQL', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => fixedLimit(bad)).toThrow(RangeError);
    }
  });
});
