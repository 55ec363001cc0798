// One error family for the whole engine: a stable code, an optional path to the bad input, the cause kept.

export type ErrorCode =
  | 'bad_request'
  | 'invalid_case'
  | 'invalid_playbook'
  | 'unsafe_pattern'
  | 'unknown_template'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_transition'
  | 'payload_too_large'
  /** A path parameter (an id) longer than the router takes. */
  | 'uri_too_long'
  /** The request line and headers together are over Node's limit (16 KiB). */
  | 'headers_too_large'
  | 'wrong_content_type'
  /** The request did not arrive in full within the server's request timeout. */
  | 'request_timeout'
  | 'rate_limited'
  | 'unprocessable'
  /** An inbound e-mail that is not a MIME message. */
  | 'bad_mime'
  /** An inbound e-mail reply to no known reply+<token>@ address. */
  | 'unknown_reply_token'
  /** Handoff cannot serve yet: no playbook is active, or the database does not answer. */
  | 'unavailable'
  | 'internal';

/** A problem with one place in an input: a JSON path (or playbook path) with an optional source position. */
export interface ErrorDetail {
  path: string;
  message: string;
  line?: number;
  col?: number;
}

/** Every error Handoff raises on purpose. Transports map `code` to a status or exit code in one place. */
export class HandoffError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly details: readonly ErrorDetail[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { path?: string; details?: readonly ErrorDetail[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HandoffError';
    this.code = code;
    this.path = options.path;
    this.details = options.details ?? [];
  }
}

export function isHandoffError(value: unknown): value is HandoffError {
  return value instanceof HandoffError;
}
