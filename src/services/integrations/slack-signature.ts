// Slack's request signatures (v0): HMAC-SHA256 of "v0:<timestamp>:<raw body>" with the app's signing secret,
// sent as `X-Slack-Signature: v0=<hex>` with `X-Slack-Request-Timestamp`. Checked over the raw bytes, in
// constant time, within five minutes of now (a captured request cannot be replayed later).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from now, either way. */
export const slackSignatureToleranceMs = 5 * 60_000;

export interface SignedSlackRequest {
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
}

export type SignatureCheck = 'valid' | 'stale' | 'forged';

/** Whether the request was signed with `secret` within the tolerance of `now` (epoch ms). */
export function checkSlackSignature(
  request: SignedSlackRequest,
  secret: string,
  now: number,
): SignatureCheck {
  const { timestamp, signature, rawBody } = request;
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    return 'stale';
  }
  if (Math.abs(now - Number(timestamp) * 1000) > slackSignatureToleranceMs) {
    return 'stale';
  }
  if (signature === undefined || !/^v0=[0-9a-f]{64}$/.test(signature)) {
    return 'forged';
  }
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest();
  const given = Buffer.from(signature.slice('v0='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'forged';
}
