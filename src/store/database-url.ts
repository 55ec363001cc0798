// Which database a URL names: PostgreSQL for postgres:// URLs, otherwise a SQLite file.
import { HandoffError } from '../errors.js';
import type { DialectName } from './store.js';

export interface DatabaseTarget {
  dialect: DialectName;
  /** The connection string for PostgreSQL; the file (or `:memory:`) for SQLite. */
  location: string;
}

/** Where the database lives when no URL is given: a SQLite file in the working directory. */
export const defaultDatabaseFile = './handoff.db';

/**
 * Reads a database URL: unset or empty → `./handoff.db`; `postgres://…` or `postgresql://…` →
 * PostgreSQL; `sqlite:FILE` (also `sqlite:///abs/path`), `:memory:` or a plain path → SQLite.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const text = url?.trim() ?? '';
  if (text === '') {
    return { dialect: 'sqlite', location: defaultDatabaseFile };
  }
  if (/^postgres(ql)?:\/\//i.test(text)) {
    return { dialect: 'postgres', location: text };
  }
  if (/^sqlite:/i.test(text)) {
    const file = text.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file === '') {
      throw new HandoffError('bad_request', `database URL names no SQLite file: ${text}`);
    }
    return { dialect: 'sqlite', location: file };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    throw new HandoffError(
      'bad_request',
      `unsupported database URL scheme "${scheme[1]}:": use postgres:// or a SQLite file`,
    );
  }
  return { dialect: 'sqlite', location: text };
}
