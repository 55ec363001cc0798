// How PostgreSQL values are read, chosen so a row looks the same as it does on SQLite.
import pg from 'pg';

const int8 = 20;
const numeric = 1700;
const json = 114;
const jsonb = 3802;

/** Type parsers for this store's pool only (the pg module's global parsers are left alone). */
export const postgresTypes = new pg.TypeOverrides();
// bigint (epoch milliseconds, event ids, count(*)) as numbers, as SQLite returns them; every
// value Handoff stores there is far below 2^53.
postgresTypes.setTypeParser(int8, 'text', Number);
// numeric (what avg() returns) as a float, as on SQLite.
postgresTypes.setTypeParser(numeric, 'text', Number.parseFloat);
// JSON as its text, so decodeJson does the same work on both dialects.
postgresTypes.setTypeParser(json, 'text', (text: string) => text);
postgresTypes.setTypeParser(jsonb, 'text', (text: string) => text);
