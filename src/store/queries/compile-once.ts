// Compile once, run many: a hot query is built by Kysely once per database kind, with named parameters, and then
// run as its SQL text with new values, so the hot path neither builds nor compiles a query per call.
import { type Compilable, CompiledQuery } from 'kysely';
import type { Db } from '../store.js';

const marker = '\u0000handoff-parameter:';

type Slot = { name: string } | { value: unknown };

/**
 * `build` receives `param(name)`, to put where a value goes; the returned function runs the query with `params`.
 * Every parameter must be given (never `undefined`): the SQL is fixed, so a column cannot be left out per call.
 */
export function compileOnce<Params extends Record<string, unknown>, Row>(
  build: (db: Db, param: <K extends keyof Params & string>(name: K) => Params[K]) => Compilable<Row>,
): (db: Db, params: Params) => Promise<Row[]> {
  const compiled = new Map<unknown, { sql: string; slots: Slot[] }>();
  return async (db, params) => {
    const kind = db.getExecutor().adapter.constructor;
    let query = compiled.get(kind);
    if (query === undefined) {
      const built = build(db, (name) => `${marker}${name}` as never).compile();
      query = {
        sql: built.sql,
        slots: built.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(marker)
            ? { name: value.slice(marker.length) }
            : { value },
        ),
      };
      compiled.set(kind, query);
    }
    const values = query.slots.map((slot) => ('name' in slot ? params[slot.name] : slot.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(query.sql, values));
    return result.rows;
  };
}

/**
 * compileOnce for a query whose SQL depends on a count (rows in an INSERT, values in an IN list): one compiled
 * statement per count up to `most`, and a fresh build beyond it. `build` gets `param(name, i)` for the i-th
 * row or value; the call gives `items`, one record of values per row or value.
 */
export function compileOncePerCount<Item extends Record<string, unknown>, Row>(
  build: (
    db: Db,
    count: number,
    param: <K extends keyof Item & string>(name: K, i: number) => Item[K],
  ) => Compilable<Row>,
  most = 32,
): (db: Db, items: readonly Item[]) => Promise<Row[]> {
  const byCount = new Map<number, (db: Db, params: Record<string, unknown>) => Promise<Row[]>>();
  const key = (name: string, i: number): string => `${name}.${i}`;
  const variant = (count: number) =>
    compileOnce<Record<string, unknown>, Row>((db, param) =>
      build(db, count, (name, i) => param(key(name, i)) as never),
    );
  return (db, items) => {
    let run = byCount.get(items.length);
    if (run === undefined) {
      run = variant(items.length);
      if (items.length <= most) {
        byCount.set(items.length, run);
      }
    }
    const params: Record<string, unknown> = {};
    items.forEach((item, i) => {
      for (const [name, value] of Object.entries(item)) {
        params[key(name, i)] = value;
      }
    });
    return run(db, params);
  };
}
