// A LIMIT written into the SQL instead of bound as a parameter: on SQLite a bound LIMIT makes the open-escalation
// read about twice as slow (bench/sqlite-fixed-limit.js), and the limits in the hot statements are constants anyway.
import { type RawBuilder, sql } from 'kysely';

/** `n` as a literal for `.limit(…)`; only whole, non-negative numbers, so nothing but digits reaches the SQL. */
export function fixedLimit(n: number): RawBuilder<number> {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`a fixed LIMIT must be a whole number ≥ 0, not ${n}`);
  }
  return sql.lit(n);
}
