// A real webhook receiver on 127.0.0.1 for tests: verifies each request with verifyWebhook, counts deliveries
// per message id, and answers what the test asks (a status, Retry-After, a hang until closed, a huge body).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../src/runtime/deliveries/standard-webhooks.js';

/** One request as received. */
export interface ReceivedWebhook {
  id: string | undefined;
  headers: IncomingMessage['headers'];
  rawBody: string;
  /** The parsed body (undefined when it was not JSON). */
  body: unknown;
  /** Whether verifyWebhook accepted it with the receiver's secrets; else the reason. */
  verified: boolean;
  refusal?: string | undefined;
  /** The status answered. */
  status: number;
}

/** What to answer the next request with. */
export type ReceiverAnswer =
  { status: number; headers?: Record<string, string>; body?: string | Buffer } | { hang: true };

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>` plus the path given at start. */
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedWebhook[];
  /** How many verified deliveries carried this message id. */
  count(id: string): number;
  /** Queues answers for the next requests, in order; afterwards requests get 200 again. */
  answer(...answers: ReceiverAnswer[]): void;
  /** Resolves once `n` requests in all have arrived. */
  waitFor(n: number): Promise<void>;
  /** With `hold`: answers every request held so far, and later ones at once. */
  release(): void;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  secrets: readonly string[];
  /** The receiver's clock for verification (default Date.now). */
  now?: () => number;
  path?: string;
  /** Answer nothing until `release()` (deliveries certainly in flight, for crash tests). */
  hold?: boolean;
}

export async function startWebhookReceiver(options: ReceiverOptions): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const counts = new Map<string, number>();
  const queue: ReceiverAnswer[] = [];
  const hanging = new Set<ServerResponse>();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let held: Array<() => void> | undefined = options.hold === true ? [] : undefined;

  const settleWaiters = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.n) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let verified = false;
      let refusal: string | undefined;
      try {
        verifyWebhook(
          request.headers,
          rawBody,
          options.secrets,
          options.now === undefined ? {} : { now: options.now },
        );
        verified = true;
      } catch (error) {
        refusal = error instanceof Error ? error.message : String(error);
      }
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
      const id =
        typeof request.headers['webhook-id'] === 'string' ? request.headers['webhook-id'] : undefined;
      const answer: ReceiverAnswer = verified ? (queue.shift() ?? { status: 200 }) : { status: 401 };
      const status = 'hang' in answer ? 0 : answer.status;
      received.push({ id, headers: request.headers, rawBody, body, verified, refusal, status });
      if (verified && id !== undefined) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      settleWaiters();
      if ('hang' in answer) {
        hanging.add(response);
        response.on('close', () => hanging.delete(response));
        return;
      }
      const reply = () => {
        if (response.destroyed) {
          return; // the sender died while its request was held
        }
        response.writeHead(answer.status, answer.headers ?? {});
        response.end(answer.body ?? (verified ? 'ok' : refusal));
      };
      if (held === undefined) {
        reply();
      } else {
        held.push(reply);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${options.path ?? '/hooks'}`,
    port,
    received,
    count: (id) => counts.get(id) ?? 0,
    answer: (...answers) => queue.push(...answers),
    waitFor: (n) =>
      new Promise((resolve) => {
        waiters.push({ n, resolve });
        settleWaiters();
      }),
    release: () => {
      const replies = held ?? [];
      held = undefined;
      for (const reply of replies) {
        reply();
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const response of hanging) {
          response.destroy();
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
