// Makes commits durable without holding the event loop: SQLite commits with synchronous=NORMAL (the WAL frames
// are written, not synced) and the WAL file is fsynced on libuv's thread pool before the commit is acknowledged.
import { open, type FileHandle } from 'node:fs/promises';

export interface DurabilityBarrier {
  /** Resolves once every write made before the call is on disk; rejects for good after a failed flush. */
  sync(): Promise<void>;
  /** The error of the flush that failed, for good; null while every flush has succeeded. */
  failure(): Error | null;
  close(): Promise<void>;
}

/**
 * `flush` makes every write so far durable. Callers that arrive while a flush runs cannot rely on it (it
 * may have started before their write), so they share the next one: one flush in flight, at most one waiting.
 * A failed flush poisons the barrier: after a failed fsync the kernel may have dropped the dirty pages, and a
 * later fsync that succeeds proves nothing, so every later sync fails with the first error.
 */
export function makeDurabilityBarrier(
  flush: () => Promise<void>,
  close: () => Promise<void> = async () => undefined,
): DurabilityBarrier {
  let running: Promise<void> | null = null;
  let waiting: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;

  const start = (): Promise<void> => {
    running = flush()
      .catch((error: unknown) => {
        failure ??= {
          error: new Error('the database file could not be synced to disk; restart Handoff', {
            cause: error,
          }),
        };
        throw failure.error;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    sync(): Promise<void> {
      if (failure !== null) {
        return Promise.reject(failure.error);
      }
      if (running === null) {
        return start();
      }
      waiting ??= running
        .catch(() => undefined)
        .then(() => {
          waiting = null;
          return failure === null ? start() : Promise.reject(failure.error);
        });
      return waiting;
    },
    failure: () => (failure === null ? null : (failure.error as Error)),
    async close(): Promise<void> {
      await Promise.allSettled([running, waiting]);
      await close();
    },
  };
}

/** A barrier that fsyncs `file` (a SQLite database's `-wal` file), opened on first use. */
export function walBarrier(walFile: string): DurabilityBarrier {
  let handle: Promise<FileHandle> | null = null;
  return makeDurabilityBarrier(
    async () => {
      handle ??= open(walFile, 'r');
      await (await handle).sync();
    },
    async () => {
      if (handle !== null) {
        await (await handle.catch(() => null))?.close();
      }
    },
  );
}
