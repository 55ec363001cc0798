// Starts a Handoff node: database (migrated), active playbook (seeded), keys, HTTP API on a port.
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ensureApiKey, makeAuthenticator, replaceApiKey } from '../auth/api-keys.js';
import { makeSharedCounterStore, type SharedCounterStore } from '../frequency/shared-counter-store.js';
import { makeApp } from '../http/make-app.js';
import { makeActivePlaybook } from '../playbook-versions/active-playbook.js';
import { seedPlaybook } from '../playbook-versions/playbook-versions.js';
import { openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import type { Store } from '../store/store.js';
import { makeDatabaseHealth } from './database-health.js';
import { makeLogger } from './log-destination.js';
import { makeNodeEvents } from './node-events.js';
import { makeNodeStatus } from './node-status.js';
import { nodeName } from './node-name.js';
import { startWorkers } from './start-workers.js';

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
  logger?: Logger;
  clock?: () => number;
  version?: string;
  /** Run the timers worker in this process (default true). */
  workers?: boolean;
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
  const health = makeDatabaseHealth({ clock, logger });
  const store = await openDatabase(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'a database connection failed'),
    onFault: health.onFault,
    ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
  });
  let events: Awaited<ReturnType<typeof makeNodeEvents>> | undefined;
  const nodeId = nodeName();
  let counters: SharedCounterStore | undefined;
  try {
    await migrateToLatest(store);
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
      const runtime = await playbook.get();
      for (const person of runtime.people.values()) {
        await store.db
          .insertInto('people_state')
          .values({ person_id: person.id, available: 1, updated_at: clock() })
          .onConflict((oc) => oc.column('person_id').doNothing())
          .execute();
      }
      demoKey = (await replaceApiKey(store, { scope: 'admin', name: 'demo' }, clock())).key;
    }
    const nodeEvents = await makeNodeEvents({ store, clock, logger, playbook: () => playbook.get(), nodeId });
    events = nodeEvents;
    const app = await makeApp({
      baseContext: { store, clock, logger, events: nodeEvents, playbook: () => playbook.get() },
      status: makeNodeStatus(store, health, clock),
      clock,
      logger,
      events: nodeEvents,
      playbook,
      authenticator: makeAuthenticator(store, clock),
      ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
      ...(options.rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.rateLimitPerMinute }),
      ...(options.version === undefined ? {} : { version: options.version }),
    });
    // Listening first: a port already taken fails the start before any worker runs (and would keep the process up).
    const url = await app.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
    const worker =
      options.workers === false
        ? null
        : startWorkers({ store, clock, logger, events: nodeEvents, playbook: () => playbook.get(), nodeId });
    return {
      app,
      store,
      url,
      demoKey,
      async close() {
        await worker?.stop();
        await app.close();
        await nodeEvents.stop();
        await counters?.stop();
        await store.close();
      },
    };
  } catch (error) {
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
