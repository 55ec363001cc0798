// Reads the optional request headers the verbs use: Idempotency-Key and If-Match (the version seen).
import type { FastifyRequest } from 'fastify';
import { HandoffError } from '../../../errors.js';

export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new HandoffError('bad_request', 'Idempotency-Key must be 1 to 200 characters', {
      path: 'Idempotency-Key',
    });
  }
  return value;
}

/** `If-Match: 3` or `If-Match: "3"`: the escalation version the caller last saw. */
export function expectedVersionOf(request: FastifyRequest): number | undefined {
  const value = request.headers['if-match'];
  if (value === undefined) {
    return undefined;
  }
  const version = Number(String(value).replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new HandoffError('bad_request', 'If-Match must be an escalation version number', {
      path: 'If-Match',
    });
  }
  return version;
}
