// The event bus of one node: on PostgreSQL it also carries the events other nodes commit (see cluster-bus.ts).
import type { Logger } from 'pino';
import { type Context, systemActor } from '../context.js';
import type { PlaybookRuntime } from '../escalations/playbook-runtime.js';
import { makeClusterBus } from '../events/cluster-bus.js';
import { type EventBus, makeEventBus } from '../events/event-bus.js';
import { readEventsByIds } from '../events/read-events.js';
import type { Store } from '../store/database.js';
import { nodeName } from './start-workers.js';

export async function makeNodeEvents(deps: {
  store: Store;
  clock: () => number;
  logger: Logger;
  playbook: () => Promise<PlaybookRuntime>;
}): Promise<EventBus & { stop(): Promise<void> }> {
  const local = makeEventBus();
  const { broadcast } = deps.store;
  if (broadcast === null) {
    return { ...local, stop: async () => undefined };
  }
  const ctx: Context = { ...deps, actor: systemActor, events: local };
  return makeClusterBus({
    local,
    broadcast,
    nodeId: nodeName(),
    readEvents: (ids) => readEventsByIds({ ctx, ids }),
    onError: (error) => deps.logger.warn({ err: error }, 'live events shared with other nodes'),
  });
}
