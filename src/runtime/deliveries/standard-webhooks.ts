// Standard Webhooks v1 (https://www.standardwebhooks.com): the secrets, the signature Handoff sends with every
// webhook, and the check a receiver runs on it. The library exports `verifyWebhook` for receivers.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HandoffError } from '../../errors.js';

const PREFIX = 'whsec_';
/** Shorter keys are too weak for HMAC-SHA256; longer ones are hashed down by HMAC anyway. */
export const MIN_SECRET_BYTES = 24;
export const MAX_SECRET_BYTES = 64;
/** How far `webhook-timestamp` may be from the receiver's clock, either way: replays older than this fail. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const TIMESTAMP = /^[0-9]{1,15}$/;
const MAX_ID_LENGTH = 256;
const MAX_SIGNATURES = 20;
const SIGNATURE_BYTES = 32;

/**
 * The HMAC key a `whsec_` secret holds.
 * @throws HandoffError `bad_request` when the text is not `whsec_` + base64 of 24 to 64 bytes.
 */
export function parseWebhookSecret(secret: string): Buffer {
  if (typeof secret !== 'string' || !secret.startsWith(PREFIX)) {
    throw new HandoffError(
      'bad_request',
      'a webhook secret starts with "whsec_" (then base64 of 24 to 64 bytes)',
    );
  }
  const encoded = secret.slice(PREFIX.length).trim();
  if (encoded === '' || !BASE64.test(encoded)) {
    throw new HandoffError(
      'bad_request',
      'a webhook secret is "whsec_" followed by base64 (A–Z, a–z, 0–9, +, /, =)',
    );
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) {
    throw new HandoffError(
      'bad_request',
      `a webhook secret holds ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} bytes; this one holds ${key.length}`,
    );
  }
  return key;
}

/** A new random secret: `whsec_` + base64 of 32 bytes (`bytes` from 24 to 64). */
export function generateWebhookSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_SECRET_BYTES || bytes > MAX_SECRET_BYTES) {
    throw new HandoffError(
      'bad_request',
      `a webhook secret holds ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES} bytes`,
    );
  }
  return PREFIX + randomBytes(bytes).toString('base64');
}

const toBuffer = (body: string | Uint8Array): Buffer =>
  typeof body === 'string'
    ? Buffer.from(body, 'utf8')
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength);

function digest(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
}

/**
 * The `webhook-signature` header for one message: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per
 * secret, space-separated (several secrets at once while one is rotated out).
 * @throws HandoffError `bad_request` when a secret is malformed or none is given.
 */
export function signWebhook(
  id: string,
  timestampSeconds: number,
  body: string | Uint8Array,
  secrets: string | readonly string[],
): string {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  if (list.length === 0) {
    throw new HandoffError('bad_request', 'signing a webhook takes at least one secret');
  }
  const bytes = toBuffer(body);
  const timestamp = String(Math.floor(timestampSeconds));
  return list
    .map((secret) => `v1,${digest(parseWebhookSecret(secret), id, timestamp, bytes).toString('base64')}`)
    .join(' ');
}

/** Why a request failed verification. */
export type WebhookVerificationReason =
  'bad_header' | 'stale_timestamp' | 'no_matching_signature' | 'replayed';

/** A request that is not a genuine, fresh webhook: a HandoffError `unauthorized` with the reason. */
export class WebhookVerificationError extends HandoffError {
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string, path?: string) {
    super('unauthorized', message, path === undefined ? {} : { path });
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

/** Request headers as fetch (`Headers`) or node:http (`IncomingHttpHeaders`) give them, or a plain record. */
export type WebhookHeaders =
  { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface VerifyWebhookOptions {
  /** The receiver's clock in ms since the epoch (default Date.now). */
  now?: () => number;
  /** Default 300 (5 minutes), both ways. */
  toleranceSeconds?: number;
  /** Refuses a message id already accepted (reason `replayed`): see makeWebhookReplayGuard. */
  replayGuard?: WebhookReplayGuard;
}

/** Remembers the message ids a receiver accepted, for as long as their timestamps are within the tolerance. */
export interface WebhookReplayGuard {
  /** True, and remembered, when `id` is new; false when it was accepted before. */
  accept(id: string, timestampSeconds: number, nowSeconds: number): boolean;
  /** Ids remembered now. */
  size(): number;
}

/**
 * A replay guard in memory: an id is kept until its timestamp leaves the tolerance window (after that the
 * timestamp check refuses the message anyway), so memory follows the rate of messages, never their total.
 * A retry of a message the receiver already took is refused as `replayed`: answer it 2xx and drop it.
 */
export function makeWebhookReplayGuard(toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): WebhookReplayGuard {
  const seen = new Map<string, number>();
  return {
    accept(id, timestampSeconds, nowSeconds) {
      for (const [known, until] of seen) {
        // Insertion order is close to time order: stop at the first id still inside the window.
        if (until >= nowSeconds) {
          break;
        }
        seen.delete(known);
      }
      if (seen.has(id)) {
        return false;
      }
      seen.set(id, Math.max(timestampSeconds, nowSeconds) + toleranceSeconds);
      return true;
    },
    size: () => seen.size,
  };
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return typeof value === 'string' ? value : value?.join(' ');
}

function required(headers: WebhookHeaders, name: string): string {
  const value = header(headers, name)?.trim();
  if (value === undefined || value === '') {
    throw new WebhookVerificationError('bad_header', `the ${name} header is missing`, name);
  }
  return value;
}

/**
 * Checks a received webhook: its `webhook-id`, a `webhook-timestamp` within the tolerance of the receiver's
 * clock, and a `webhook-signature` entry that matches one of `secrets` (compared in constant time). Pass the
 * body exactly as received, before any JSON parsing.
 * @returns the message id (to drop repeats: a retried message keeps its id) and the timestamp in seconds.
 * @throws WebhookVerificationError (`reason`: bad_header, stale_timestamp, no_matching_signature, or replayed
 *   when `options.replayGuard` has seen the id);
 *   HandoffError `bad_request` when a secret is malformed.
 */
export function verifyWebhook(
  headers: WebhookHeaders,
  rawBody: string | Uint8Array,
  secrets: string | readonly string[],
  options: VerifyWebhookOptions = {},
): { id: string; timestamp: number } {
  const keys = (typeof secrets === 'string' ? [secrets] : secrets).map(parseWebhookSecret);
  if (keys.length === 0) {
    throw new HandoffError('bad_request', 'verifying a webhook takes at least one secret');
  }
  const id = required(headers, 'webhook-id');
  if (id.length > MAX_ID_LENGTH) {
    throw new WebhookVerificationError('bad_header', 'the webhook-id header is too long', 'webhook-id');
  }
  const timestampText = required(headers, 'webhook-timestamp');
  if (!TIMESTAMP.test(timestampText)) {
    throw new WebhookVerificationError(
      'bad_header',
      'the webhook-timestamp header is not whole seconds since the epoch',
      'webhook-timestamp',
    );
  }
  const signatures = required(headers, 'webhook-signature').split(/\s+/);
  const timestamp = Number(timestampText);
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (timestamp < now - tolerance) {
    throw new WebhookVerificationError('stale_timestamp', `the message is too old (${now - timestamp} s)`);
  }
  if (timestamp > now + tolerance) {
    throw new WebhookVerificationError(
      'stale_timestamp',
      `the message is from the future (${timestamp - now} s)`,
    );
  }
  const bytes = toBuffer(rawBody);
  const expected = keys.map((key) => digest(key, id, timestampText, bytes));
  for (const entry of signatures.slice(0, MAX_SIGNATURES)) {
    const [version, encoded] = entry.split(',', 2);
    if (version !== 'v1' || encoded === undefined || !BASE64.test(encoded)) {
      continue;
    }
    const candidate = Buffer.from(encoded, 'base64');
    if (candidate.length !== SIGNATURE_BYTES) {
      continue;
    }
    // Every key is compared, match or not: how long this takes says nothing about which key matched.
    let matched = false;
    for (const signature of expected) {
      matched = timingSafeEqual(signature, candidate) || matched;
    }
    if (matched) {
      if (options.replayGuard !== undefined && !options.replayGuard.accept(id, timestamp, now)) {
        throw new WebhookVerificationError('replayed', `message ${id} was accepted before`, 'webhook-id');
      }
      return { id, timestamp };
    }
  }
  throw new WebhookVerificationError('no_matching_signature', 'no v1 signature matches the secrets');
}
