// The CLI's one mapping from errors to exit codes and stderr lines.
import { type ErrorCode, isHandoffError } from '../../errors.js';
import { formatPlaybookErrors } from '../../core/playbook/format-playbook-errors.js';

/** Exit code for a software fault (BSD sysexits EX_SOFTWARE). */
const SOFTWARE_FAULT = 70;

const exitCodes: Record<ErrorCode, number> = {
  bad_request: 1,
  invalid_case: 1,
  invalid_playbook: 1,
  unsafe_pattern: 1,
  unknown_template: 1,
  unauthorized: 1,
  forbidden: 1,
  not_found: 1,
  conflict: 1,
  invalid_transition: 1,
  payload_too_large: 1,
  uri_too_long: 1,
  headers_too_large: 1,
  wrong_content_type: 1,
  request_timeout: 1,
  rate_limited: 1,
  unprocessable: 1,
  bad_mime: 1,
  unknown_reply_token: 1,
  unavailable: 1,
  internal: SOFTWARE_FAULT,
};

/** The process exit code for an error: 1 for anything the user can fix, 70 for a fault of Handoff. */
export function exitCodeFor(error: unknown): number {
  return isHandoffError(error) ? exitCodes[error.code] : SOFTWARE_FAULT;
}

/**
 * Writes an error to stderr and returns its exit code. With a `source` (a file name), playbook errors come
 * out one problem a line as `source:line:col path: message`.
 */
export function reportError(
  error: unknown,
  source?: string,
  write = (line: string) => process.stderr.write(`${line}\n`),
): number {
  if (isHandoffError(error)) {
    const lines =
      source === undefined || error.details.length === 0
        ? [error.message]
        : formatPlaybookErrors(error, source);
    lines.forEach(write);
  } else {
    write(
      `handoff: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  return exitCodeFor(error);
}
