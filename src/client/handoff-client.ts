// The TypeScript client of the Handoff HTTP API: fetch-based (Node 20+ and browsers), typed from the API's schemas,
// safe retries with idempotency keys, cursors followed as async iterators, the live stream resumed after a drop.
import type * as api from './api-types.js';
import { errorOf, HandoffClientError } from './client-error.js';
import { readServerSentEvents } from './sse.js';

export { HandoffClientError } from './client-error.js';
export type { ClientErrorCode } from './client-error.js';
export type * from './api-types.js';

export interface HandoffClientOptions {
  /** Where the server answers, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** An API key (`hk_…`), sent as `Authorization: Bearer`. */
  key: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** How many times a request is tried again after a failure that is safe to retry (default 3). */
  retries?: number;
  /** The first wait before a retry, doubled each time (default 250 ms); a `Retry-After` answer is followed. */
  retryDelayMs?: number;
  /** How long one attempt may take (default 30 s). */
  timeoutMs?: number;
}

/** Options of a write: the escalation version last seen (If-Match), and an idempotency key of your own. */
export interface WriteOptions {
  ifMatch?: number;
  idempotencyKey?: string;
}

export interface StreamOptions {
  /** Resume after this event id (what the last run saw); default: only events from now on. */
  lastEventId?: number;
  /** Ends the stream (the iterator then returns). */
  signal?: AbortSignal;
  /** Connect again after the server ends the stream or the connection drops (default true). */
  reconnect?: boolean;
}

/**
 * Which failures are tried again. Any request may be retried when the server said it did nothing (429, 503). A
 * request that may have been carried out (the connection dropped, a gateway timed out) is retried only when a
 * repeat cannot do it twice: reads, and writes with an Idempotency-Key (evaluate and open send one by themselves).
 */
type RetryPolicy = 'repeatable' | 'refused-only';

const RETRY_AFTER_MOST_MS = 60_000;

const actionPaths = {
  claim: 'claim',
  assign: 'assign',
  reroute: 'reroute',
  tierUp: 'tier-up',
  comment: 'comments',
  transition: 'transitions',
  resolve: 'resolve',
  changeOutcome: 'outcome',
  handBack: 'handback',
  reopen: 'reopen',
  decideApproval: 'approval',
} as const;

/** A client of one Handoff server with one key. */
export class HandoffClient {
  readonly #base: string;
  readonly #key: string;
  readonly #fetch: typeof fetch;
  readonly #retries: number;
  readonly #delayMs: number;
  readonly #timeoutMs: number;

  constructor(options: HandoffClientOptions) {
    this.#base = options.baseUrl.replace(/\/+$/, '');
    this.#key = options.key;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retries = options.retries ?? 3;
    this.#delayMs = options.retryDelayMs ?? 250;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Decides one turn of a conversation; opens (or joins) an escalation when a person must take over. */
  async evaluate(
    value: api.CaseInput,
    options: { idempotencyKey?: string } = {},
  ): Promise<api.EvaluateResult> {
    const response = await this.#send('POST', '/v1/evaluate', {
      body: value,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
    });
    const body = (await response.json()) as Omit<api.EvaluateResult, 'replayed'>;
    return { ...body, replayed: response.headers.get('idempotent-replay') === 'true' };
  }

  /** Opens an escalation explicitly, with a reason category and detail. A retry never opens a second one. */
  async openEscalation(
    input: api.CreateEscalationInput,
    options: { idempotencyKey?: string } = {},
  ): Promise<api.Escalation> {
    const response = await this.#send('POST', '/v1/escalations', {
      body: input,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
    });
    return (await response.json()) as api.Escalation;
  }

  /** One escalation with its context, brief, timeline, approvals and SLA clocks. */
  async getEscalation(id: string): Promise<api.EscalationView> {
    const response = await this.#send('GET', `/v1/escalations/${encodeURIComponent(id)}`);
    return (await response.json()) as api.EscalationView;
  }

  /** One page of escalations, newest first (`cursor` from the page before). */
  async listEscalations(
    filters: api.ListEscalationsFilters & { cursor?: string } = {},
  ): Promise<api.EscalationPage> {
    const response = await this.#send('GET', `/v1/escalations${queryOf(filters)}`);
    return (await response.json()) as api.EscalationPage;
  }

  /** Every escalation the filters match, newest first, following the cursor page after page. */
  async *escalations(filters: api.ListEscalationsFilters = {}): AsyncGenerator<api.Escalation> {
    let cursor: string | undefined;
    do {
      const page = await this.listEscalations({ ...filters, ...(cursor === undefined ? {} : { cursor }) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  claim(id: string, input: api.ClaimInput = {}, options?: WriteOptions) {
    return this.#act(id, 'claim', input, options);
  }
  assign(id: string, input: api.AssignInput = {}, options?: WriteOptions) {
    return this.#act(id, 'assign', input, options);
  }
  reroute(id: string, input: api.RerouteInput, options?: WriteOptions) {
    return this.#act(id, 'reroute', input, options);
  }
  tierUp(id: string, input: api.TierUpInput = {}, options?: WriteOptions) {
    return this.#act(id, 'tierUp', input, options);
  }
  /** A person's reply or note; with an agent key, `author: 'customer'` relays the customer's message. */
  comment(id: string, input: api.CommentInput, options?: WriteOptions) {
    return this.#act(id, 'comment', input, options);
  }
  transition(id: string, input: api.TransitionInput, options?: WriteOptions) {
    return this.#act(id, 'transition', input, options);
  }
  resolve(id: string, input: api.ResolveInput = {}, options?: WriteOptions) {
    return this.#act(id, 'resolve', input, options);
  }
  changeOutcome(id: string, input: api.ChangeOutcomeInput, options?: WriteOptions) {
    return this.#act(id, 'changeOutcome', input, options);
  }
  handBack(id: string, input: api.HandBackInput = {}, options?: WriteOptions) {
    return this.#act(id, 'handBack', input, options);
  }
  reopen(id: string, input: api.ReopenInput, options?: WriteOptions) {
    return this.#act(id, 'reopen', input, options);
  }
  decideApproval(id: string, input: api.DecideApprovalInput, options?: WriteOptions) {
    return this.#act(id, 'decideApproval', input, options);
  }

  /** The active playbook as YAML, and its version. */
  async playbook(): Promise<{ version: number; yaml: string }> {
    const response = await this.#send('GET', '/v1/playbook', { accept: 'application/json' });
    return (await response.json()) as { version: number; yaml: string };
  }

  /**
   * The live timelines (`/v1/stream`) as an async iterator: escalation events (`type: 'event'`) and incident events
   * (`type: 'incident'`), in one id order. After a dropped connection or the end of the stream it connects again
   * with `Last-Event-ID`, which resumes both kinds, so no event is lost or seen twice; a `gap` message says the
   * reader fell behind (reload what you show). Break out of the loop, or abort the signal, to stop.
   */
  async *stream(options: StreamOptions = {}): AsyncGenerator<api.StreamMessage> {
    let lastId = options.lastEventId;
    let failures = 0;
    while (!isAborted(options.signal)) {
      let response: Response;
      try {
        response = await this.#send('GET', '/v1/stream', {
          accept: 'text/event-stream',
          headers: lastId === undefined ? {} : { 'last-event-id': String(lastId) },
          signal: options.signal,
          noTimeout: true,
        });
      } catch (error) {
        if (isAborted(options.signal)) {
          return;
        }
        throw error;
      }
      try {
        for await (const message of readServerSentEvents(response.body ?? new ReadableStream())) {
          failures = 0;
          const id = Number(message.id);
          if (message.id !== undefined && Number.isSafeInteger(id)) {
            lastId = id;
          }
          if (message.event === 'gap') {
            yield { type: 'gap', resumeAfter: id };
          } else if (message.event === 'incident') {
            yield { type: 'incident', event: JSON.parse(message.data) as api.IncidentEvent };
          } else {
            yield { type: 'event', event: JSON.parse(message.data) as api.TimelineEvent };
          }
        }
      } catch (error) {
        if (isAborted(options.signal)) {
          return;
        }
        // A connection that dropped mid-stream: connected again below, resuming after the last id.
        failures += 1;
        if (failures > this.#retries) {
          throw new HandoffClientError('network', 'the event stream keeps dropping', { cause: error });
        }
      }
      if (options.reconnect === false) {
        return;
      }
      await pause(this.#delayMs * 2 ** Math.max(0, failures - 1), options.signal);
    }
  }

  async #act(
    id: string,
    action: keyof typeof actionPaths,
    input: unknown,
    options: WriteOptions = {},
  ): Promise<api.EscalationView> {
    const response = await this.#send(
      'POST',
      `/v1/escalations/${encodeURIComponent(id)}/${actionPaths[action]}`,
      {
        body: input,
        ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
        headers: options.ifMatch === undefined ? {} : { 'if-match': `"${options.ifMatch}"` },
      },
    );
    return (await response.json()) as api.EscalationView;
  }

  async #send(
    method: 'GET' | 'POST',
    path: string,
    options: {
      body?: unknown;
      idempotencyKey?: string;
      accept?: string;
      headers?: Record<string, string>;
      signal?: AbortSignal | undefined;
      noTimeout?: boolean;
    } = {},
  ): Promise<Response> {
    const policy: RetryPolicy =
      method === 'GET' || options.idempotencyKey !== undefined ? 'repeatable' : 'refused-only';
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.#key}`,
      accept: options.accept ?? 'application/json',
      ...options.headers,
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.idempotencyKey === undefined ? {} : { 'idempotency-key': options.idempotencyKey }),
    };
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    for (let attempt = 0; ; attempt += 1) {
      const signals = [
        ...(options.signal === undefined ? [] : [options.signal]),
        ...(options.noTimeout === true ? [] : [AbortSignal.timeout(this.#timeoutMs)]),
      ];
      let response: Response;
      try {
        response = await this.#fetch(`${this.#base}${path}`, {
          method,
          headers,
          ...(body === undefined ? {} : { body }),
          ...(signals.length === 0 ? {} : { signal: AbortSignal.any(signals) }),
        });
      } catch (error) {
        if (isAborted(options.signal) || policy !== 'repeatable' || attempt >= this.#retries) {
          throw new HandoffClientError('network', `${method} ${path}: no answer (${describe(error)})`, {
            cause: error,
          });
        }
        await pause(this.#backoff(attempt), options.signal);
        continue;
      }
      if (response.ok) {
        return response;
      }
      const error = await errorOf(response);
      const isRefused = response.status === 429 || response.status === 503;
      const mayRetry = isRefused || (policy === 'repeatable' && [502, 504].includes(response.status));
      if (!mayRetry || attempt >= this.#retries) {
        throw error;
      }
      await pause(retryAfterMs(response) ?? this.#backoff(attempt), options.signal);
    }
  }

  #backoff(attempt: number): number {
    return this.#delayMs * 2 ** attempt;
  }
}

/** A fresh idempotency key (crypto.randomUUID exists in Node 20 and every current browser). */
const newIdempotencyKey = (): string => globalThis.crypto.randomUUID();

function queryOf(filters: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null) {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return response.headers.has('retry-after') && Number.isFinite(seconds) && seconds >= 0
    ? Math.min(seconds * 1000, RETRY_AFTER_MOST_MS)
    : undefined;
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
    : String(error);

// A function, not an inline test: TypeScript would keep the narrowing of the loop's condition past an await.
const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
