// Carries committed events, of escalations and of incidents, to the live listeners of every node that shares the
// database, not only the node that wrote them: each node announces the ids it published (one id space for both
// kinds), the others read those events and publish them.
import type { StreamEvent } from '../../core/stream/stream-event.js';
import type { Broadcast } from '../../store/store.js';
import type { EventBus } from './event-bus.js';
import { listenToOthers, sendToOthers } from './node-messages.js';

const CHANNEL = 'handoff_events';
// Ids a message at most: each message is read back with one query.
const IDS_PER_MESSAGE = 500;

export interface ClusterBus extends EventBus {
  stop(): Promise<void>;
}

/**
 * `local` is this node's bus; `readEvents` reads committed events by id. Announcements of one tick go out as one
 * message. Live delivery is best effort (a node that dies between commit and announcement, or a dropped listening
 * connection, loses the live copy); a reader resumes from the timeline with Last-Event-ID.
 */
export async function makeClusterBus(options: {
  local: EventBus;
  broadcast: Broadcast;
  nodeId: string;
  readEvents: (ids: readonly number[]) => Promise<StreamEvent[]>;
  onError: (error: unknown) => void;
  /** False: only announce (a node without live listeners need not read what the others write). */
  listens?: boolean;
}): Promise<ClusterBus> {
  const { local, broadcast, nodeId, readEvents, onError } = options;
  let pending: number[] = [];
  let sending: Promise<void> = Promise.resolve();
  let reading: Promise<void> = Promise.resolve();

  const announce = (): void => {
    const ids = pending;
    pending = [];
    sending = sending
      .then(() => sendToOthers(broadcast, CHANNEL, nodeId, ids, IDS_PER_MESSAGE))
      .then(() => undefined, onError);
  };

  const stopListening =
    options.listens === false
      ? async () => undefined
      : await listenToOthers<number>(
          broadcast,
          CHANNEL,
          nodeId,
          (ids) => {
            // One read at a time: a later message's events never reach the listeners before an earlier one's.
            const safe = ids.filter((id) => Number.isSafeInteger(id));
            reading = reading.then(() => readEvents(safe)).then((events) => local.publish(events), onError);
          },
          onError,
        );

  return {
    publish(events) {
      local.publish(events);
      if (events.length === 0) {
        return;
      }
      if (pending.length === 0) {
        setImmediate(announce);
      }
      pending.push(...events.map((event) => event.id));
    },
    subscribe: (listener) => local.subscribe(listener),
    async stop() {
      await stopListening();
      announce();
      await sending;
      await reading;
    },
  };
}
