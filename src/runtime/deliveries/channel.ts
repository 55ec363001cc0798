// The one small interface every channel (webhook, Slack, e-mail) implements: carry one outbox message once.
// The deliveries worker owns leasing, retries, attempts, circuit breakers and dead letters; a channel only sends.
import type { Logger } from 'pino';
import type { DeliveryPayload } from '../../core/deliveries/plan-deliveries.js';
import type { ChannelKind } from '../../core/playbook/integrations-schema.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { Store } from '../../store/store.js';

/** One outbox row as a channel sees it. */
export interface OutboxMessage {
  /** The message id: the same on every attempt (a webhook's `webhook-id`, an e-mail's Message-ID stem). */
  id: string;
  channel: ChannelKind;
  /** The integration id in the playbook. */
  endpoint: string;
  /** A person id, `team:ID`, `customer`, or null for the endpoint itself. */
  recipient: string | null;
  escalationId: string | null;
  payload: DeliveryPayload;
  /** 1 on the first attempt. */
  attempt: number;
  createdAt: number;
}

export interface ChannelContext {
  /** The active playbook: the endpoint's settings are read at send time, so a fixed URL helps a retry. */
  runtime: PlaybookRuntime;
  /** Where secrets are read (`secret_env`, `token_env`…): process.env in production. */
  env: Readonly<Record<string, string | undefined>>;
  store: Store;
  clock: () => number;
  logger: Logger;
  /** The base URL people open escalations at (links in messages), without a trailing slash. */
  publicUrl: string;
  /** Aborted when the attempt has taken too long (15 s by default). */
  signal: AbortSignal;
}

export type SendResult =
  | {
      ok: true;
      /** The HTTP status or SMTP reply code, when there was one. */
      status?: number | undefined;
    }
  | {
      ok: false;
      status?: number | undefined;
      error: string;
      /** The endpoint asked to wait this long (Retry-After, Slack's 429). */
      retryAfterMs?: number | undefined;
      /** The endpoint is gone for good (HTTP 410): disable it. */
      gone?: boolean | undefined;
      /** Retrying cannot help (no such endpoint in the playbook, a recipient nobody can address): dead letter now. */
      permanent?: boolean | undefined;
    };

export interface Channel {
  readonly kind: ChannelKind;
  send(message: OutboxMessage, context: ChannelContext): Promise<SendResult>;
  /** Releases pooled connections on shutdown. */
  close?(): Promise<void>;
}
