// API suites' server: a real Handoff node on a test database, a fake clock, keys, and fetch over HTTP.
import pino from 'pino';
import { createApiKey } from '../src/services/keys/api-keys.js';
import type { StreamLimits } from '../src/transports/http/stream-registry.js';
import { type RunningServer, startServer } from '../src/transports/server/start-server.js';
import type { DialectName, Store } from '../src/store/database.js';
import { makeTestStore, type TestStore } from './databases.js';

/** Wednesday 18 November 2026, 12:00 UTC: inside the working hours of the template's people. */
export const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);

// Response bodies are read loosely and checked by the assertions that read them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Given as HANDOFF_ADMIN_KEY would be: the admin key every harness uses. */
export const bootstrapAdminKey = 'hk_test_bootstrap_admin_key';

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the reply is JSON, else the text. */
  body: Json;
  text: string;
}

export interface RequestOptions {
  key?: string | undefined;
  /** An object is sent as JSON; a string or bytes are sent as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiHarness {
  url: string;
  /** The server's own store: count rows with it. */
  store: Store;
  /** The database under the server, to start another server on (see `reuse`). */
  testStore: TestStore;
  clock: { now: number; advance(ms: number): void };
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  keys: { admin: string; agent: string; human(personId: string): Promise<string> };
  /** Closes the server; also the database unless it was reused. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The playbook seeded as the active version; none when absent. */
  yaml?: string;
  /** Start on this database instead of a fresh one (and leave it open on close). */
  reuse?: TestStore;
  bodyLimit?: number;
  /** Requests a minute per key; off unless given. */
  rateLimitPerMinute?: number;
  /** Failed authentications a minute per client address; off unless given. */
  authFailuresPerMinute?: number;
  streamLimits?: Partial<StreamLimits>;
}

export async function startApi(dialect: DialectName, options: HarnessOptions): Promise<ApiHarness> {
  const testStore = options.reuse ?? (await makeTestStore(dialect));
  const clock = {
    now: t0,
    advance(ms: number) {
      clock.now += ms;
    },
  };
  let server: RunningServer;
  try {
    server = await startServer({
      databaseUrl: testStore.url,
      port: 0,
      ...(options.yaml === undefined ? {} : { seed: { yaml: options.yaml, source: 'test' } }),
      logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
      clock: () => clock.now,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
      authFailuresPerMinute: options.authFailuresPerMinute ?? 0,
      adminKey: bootstrapAdminKey,
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
      ...(options.streamLimits === undefined ? {} : { streamLimits: options.streamLimits }),
    });
  } catch (error) {
    if (options.reuse === undefined) {
      await testStore.close();
    }
    throw error;
  }
  const key = async (scope: 'admin' | 'agent' | 'human', person?: string) =>
    (
      await createApiKey(
        server.store,
        {
          scope,
          name: `${scope}${person === undefined ? '' : `-${person}`}`,
          ...(person === undefined ? {} : { person }),
        },
        clock.now,
      )
    ).key;
  const humans = new Map<string, Promise<string>>();
  const keys = {
    admin: bootstrapAdminKey,
    agent: await key('agent'),
    human(personId: string) {
      let found = humans.get(personId);
      if (found === undefined) {
        found = key('human', personId);
        humans.set(personId, found);
      }
      return found;
    },
  };
  return {
    url: server.url,
    store: server.store,
    testStore,
    clock,
    keys,
    request: (method, path, requestOptions = {}) => send(server.url, method, path, requestOptions),
    async close() {
      await server.close();
      if (options.reuse === undefined) {
        await testStore.close();
      }
    },
  };
}

async function send(
  url: string,
  method: string,
  path: string,
  { key, body, headers = {} }: RequestOptions,
): Promise<ApiResponse> {
  const wire =
    body === undefined || typeof body === 'string' || body instanceof Uint8Array
      ? body
      : JSON.stringify(body);
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(wire === undefined ? {} : { 'content-type': 'application/json' }),
      ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
      ...headers,
    },
    ...(wire === undefined ? {} : { body: wire as string | Uint8Array<ArrayBuffer> }),
  });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    headers: response.headers,
    body: isJson && text !== '' ? JSON.parse(text) : text,
    text,
  };
}

/** Rows in a table of the server's database. */
export async function countRows(
  store: Store,
  table: 'escalations' | 'evaluations' | 'events' | 'approvals' | 'idempotency' | 'playbook_versions',
): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Makes every named person available (as admin), which may pull waiting escalations to them. */
export async function makeAvailable(api: ApiHarness, ...people: string[]): Promise<void> {
  for (const person of people) {
    const reply = await api.request('POST', `/v1/people/${person}/availability`, {
      key: api.keys.admin,
      body: { available: true },
    });
    if (reply.status !== 200) {
      throw new Error(`availability of ${person}: ${reply.status} ${reply.text}`);
    }
  }
}

/** Another key on the server, e.g. a second agent. */
export async function createKey(
  api: ApiHarness,
  scope: 'admin' | 'agent' | 'human',
  person?: string,
): Promise<string> {
  return (
    await createApiKey(
      api.store,
      { scope, name: `extra-${scope}`, ...(person === undefined ? {} : { person }) },
      api.clock.now,
    )
  ).key;
}
