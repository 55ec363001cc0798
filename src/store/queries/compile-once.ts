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
