// One JSON call to a helpdesk's API (Chatwoot, Zendesk) at an address the SSRF guard checked: no redirects, the
// answer read to 256 kB, aborted with the attempt's signal. What the channels need that a webhook POST does not:
// the answer's body (the id of the ticket or message made).
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { RefusedAddressError, type ResolvedAddress, resolveCheckedAddress } from '../address-guard.js';
import type { SendResult } from '../channel.js';
import { parseRetryAfter } from './webhook.js';

const MAX_ANSWER_BYTES = 256 * 1024;

export interface HelpdeskAnswer {
  status: number;
  /** The parsed JSON answer, or null. */
  body: unknown;
  retryAfter: string | undefined;
}

export interface HelpdeskHttp {
  call(
    method: 'GET' | 'POST' | 'PUT',
    url: URL,
    options: { headers: Record<string, string>; body?: unknown; allowPrivate: boolean; signal: AbortSignal },
  ): Promise<HelpdeskAnswer>;
  close(): void;
}

/** A helpdesk call that failed, carried to the channel's send as its result. */
export class HelpdeskCallFailed extends Error {
  constructor(readonly result: SendResult & { ok: false }) {
    super(result.error);
  }
}

function fixedLookup(checked: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all === true) {
      callback(null, [{ address: checked.address, family: checked.family }]);
    } else {
      callback(null, checked.address, checked.family);
    }
  }) as LookupFunction;
}

export function makeHelpdeskHttp(): HelpdeskHttp {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return {
    async call(method, url, options) {
      const address = await resolveCheckedAddress(url.hostname, { allowPrivate: options.allowPrivate });
      options.signal.throwIfAborted();
      const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
      const isHttps = url.protocol === 'https:';
      return new Promise<HelpdeskAnswer>((resolve, reject) => {
        const request = (isHttps ? httpsRequest : httpRequest)(
          url,
          {
            method,
            headers: {
              accept: 'application/json',
              ...(body === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': String(body.length) }),
              ...options.headers,
            },
            agent: isHttps ? agents.https : agents.http,
            lookup: fixedLookup(address),
            signal: options.signal,
          },
          (response) => {
            const chunks: Buffer[] = [];
            let size = 0;
            const finish = () => {
              let parsed: unknown = null;
              try {
                parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              } catch {
                parsed = null;
              }
              const retryAfter = response.headers['retry-after'];
              resolve({ status: response.statusCode ?? 0, body: parsed, retryAfter });
            };
            response.on('data', (chunk: Buffer) => {
              size += chunk.length;
              if (size > MAX_ANSWER_BYTES) {
                chunks.length = 0;
                response.destroy();
                return;
              }
              chunks.push(chunk);
            });
            response.on('end', finish);
            response.on('close', finish);
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

/** Calls and throws HelpdeskCallFailed unless the answer is 2xx: 410/404 permanent, 429/503 with their wait. */
export async function callOrFail(
  http: HelpdeskHttp,
  what: string,
  method: 'GET' | 'POST' | 'PUT',
  url: URL,
  options: { headers: Record<string, string>; body?: unknown; allowPrivate: boolean; signal: AbortSignal },
  now: number,
): Promise<HelpdeskAnswer> {
  let answer: HelpdeskAnswer;
  try {
    answer = await http.call(method, url, options);
  } catch (error) {
    if (error instanceof RefusedAddressError) {
      throw new HelpdeskCallFailed({ ok: false, error: error.message, permanent: true });
    }
    const reason = options.signal.aborted
      ? 'timed out'
      : error instanceof Error
        ? error.message
        : String(error);
    throw new HelpdeskCallFailed({ ok: false, error: `${what}: ${reason}` });
  }
  const { status } = answer;
  if (status >= 200 && status < 300) {
    return answer;
  }
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(answer.retryAfter, now) : undefined;
  throw new HelpdeskCallFailed({
    ok: false,
    status,
    error: `${what}: HTTP ${status}`,
    // The conversation or ticket is gone, or the token may not touch it: retrying cannot help.
    ...(status === 404 || status === 401 || status === 403 ? { permanent: true } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/**
 * Runs sends for one key (an escalation's conversation or ticket) one after another on this node, in the order the
 * worker handed them over: a comment and the next are written in their order when one node carries both.
 */
export function makeSerializer(): <T>(key: string, fn: () => Promise<T>) => Promise<T> {
  const queues = new Map<string, Promise<unknown>>();
  return <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) {
        queues.delete(key);
      }
    });
    return run;
  };
}
