// The HTTP layer's one mapping from errors to status codes and DESIGN.md's error body.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, type ErrorDetail, HandoffError, isHandoffError } from '../../errors.js';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_case: 400,
  invalid_playbook: 400,
  unsafe_pattern: 400,
  unknown_template: 404,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 422,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  wrong_content_type: 415,
  request_timeout: 408,
  rate_limited: 429,
  unprocessable: 422,
  bad_mime: 400,
  unknown_reply_token: 422,
  unavailable: 503,
  internal: 500,
};

/** The router's limit on one path parameter (ids are at most 100 characters): a longer one is refused with 414. */
export const MAX_PARAM_LENGTH = 100;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; path: string | null; details?: readonly ErrorDetail[] };
}

/** `/case/ai/0` → `case.ai[0]` */
function dotted(pointer: string): string {
  return pointer
    .split('/')
    .filter((part) => part !== '')
    .reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path === '' ? part : `${path}.${part}`),
      '',
    );
}

/** Turns anything thrown while handling a request into a HandoffError; unknown faults become `internal`. */
export function toHandoffError(error: unknown): HandoffError {
  if (isHandoffError(error)) {
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: dotted(issue.instancePath),
      message: issue.message ?? 'invalid',
    }));
    const first = details[0];
    const path = first?.path ?? '';
    return new HandoffError('bad_request', `${path === '' ? where : path}: ${first?.message ?? 'invalid'}`, {
      path,
      details,
      cause: error,
    });
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HandoffError('payload_too_large', 'the request body is larger than the limit', {
        path: 'body',
        cause: error,
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HandoffError(
        'wrong_content_type',
        'send the body as application/json (a playbook also as application/yaml)',
        { path: 'content-type', cause: error },
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new HandoffError(
        'uri_too_long',
        `a path parameter is longer than ${MAX_PARAM_LENGTH} characters`,
        {
          path: 'url',
          cause: error,
        },
      );
    case 'FST_ERR_BAD_URL':
      return new HandoffError('bad_request', 'the path is not valid percent-encoded UTF-8', {
        path: 'url',
        cause: error,
      });
  }
  if (fastifyError.statusCode === 429) {
    return new HandoffError('rate_limited', fastifyError.message ?? 'too many requests', { cause: error });
  }
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    const code: ErrorCode =
      fastifyError.statusCode === 404
        ? 'not_found'
        : fastifyError.statusCode === 413
          ? 'payload_too_large'
          : fastifyError.statusCode === 415
            ? 'wrong_content_type'
            : 'bad_request';
    // A route that does not exist is not a fault in the body.
    return new HandoffError(code, fastifyError.message ?? 'bad request', {
      ...(code === 'not_found' ? {} : { path: 'body' }),
      cause: error,
    });
  }
  return new HandoffError('internal', 'internal error', { cause: error });
}

export function errorBody(error: HandoffError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      path: error.path ?? null,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
}

export function sendError(reply: FastifyReply, error: HandoffError): FastifyReply {
  if (error.code === 'unavailable') {
    // Unavailable is for a while (a database restarting, a playbook about to be activated): ask again soon.
    reply.header('retry-after', '1');
  }
  return reply.status(statusOf[error.code]).type('application/json').send(errorBody(error));
}

/**
 * Node answers requests it cannot parse (headers over 16 KiB, bad framing, a request timeout) before Fastify sees
 * them: the answer is written on the socket in the same error shape, then the connection is closed.
 */
export function replyToClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const handoffError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new HandoffError('headers_too_large', 'the request line and headers are over 16 KiB', { path: 'url' })
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new HandoffError('request_timeout', 'the request did not arrive in time')
        : new HandoffError('bad_request', 'the request is not valid HTTP/1.1', { path: 'url' });
  const status = statusOf[handoffError.code];
  const body = JSON.stringify(errorBody(handoffError));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
