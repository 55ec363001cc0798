// Starts a Handoff node: database (migrated), active playbook (seeded), keys, HTTP API on a port.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ensureApiKey, makeAuthenticator, replaceApiKey } from '../../services/keys/api-keys.js';
import {
  makeSharedCounterStore,
  type SharedCounterStore,
} from '../../runtime/frequency/shared-counter-store.js';
import { makeApp } from '../http/make-app.js';
import type { StreamLimits } from '../http/stream-registry.js';
import { makeActivePlaybook } from '../../services/playbooks/active-playbook.js';
import { seedPlaybook } from '../../services/playbooks/playbook-versions.js';
import { seedAvailability } from '../../services/people/seed-availability.js';
import { openNodeStore } from '../../services/admin/open-node-store.js';
import type { Store } from '../../store/store.js';
import { makeNodeEvents } from '../../runtime/events/node-events.js';
import { makeNodeStatus } from '../../services/health/node-status.js';
import { nodeName } from '../../runtime/node-name.js';
import { makeDatabaseHealth } from '../../services/health/database-health.js';
import { makeLogger } from './log-destination.js';
import { startWorkers, type Workers } from '../../runtime/start-workers.js';
import { makeCrmLookup } from '../../runtime/enrichment/crm-lookup.js';
import { parseDuration } from '../../core/time/duration.js';
import { HandoffError } from '../../errors.js';
import {
  type InboundMailListener,
  startInboundMailFromEnv,
} from '../../runtime/deliveries/inbound-mail-listener.js';

export interface ServerOptions {
  databaseUrl?: string | undefined;
  port?: number;
  host?: string;
  /** YAML text and where it came from, made the active version unless it already is. */
  seed?: { yaml: string; source: string } | undefined;
  /** A key with admin scope to accept (HANDOFF_ADMIN_KEY). */
  adminKey?: string | undefined;
  /** Demo: every person available, and a fresh admin key printed. */
  demo?: boolean;
  bodyLimit?: number;
  /** PostgreSQL connections of this node (default 10). */
  poolSize?: number;
  rateLimitPerMinute?: number;
  /** Failed authentications a minute per client address (default 60, 0 = off). */
  authFailuresPerMinute?: number;
  /** Bounds of the event streams: bytes held per stream (default 1 MiB), streams per key (default 10). */
  streamLimits?: Partial<StreamLimits>;
  logger?: Logger;
  clock?: () => number;
  version?: string;
  /** Run the timers and deliveries workers in this process (default true). */
  workers?: boolean;
  /** Where delivery channels read their secrets (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The base URL of links in notifications (default HANDOFF_PUBLIC_URL, else the URL the server listens on). */
  publicUrl?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  demoKey: string | null;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? makeLogger(process.env.LOG_LEVEL ?? 'info');
  const clock = options.clock ?? Date.now;
  // Settings read from the environment are checked before anything opens or listens.
  const lease = deliveryLease(options.env ?? process.env);
  const health = makeDatabaseHealth({ clock, logger });
  const store = await openNodeStore(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'a database connection failed'),
    onFault: health.onFault,
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
  });
  let events: Awaited<ReturnType<typeof makeNodeEvents>> | undefined;
  const nodeId = nodeName();
  let counters: SharedCounterStore | undefined;
  let worker: Workers | null = null;
  let inboundMail: InboundMailListener | null = null;
  try {
    if (options.seed !== undefined) {
      await seedWithRetry(store, options.seed, clock);
    }
    if (options.adminKey !== undefined && options.adminKey !== '') {
      await ensureApiKey(store, options.adminKey, 'admin', 'HANDOFF_ADMIN_KEY', clock());
    }
    // Frequency-trigger counts: kept in the database, so they survive a restart and every node counts them all.
    counters = makeSharedCounterStore({ store, clock, nodeId, logger });
    await counters.start();
    const playbook = makeActivePlaybook(store.db, clock, undefined, counters);
    let demoKey: string | null = null;
    if (options.demo === true) {
      await seedAvailability(store, await playbook.get(), clock);
      demoKey = (await replaceApiKey(store, { scope: 'admin', name: 'demo' }, clock())).key;
    }
    const nodeEvents = await makeNodeEvents({ store, clock, logger, playbook: () => playbook.get(), nodeId });
    events = nodeEvents;
    const app = await makeApp({
      baseContext: {
        store,
        clock,
        logger,
        events: nodeEvents,
        playbook: () => playbook.get(),
        lookupCustomer: makeCrmLookup({ env: options.env ?? process.env }),
      },
      status: makeNodeStatus(store, health, clock, () => worker?.deliveries.counters()),
      clock,
      logger,
      events: nodeEvents,
      playbook,
      authenticator: makeAuthenticator(store, clock),
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
      ...(options.rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.rateLimitPerMinute }),
      ...(options.authFailuresPerMinute === undefined
        ? {}
        : { authFailuresPerMinute: options.authFailuresPerMinute }),
      ...(options.version === undefined ? {} : { version: options.version }),
      ...(options.streamLimits === undefined ? {} : { streamLimits: options.streamLimits }),
    });
    inboundMail = await startInboundMailFromEnv(
      { store, clock, logger, events: nodeEvents, playbook: () => playbook.get() },
      process.env,
    );
    // Listening first: a port already taken fails the start before any worker runs (and would keep the process up).
    const url = await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
    const env = options.env ?? process.env;
    worker =
      options.workers === false
        ? null
        : startWorkers({
            store,
            clock,
            logger,
            events: nodeEvents,
            playbook: () => playbook.get(),
            nodeId,
            env,
            publicUrl: (options.publicUrl ?? env.HANDOFF_PUBLIC_URL ?? url).replace(/\/+$/, ''),
            ...lease,
          });
    return {
      app,
      store,
      url,
      demoKey,
      async close() {
        await worker?.stop();
        await inboundMail?.close();
        await app.close();
        await nodeEvents.stop();
        await counters?.stop();
        await store.close();
      },
    };
  } catch (error) {
    await inboundMail?.close();
    await events?.stop();
    await counters?.stop();
    await store.close();
    throw error;
  }
}

/** Several nodes starting at once may race for the next version number: the loser re-reads and finds it done. */
async function seedWithRetry(
  store: Store,
  seed: { yaml: string; source: string },
  clock: () => number,
): Promise<void> {
  try {
    await seedPlaybook(store, seed.yaml, seed.source, clock());
  } catch (error) {
    if (!store.isUniqueViolation(error)) {
      throw error;
    }
    await seedPlaybook(store, seed.yaml, seed.source, clock());
  }
}

/** HANDOFF_DELIVERY_LEASE (a duration such as "30s"): how long a node holds a delivery it took (default 60 s). */
export function deliveryLease(env: Readonly<Record<string, string | undefined>>): {
  deliveryLeaseMs?: number;
} {
  const text = env.HANDOFF_DELIVERY_LEASE;
  if (text === undefined || text === '') {
    return {};
  }
  const ms = parseDuration(text);
  if (Number.isNaN(ms) || ms < 1_000) {
    throw new HandoffError(
      'bad_request',
      `HANDOFF_DELIVERY_LEASE: "${text}" is not a duration of at least 1s`,
      {
        path: 'HANDOFF_DELIVERY_LEASE',
      },
    );
  }
  return { deliveryLeaseMs: ms };
}
