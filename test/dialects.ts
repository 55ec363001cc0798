// Which real databases the store and API suites loop over: env DIALECTS, default both.
import type { DialectName } from '../src/store/database.js';

const known: readonly DialectName[] = ['sqlite', 'postgres'];

/** Parses a DIALECTS value such as `sqlite` or `sqlite,postgres`; unknown names fail loudly. */
export function readDialects(value: string | undefined): DialectName[] {
  if (value === undefined || value.trim() === '') {
    return [...known];
  }
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!known.includes(name as DialectName)) {
      throw new Error(`DIALECTS: unknown database "${name}"; use ${known.join(', ')}`);
    }
  }
  return [...new Set(names as DialectName[])];
}
