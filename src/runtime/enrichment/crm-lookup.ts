// The CRM lookup behind a playbook's `enrich:` section: one GET per customer to an address the SSRF guard checked,
// bounded in time (timeout_ms) and size (64 kB), its answers kept per node for cache_ttl in a bounded cache.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import {
  type CustomerLookup,
  type CustomerLookupResult,
  type Enrich,
  enrichmentUrl,
  pickEnrichedFields,
} from '../../core/playbook/enrich-schema.js';
import { parseDuration } from '../../core/time/duration.js';
import {
  RefusedAddressError,
  type ResolvedAddress,
  type ResolveHost,
  resolveCheckedAddress,
} from '../deliveries/address-guard.js';

const DEFAULT_TIMEOUT_MS = 500;
const DEFAULT_TTL = '5m';
const DEFAULT_CACHE_SIZE = 1000;
/** A CRM record larger than this is not a customer record: the lookup fails rather than read on. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface CrmLookupOptions {
  /** Where `header.value_env` is read (process.env in production). */
  env: Readonly<Record<string, string | undefined>>;
  resolve?: ResolveHost;
}

class LookupFailed extends Error {}

function fixedLookup(checked: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options.all === true) {
      callback(null, [{ address: checked.address, family: checked.family }]);
    } else {
      callback(null, checked.address, checked.family);
    }
  }) as LookupFunction;
}

/** Makes the node's lookup; its cache lives as long as the node and is shared by every playbook version. */
export function makeCrmLookup(options: CrmLookupOptions): CustomerLookup {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const cache = new Map<string, { until: number; fields: Record<string, unknown> }>();

  function get(url: URL, address: ResolvedAddress, headers: Record<string, string>, signal: AbortSignal) {
    const isHttps = url.protocol === 'https:';
    return new Promise<unknown>((resolve, reject) => {
      const request = (isHttps ? httpsRequest : httpRequest)(
        url,
        {
          method: 'GET',
          headers: { accept: 'application/json', ...headers },
          agent: isHttps ? agents.https : agents.http,
          lookup: fixedLookup(address),
          signal,
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            response.resume();
            reject(new LookupFailed(`the CRM answered HTTP ${status}`));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) {
              response.destroy();
              reject(new LookupFailed(`the CRM's answer is over ${MAX_ANSWER_BYTES} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch {
              reject(new LookupFailed("the CRM's answer is not JSON"));
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  async function fetchFields(enrich: Enrich, customerId: string): Promise<Record<string, unknown>> {
    const url = new URL(enrichmentUrl(enrich, customerId));
    const headers: Record<string, string> = {};
    if (enrich.header !== undefined) {
      const value = options.env[enrich.header.value_env];
      if (value === undefined || value === '') {
        throw new LookupFailed(
          `the variable ${enrich.header.value_env} (enrich.header.value_env) is not set`,
        );
      }
      headers[enrich.header.name.toLowerCase()] = value;
    }
    const signal = AbortSignal.timeout(enrich.timeout_ms ?? DEFAULT_TIMEOUT_MS);
    const address = await resolveCheckedAddress(url.hostname, {
      allowPrivate: enrich.allow_private === true,
      ...(options.resolve === undefined ? {} : { resolve: options.resolve }),
    });
    signal.throwIfAborted();
    const answer = await get(url, address, headers, signal);
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
      throw new LookupFailed("the CRM's answer is not a JSON object");
    }
    return pickEnrichedFields(enrich, answer as Record<string, unknown>);
  }

  return async (enrich, customerId, now): Promise<CustomerLookupResult> => {
    const key = `${enrich.url}\u0000${enrich.fields?.join(',') ?? '*'}\u0000${customerId}`;
    const cached = cache.get(key);
    if (cached !== undefined && cached.until > now) {
      return { status: 'cached', fields: cached.fields };
    }
    const startedAt = Date.now();
    try {
      const fields = await fetchFields(enrich, customerId);
      const ttl = parseDuration(enrich.cache_ttl ?? DEFAULT_TTL);
      if (ttl > 0) {
        cache.delete(key);
        cache.set(key, { until: now + ttl, fields });
        // A Map iterates in insertion order: the first key is the oldest answer.
        const limit = enrich.cache_size ?? DEFAULT_CACHE_SIZE;
        for (const oldest of cache.keys()) {
          if (cache.size <= limit) {
            break;
          }
          cache.delete(oldest);
        }
      }
      return { status: 'ok', fields };
    } catch (error) {
      const limit = enrich.timeout_ms ?? DEFAULT_TIMEOUT_MS;
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || (name === 'AbortError' && Date.now() - startedAt >= limit)) {
        return { status: 'timeout', detail: `no answer within ${limit} ms` };
      }
      const detail =
        error instanceof LookupFailed || error instanceof RefusedAddressError
          ? error.message
          : `the CRM could not be reached (${error instanceof Error ? error.message : String(error)})`;
      return { status: 'error', detail };
    }
  };
}
