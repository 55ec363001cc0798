// Writes frequency-trigger occurrences; a case already counted for a key is skipped, so an occurrence counts once.
import type { Transaction } from 'kysely';
import type { FrequencyOccurrencesTable, Tables } from '../tables.js';
import { compileOncePerCount } from './compile-once.js';

const ROWS_PER_INSERT = 50;

export type FrequencyOccurrenceRow = { [K in keyof FrequencyOccurrencesTable]: FrequencyOccurrencesTable[K] };

/** One statement per row count up to ROWS_PER_INSERT, compiled once. */
const insertOccurrences = compileOncePerCount<FrequencyOccurrenceRow, never>(
  (db, count, param) =>
    db
      .insertInto('frequency_occurrences')
      .values(
        Array.from({ length: count }, (_, i) => ({
          counter: param('counter', i),
          key: param('key', i),
          occurrence: param('occurrence', i),
          at: param('at', i),
          expires_at: param('expires_at', i),
        })),
      )
      .onConflict((oc) => oc.columns(['counter', 'key', 'occurrence']).doNothing()),
  ROWS_PER_INSERT,
);

/** Inserts `rows` in statements of at most ROWS_PER_INSERT rows, in order. */
export async function insertFrequencyOccurrences(
  trx: Transaction<Tables>,
  rows: readonly FrequencyOccurrenceRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await insertOccurrences(trx, rows.slice(start, start + ROWS_PER_INSERT));
  }
}
