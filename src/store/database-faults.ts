// Which database errors mean "the database cannot serve now" (down, restarting, full, read-only, failing I/O) rather
// than a fault of Handoff or of the input: those become `unavailable` (HTTP 503) in one place, the store's driver.
import { HandoffError, isHandoffError } from '../errors.js';

/** What callers are told; the cause (host, port, file, errno) goes to the logs only. */
export const UNAVAILABLE_MESSAGE = 'the database is unavailable; try again shortly';

// The operating system: the server is unreachable, or the disk refuses the write.
const SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EIO',
  'EMFILE',
  'ENFILE',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 connection exception, 53 insufficient resources (disk full, out of memory, too many
 * connections), 58 system error (I/O), 57P01-57P03 shut down or starting up, 25006 a read-only (standby) server.
 */
const isUnavailableSqlState = (code: string): boolean =>
  /^[0-9A-Z]{5}$/.test(code) &&
  (code.startsWith('08') ||
    code.startsWith('53') ||
    code.startsWith('58') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    code === '25006');

/** SQLite: the disk is full, the file or file system is read-only, I/O failed, another process holds the lock. */
const isUnavailableSqlite = (code: string): boolean =>
  /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|NOMEM|PROTOCOL)(_|$)/.test(code);

// node-postgres reports a dropped or unusable connection by message only.
const PG_CONNECTION_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect)/;

function isUnavailableItself(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (SYSTEM_CODES.has(code) || isUnavailableSqlState(code) || isUnavailableSqlite(code))
  ) {
    return true;
  }
  return error instanceof Error && PG_CONNECTION_MESSAGE.test(error.message);
}

/**
 * Whether `error` (or what caused it: `cause`, or any of an AggregateError's `errors`, as Node gives for a host with
 * several addresses) says the database cannot serve now.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) {
    return false;
  }
  if (isHandoffError(error)) {
    return error.code === 'unavailable';
  }
  if (isUnavailableItself(error)) {
    return true;
  }
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  return (
    isDatabaseUnavailable(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}

/**
 * `error` as callers should see it: a database that cannot serve becomes HandoffError `unavailable` (its cause
 * kept for the logs), anything else is returned unchanged.
 */
export function mapDatabaseError(error: unknown): unknown {
  if (isHandoffError(error) || !isDatabaseUnavailable(error)) {
    return error;
  }
  return new HandoffError('unavailable', UNAVAILABLE_MESSAGE, { cause: error });
}
