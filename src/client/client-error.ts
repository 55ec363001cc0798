// The client's one error: the API's error body (code, message, path) with the HTTP status it came with.
import type { ErrorCode, ErrorDetail } from '../errors.js';

/** Codes of the API (see the README's error codes), and `network` when no answer arrived at all. */
export type ClientErrorCode = ErrorCode | 'network';

/** An error answer of the Handoff API, or a request that got no answer (`code: 'network'`, `status: 0`). */
export class HandoffClientError extends Error {
  readonly code: ClientErrorCode;
  readonly path: string | null;
  /** The HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly details: readonly ErrorDetail[];

  constructor(
    code: ClientErrorCode,
    message: string,
    options: {
      path?: string | null;
      status?: number;
      details?: readonly ErrorDetail[];
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HandoffClientError';
    this.code = code;
    this.path = options.path ?? null;
    this.status = options.status ?? 0;
    this.details = options.details ?? [];
  }
}

const codeOfStatus: Partial<Record<number, ClientErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Reads an error answer; a body that is not the API's error shape (a proxy's page) still gives an error. */
export async function errorOf(response: Response): Promise<HandoffClientError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      error?: { code?: unknown; message?: unknown; path?: unknown; details?: unknown };
    };
    const error = body.error;
    if (error !== undefined && typeof error.code === 'string' && typeof error.message === 'string') {
      return new HandoffClientError(error.code as ClientErrorCode, error.message, {
        path: typeof error.path === 'string' ? error.path : null,
        status: response.status,
        details: Array.isArray(error.details) ? (error.details as ErrorDetail[]) : [],
      });
    }
  } catch {
    // Not JSON: described below by its status.
  }
  return new HandoffClientError(
    codeOfStatus[response.status] ?? (response.status >= 500 ? 'internal' : 'bad_request'),
    `HTTP ${response.status}${text === '' ? '' : `: ${text.slice(0, 200)}`}`,
    { status: response.status },
  );
}
