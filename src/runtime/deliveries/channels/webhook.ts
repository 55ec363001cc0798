// The webhook channel: POSTs an event to an integration's URL, signed the Standard Webhooks way with every
// secret its `secret_env` names, to an address the guard has checked. One attempt; the worker retries.
import type { WebhookEndpoint } from '../../../core/playbook/integrations-schema.js';
import { isHandoffError } from '../../../errors.js';
import { selectEscalationRow } from '../../../store/queries/select-escalation-row.js';
import { RefusedAddressError, resolveCheckedAddress, type ResolveHost } from '../address-guard.js';
import type { Channel, ChannelContext, OutboxMessage, SendResult } from '../channel.js';
import { parseWebhookSecret, signWebhook } from '../standard-webhooks.js';
import {
  buildWebhookPayload,
  summarizeEscalation,
  type WebhookEscalationSummary,
} from './webhook-payload.js';
import { makePoster, type PostAnswer } from './webhook-request.js';

export const WEBHOOK_USER_AGENT = 'Handoff-Webhooks/1';

export interface WebhookChannelOptions {
  /** How host names are resolved (node:dns by default). */
  resolve?: ResolveHost;
}

type Failure = Extract<SendResult, { ok: false }>;

const failure = (error: string, more: Omit<Failure, 'ok' | 'error'> = {}): Failure => ({
  ok: false,
  error,
  ...more,
});

/** The endpoint's secrets from the environment, or why they cannot be used. */
function readSecrets(endpoint: WebhookEndpoint, env: ChannelContext['env']): string[] | Failure {
  const names = typeof endpoint.secret_env === 'string' ? [endpoint.secret_env] : endpoint.secret_env;
  const secrets: string[] = [];
  for (const name of names) {
    const value = env[name]?.trim();
    if (value === undefined || value === '') {
      return failure(`the environment variable ${name} (the secret of webhook "${endpoint.id}") is not set`);
    }
    try {
      parseWebhookSecret(value);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return failure(`the environment variable ${name} holds no usable webhook secret: ${why}`);
    }
    secrets.push(value);
  }
  return secrets;
}

/** Milliseconds to wait from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') {
    return undefined;
  }
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  // An HTTP date starts with the day's name ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would take "-5" too.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function resultOf(answer: PostAnswer, now: number): SendResult {
  const { status } = answer;
  if (status >= 200 && status < 300) {
    return { ok: true, status };
  }
  const label = `HTTP ${status}${answer.statusText === '' ? '' : ` ${answer.statusText}`}`;
  if (status >= 300 && status < 400) {
    const location = answer.headers.location?.slice(0, 200);
    return failure(
      `${label}: redirects are not followed${location === undefined ? '' : ` (to ${location})`}`,
      {
        status,
      },
    );
  }
  if (status === 410) {
    return failure(`${label}: the endpoint is gone`, { status, gone: true });
  }
  const retryAfterMs =
    status === 429 || status === 503 ? parseRetryAfter(answer.headers['retry-after'], now) : undefined;
  return failure(label, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
}

async function summaryOf(
  message: OutboxMessage,
  context: ChannelContext,
): Promise<WebhookEscalationSummary | null | Failure> {
  if (message.escalationId === null) {
    return null;
  }
  try {
    return summarizeEscalation(await selectEscalationRow(context.store.db, message.escalationId));
  } catch (error) {
    if (isHandoffError(error) && error.code === 'not_found') {
      return failure(`escalation ${message.escalationId} does not exist`, { permanent: true });
    }
    return failure(`reading escalation ${message.escalationId}: ${String(error)}`);
  }
}

const isFailure = (value: unknown): value is Failure =>
  value !== null && typeof value === 'object' && (value as { ok?: unknown }).ok === false;

function describeError(error: unknown, signal: AbortSignal): string {
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    return `timed out: ${reason instanceof Error ? reason.message : String(reason ?? 'the attempt was aborted')}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Makes the webhook channel. `close()` drops its pooled connections. */
export function makeWebhookChannel(options: WebhookChannelOptions = {}): Channel {
  const poster = makePoster();
  return {
    kind: 'webhook',
    async send(message, context) {
      const endpoint = context.runtime.playbook.integrations?.webhooks?.find(
        (item) => item.id === message.endpoint,
      );
      if (endpoint === undefined) {
        return failure(`no webhook "${message.endpoint}" in the active playbook`, { permanent: true });
      }
      const secrets = readSecrets(endpoint, context.env);
      if (isFailure(secrets)) {
        return secrets;
      }
      const escalation = await summaryOf(message, context);
      if (isFailure(escalation)) {
        return escalation;
      }
      const url = new URL(endpoint.url);
      const body = Buffer.from(JSON.stringify(buildWebhookPayload(message, escalation, context.publicUrl)));
      const timestamp = Math.floor(context.clock() / 1000);
      try {
        const address = await resolveCheckedAddress(url.hostname, {
          allowPrivate: endpoint.allow_private === true,
          ...(options.resolve === undefined ? {} : { resolve: options.resolve }),
        });
        context.signal.throwIfAborted();
        const answer = await poster.post(
          url,
          address,
          {
            'content-type': 'application/json',
            'user-agent': WEBHOOK_USER_AGENT,
            'webhook-id': message.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(message.id, timestamp, body, secrets),
          },
          body,
          context.signal,
        );
        return resultOf(answer, context.clock());
      } catch (error) {
        if (error instanceof RefusedAddressError) {
          // The URL itself is what is wrong: retrying it cannot help; fixing the playbook (or replaying) can.
          return failure(error.message, { permanent: true });
        }
        return failure(describeError(error, context.signal));
      }
    },
    close() {
      poster.close();
      return Promise.resolve();
    },
  };
}
