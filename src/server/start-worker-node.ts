// A node that runs only the background workers (no HTTP): for deployments that keep the API and the timers apart.
import pino, { type Logger } from 'pino';
import { makeActivePlaybook } from '../playbook-versions/active-playbook.js';
import { openDatabase } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { makeNodeEvents } from './node-events.js';
import { startWorkers } from './start-workers.js';

export async function startWorkerNode(options: {
  databaseUrl?: string | undefined;
  logger?: Logger;
}): Promise<{ close(): Promise<void> }> {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const store = await openDatabase(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
  });
  try {
    await migrateToLatest(store);
    const playbook = makeActivePlaybook(store.db, Date.now);
    await playbook.get();
    const events = await makeNodeEvents({
      store,
      clock: Date.now,
      logger,
      playbook: () => playbook.get(),
      listens: false,
    });
    const worker = startWorkers({ store, clock: Date.now, logger, events, playbook: () => playbook.get() });
    return {
      async close() {
        await worker.stop();
        await events.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
