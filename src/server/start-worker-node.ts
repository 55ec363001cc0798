// A node that runs only the background workers (no HTTP): for deployments that keep the API and the timers apart.
import type { Logger } from 'pino';
import { makeActivePlaybook } from '../playbook-versions/active-playbook.js';
import { openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { makeDatabaseHealth } from './database-health.js';
import { makeLogger } from './log-destination.js';
import { makeNodeEvents } from './node-events.js';
import { nodeName } from './node-name.js';
import { startWorkers } from './start-workers.js';

export async function startWorkerNode(options: {
  databaseUrl?: string | undefined;
  logger?: Logger;
}): Promise<{ close(): Promise<void> }> {
  const logger = options.logger ?? makeLogger(process.env.LOG_LEVEL ?? 'info');
  const store = await openDatabase(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'a database connection failed'),
    onFault: makeDatabaseHealth({ clock: Date.now, logger }).onFault,
  });
  const nodeId = nodeName();
  let events: Awaited<ReturnType<typeof makeNodeEvents>> | undefined;
  try {
    await migrateToLatest(store);
    const playbook = makeActivePlaybook(store.db, Date.now);
    await playbook.get();
    const nodeEvents = await makeNodeEvents({
      store,
      clock: Date.now,
      logger,
      playbook: () => playbook.get(),
      nodeId,
      listens: false,
    });
    events = nodeEvents;
    const worker = startWorkers({
      store,
      clock: Date.now,
      logger,
      events: nodeEvents,
      playbook: () => playbook.get(),
      nodeId,
    });
    return {
      async close() {
        await worker.stop();
        await nodeEvents.stop();
        await store.close();
      },
    };
  } catch (error) {
    await events?.stop();
    await store.close();
    throw error;
  }
}
