// One HTTP POST to a checked address: no redirects followed, the answer's body read to 64 kB and dropped,
// aborted with the attempt's signal. Pooled connections per channel, closed with it.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from '../address-guard.js';

/** More of an answer than this is not read: a receiver's body says nothing the status does not. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface PostAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
}

export interface Poster {
  post(
    url: URL,
    address: ResolvedAddress,
    headers: Record<string, string>,
    body: Buffer,
    signal: AbortSignal,
  ): Promise<PostAnswer>;
  close(): void;
}

/** Answers every lookup with the address already checked: the connection cannot be rebound to another. */
function fixedLookup(checked: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all === true) {
      callback(null, [{ address: checked.address, family: checked.family }]);
    } else {
      callback(null, checked.address, checked.family);
    }
  }) as LookupFunction;
}

export function makePoster(): Poster {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return {
    post(url, address, headers, body, signal) {
      const isHttps = url.protocol === 'https:';
      const send = isHttps ? httpsRequest : httpRequest;
      return new Promise((resolve, reject) => {
        const request = send(
          url,
          {
            method: 'POST',
            headers: { ...headers, 'content-length': String(body.length) },
            agent: isHttps ? agents.https : agents.http,
            lookup: fixedLookup(address),
            signal,
          },
          (response) => {
            const answer: PostAnswer = {
              status: response.statusCode ?? 0,
              statusText: response.statusMessage ?? '',
              headers: response.headers,
            };
            let read = 0;
            response.on('data', (chunk: Buffer) => {
              read += chunk.length;
              if (read > MAX_RESPONSE_BYTES) {
                // The status is known: the rest is not worth its bandwidth, and the socket is not reused.
                response.destroy();
                resolve(answer);
              }
            });
            response.on('end', () => resolve(answer));
            response.on('error', () => resolve(answer));
            response.on('close', () => resolve(answer));
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
