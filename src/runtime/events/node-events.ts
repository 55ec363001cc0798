// The event bus of one node: it also carries the events other nodes (PostgreSQL, cluster-bus.ts) or other processes
// on the same SQLite file (follow-other-writers.ts) commit.
import type { Logger } from 'pino';
import { type Context, systemActor } from '../../context.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { makeClusterBus } from './cluster-bus.js';
import { type EventBus, makeEventBus } from './event-bus.js';
import { FOLLOW_PAGE, followOtherWriters } from './follow-other-writers.js';
import { readEventsAfter, readEventsByIds, readLastEventId } from '../../services/events/read-events.js';
import type { Store } from '../../store/database.js';

export async function makeNodeEvents(deps: {
  store: Store;
  clock: () => number;
  logger: Logger;
  playbook: () => Promise<PlaybookRuntime>;
  /** This process's name (nodeName()): its own announcements are not read back. */
  nodeId: string;
  /** False for a node without live listeners (a worker node): it only tells the others what it writes. */
  listens?: boolean;
}): Promise<EventBus & { stop(): Promise<void> }> {
  const local = makeEventBus();
  const { broadcast, committedElsewhere } = deps.store;
  const ctx: Context = { ...deps, actor: systemActor, events: local };
  if (committedElsewhere !== null && deps.listens !== false) {
    return followOtherWriters({
      local,
      committedElsewhere,
      lastEventId: () => readLastEventId({ ctx }),
      readAfter: (lastId) => readEventsAfter({ ctx, lastId, limit: FOLLOW_PAGE }),
      onError: (error) => deps.logger.warn({ err: error }, 'live events of other processes'),
    });
  }
  if (broadcast === null) {
    return { ...local, stop: async () => undefined };
  }
  return makeClusterBus({
    local,
    broadcast,
    nodeId: deps.nodeId,
    readEvents: (ids) => readEventsByIds({ ctx, ids }),
    onError: (error) => deps.logger.warn({ err: error }, 'live events shared with other nodes'),
    listens: deps.listens !== false,
  });
}
