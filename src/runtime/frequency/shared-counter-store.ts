// Frequency-trigger counts kept in the database as well as in memory: they survive a restart, and every node of
// one database counts the occurrences the others saw (announced with NOTIFY on PostgreSQL, a moment later).
import type { Logger } from 'pino';
import { type CountingStore, makeMemoryCounterStore } from '../../core/decide/counters.js';
import { listenToOthers, sendToOthers } from '../events/node-messages.js';
import { deleteExpiredFrequencyOccurrences } from '../../store/queries/delete-expired-frequency-occurrences.js';
import { insertFrequencyOccurrences } from '../../store/queries/insert-frequency-occurrences.js';
import { selectLiveFrequencyOccurrences } from '../../store/queries/select-live-frequency-occurrences.js';
import type { Store } from '../../store/store.js';

const CHANNEL = 'handoff_occurrences';
const PRUNE_EVERY_MS = 60_000;

interface Occurrence {
  counter: string;
  key: string;
  occurrence: string;
  at: number;
  expiresAt: number;
}

export interface SharedCounterStore extends CountingStore {
  /** Loads the occurrences still inside their window, then writes and shares new ones every `flushMs`. */
  start(): Promise<void>;
  /** Writes what is pending and stops. */
  stop(): Promise<void>;
  /** Writes and announces what was recorded since the last flush (the timer calls it too). */
  flush(): Promise<void>;
}

/**
 * Deciding stays synchronous and in memory: `record` counts at once and queues the occurrence to be written.
 * Counts are therefore shared after a short delay (`flushMs` plus delivery), not at the same instant, and an
 * occurrence recorded in the last moment before a crash may be lost: both only make a trigger fire a little
 * later, never twice for one case (an occurrence is a case id, counted once).
 */
export function makeSharedCounterStore(options: {
  store: Store;
  clock: () => number;
  nodeId: string;
  logger: Logger;
  flushMs?: number;
}): SharedCounterStore {
  const { store, clock, nodeId, logger } = options;
  const memory = makeMemoryCounterStore();
  let pending: Occurrence[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stopListening: (() => Promise<void>) | null = null;
  let flushing: Promise<void> = Promise.resolve();
  let prunedAt = 0;

  const remember = (item: Occurrence): void => {
    memory.record(item.counter, item.key, item.occurrence, item.at, item.expiresAt - item.at);
  };

  async function write(batch: Occurrence[]): Promise<void> {
    await store.transaction(async (trx) => {
      await insertFrequencyOccurrences(
        trx,
        batch.map((item) => ({
          counter: item.counter,
          key: item.key,
          occurrence: item.occurrence,
          at: item.at,
          expires_at: item.expiresAt,
        })),
      );
    });
    if (store.broadcast !== null) {
      // One too long for a message (a very long key) is stored, and the other nodes count it from their next start.
      await sendToOthers(store.broadcast, CHANNEL, nodeId, batch);
    }
    const now = clock();
    if (now - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = now;
      await deleteExpiredFrequencyOccurrences(store.db, now);
    }
  }

  const recordNew: CountingStore['recordNew'] = (counter, key, occurrence, at, windowMs) => {
    const result = memory.recordNew(counter, key, occurrence, at, windowMs);
    // Only a case not counted before is written and announced (a later turn of the same case is not).
    if (result.isNew) {
      pending.push({ counter, key, occurrence, at, expiresAt: at + windowMs });
    }
    return result;
  };

  const flush = (): Promise<void> => {
    flushing = flushing.then(async () => {
      const batch = pending;
      pending = [];
      if (batch.length > 0) {
        await write(batch).catch((error: unknown) =>
          logger.warn({ err: error, occurrences: batch.length }, 'frequency counts not shared'),
        );
      }
    });
    return flushing;
  };

  return {
    record: (counter, key, occurrence, at, windowMs) =>
      recordNew(counter, key, occurrence, at, windowMs).count,
    recordNew,
    count: (counter, key, at, windowMs) => memory.count(counter, key, at, windowMs),
    flush,
    async start() {
      const rows = await selectLiveFrequencyOccurrences(store.db, clock());
      for (const row of rows) {
        remember({
          counter: row.counter,
          key: row.key,
          occurrence: row.occurrence,
          at: Number(row.at),
          expiresAt: Number(row.expires_at),
        });
      }
      if (store.broadcast !== null) {
        stopListening = await listenToOthers<Occurrence>(
          store.broadcast,
          CHANNEL,
          nodeId,
          (occurrences) => occurrences.forEach(remember),
          (error) => logger.warn({ err: error }, 'a frequency-count message could not be read'),
        );
      }
      timer = setInterval(() => void flush(), options.flushMs ?? 250);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await stopListening?.();
      await flush();
    },
  };
}
