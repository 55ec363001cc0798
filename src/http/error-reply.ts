// The HTTP layer's one mapping from errors to status codes and DESIGN.md's error body.
import type { FastifyError, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, type ErrorDetail, HandoffError, isHandoffError } from '../errors.js';

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
  rate_limited: 429,
  unprocessable: 422,
  unavailable: 503,
  internal: 500,
};

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
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HandoffError('payload_too_large', 'the request body is larger than the limit', {
      path: 'body',
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
          : 'bad_request';
    // A route that does not exist is not a fault in the body.
    return new HandoffError(code, fastifyError.message ?? 'bad request', {
      ...(code === 'not_found' ? {} : { path: 'body' }),
      cause: error,
    });
  }
  return new HandoffError('internal', 'internal error', { cause: error });
}

export function sendError(reply: FastifyReply, error: HandoffError): FastifyReply {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      path: error.path ?? null,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    },
  };
  if (error.code === 'unavailable') {
    // Unavailable is for a while (a database restarting, a playbook about to be activated): ask again soon.
    reply.header('retry-after', '1');
  }
  return reply.status(statusOf[error.code]).type('application/json').send(body);
}
