// A node that runs only the background workers (no HTTP): for deployments that keep the API and the timers apart.
import type { Logger } from 'pino';
import { makeActivePlaybook } from '../../services/playbooks/active-playbook.js';
import { openNodeStore } from '../../services/admin/open-node-store.js';
import { makeNodeEvents } from '../../runtime/events/node-events.js';
import { nodeName } from '../../runtime/node-name.js';
import { makeDatabaseHealth } from '../../services/health/database-health.js';
import { makeLogger } from './log-destination.js';
import { startWorkers } from '../../runtime/start-workers.js';
import { deliveryLease } from './start-server.js';

export async function startWorkerNode(options: {
  databaseUrl?: string | undefined;
  logger?: Logger;
}): Promise<{ close(): Promise<void> }> {
  const logger = options.logger ?? makeLogger(process.env.LOG_LEVEL ?? 'info');
  const store = await openNodeStore(options.databaseUrl, {
    onPoolError: (error) => logger.warn({ err: error }, 'a database connection failed'),
    onFault: makeDatabaseHealth({ clock: Date.now, logger }).onFault,
  });
  const nodeId = nodeName();
  let events: Awaited<ReturnType<typeof makeNodeEvents>> | undefined;
  try {
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
      env: process.env,
      publicUrl: (process.env.HANDOFF_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
      ...deliveryLease(process.env),
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
