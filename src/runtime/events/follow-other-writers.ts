// SQLite: the events another process commits to the same file (a `handoff worker` beside `serve --no-workers`)
// reach this node's live listeners too, incident events as escalation events (they share one id counter). SQLite
// commits one writer at a time, so event ids follow commit order and reading `id > last seen` misses nothing.
import type { StreamEvent } from '../../core/stream/stream-event.js';
import type { EventBus } from './event-bus.js';

export interface FollowingBus extends EventBus {
  stop(): Promise<void>;
}

/** Events read back per query. */
export const FOLLOW_PAGE = 1_000;
/** Looks for which an event read back is remembered, in case this process publishes it late. */
const REMEMBER_LOOKS = 40;

/**
 * Every `everyMs` it asks whether another connection committed (`committedElsewhere`, SQLite's data_version);
 * only then it reads the events after the last one seen and publishes those this process did not publish itself.
 * An event of this process read back before its own publish (committed, its fsync still under way) is published
 * once: the later local publish skips it.
 */
export async function followOtherWriters(options: {
  local: EventBus;
  committedElsewhere: () => boolean;
  lastEventId: () => Promise<number>;
  readAfter: (lastId: number) => Promise<StreamEvent[]>;
  onError: (error: unknown) => void;
  everyMs?: number;
}): Promise<FollowingBus> {
  const { local, committedElsewhere, readAfter, onError } = options;
  // The baseline first: a commit elsewhere between the two is then seen at the first look, not lost.
  committedElsewhere();
  let lastSeen = await options.lastEventId();
  // Ids this process published since the last look, skipped when read back; ids read back, by look.
  let ownIds = new Set<number>();
  const readBack = new Map<number, number>();
  let looks = 0;
  let looking: Promise<void> = Promise.resolve();

  const look = async (): Promise<void> => {
    looks += 1;
    for (const [id, at] of readBack) {
      if (at < looks - REMEMBER_LOOKS) {
        readBack.delete(id);
      }
    }
    if (!committedElsewhere()) {
      // Nobody else wrote: every event up to the newest one published here was published here.
      for (const id of ownIds) {
        lastSeen = Math.max(lastSeen, id);
      }
      ownIds = new Set();
      return;
    }
    for (;;) {
      const page = await readAfter(lastSeen);
      const foreign = page.filter((event) => !ownIds.has(event.id));
      foreign.forEach((event) => readBack.set(event.id, looks));
      local.publish(foreign);
      lastSeen = page.at(-1)?.id ?? lastSeen;
      if (page.length < FOLLOW_PAGE) {
        break;
      }
    }
    ownIds = new Set([...ownIds].filter((id) => id > lastSeen));
  };

  const timer = setInterval(() => {
    looking = looking.then(look).catch(onError);
  }, options.everyMs ?? 250);
  timer.unref();

  return {
    publish(events) {
      const fresh = events.filter((event) => !readBack.has(event.id));
      for (const event of fresh) {
        ownIds.add(event.id);
      }
      local.publish(fresh);
    },
    subscribe: (listener) => local.subscribe(listener),
    async stop() {
      clearInterval(timer);
      await looking;
    },
  };
}
