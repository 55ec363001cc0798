// parseDatabaseUrl: which database a DATABASE_URL names.
import { describe, expect, test } from 'vitest';
import { parseDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  test.each([
    [undefined, 'sqlite', './handoff.db'],
    ['', 'sqlite', './handoff.db'],
    ['postgres://u:p@db:5432/handoff', 'postgres', 'postgres://u:p@db:5432/handoff'],
    ['postgresql://db/handoff', 'postgres', 'postgresql://db/handoff'],
    ['sqlite:data/handoff.db', 'sqlite', 'data/handoff.db'],
    ['sqlite:///var/lib/handoff.db', 'sqlite', '/var/lib/handoff.db'],
    [':memory:', 'sqlite', ':memory:'],
    ['./x.db', 'sqlite', './x.db'],
    ['/abs/x.db', 'sqlite', '/abs/x.db'],
  ])('%s → %s %s', (url, dialect, location) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect, location });
  });

  test('an unknown scheme is refused instead of becoming a file of that name', () => {
    expect(() => parseDatabaseUrl('mysql://db/handoff')).toThrow(/unsupported database URL scheme "mysql:"/);
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/names no SQLite file/);
  });
});
