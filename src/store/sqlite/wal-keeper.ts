// Keeps a SQLite WAL durable and small off the event loop: every commit waits for the durability barrier, and
// checkpoints run on the checkpointer, mostly while writes go on.
import type { Checkpointer } from './checkpointer.js';
import type { DurabilityBarrier } from './durability-barrier.js';

export interface WalKeeper {
  /** After a commit, or a write outside a transaction: resolves once it is on disk. */
  committed(): Promise<void>;
  /**
   * Before BEGIN, with the connection held: after a background pass, one more pass with the writer paused.
   * It only has the frames written during the background pass left to copy, and once the WAL is wholly
   * copied the next transaction starts it over from the beginning, so the file stops growing.
   */
  beforeBegin(): Promise<void> | undefined;
  /**
   * Throws once a flush has failed: from then on nothing may be read or written, so that no write is committed,
   * and no unsynced one is shown, that could never be acknowledged. Handoff must be restarted.
   */
  assertDurable(): void;
  close(): Promise<void>;
}

export interface WalKeeperParts {
  barrier: DurabilityBarrier;
  checkpointer: Checkpointer;
  /** Commits between background passes (SQLite's own default checkpoints every 1000 WAL pages). */
  commitsPerPass?: number;
}

export function makeWalKeeper({ barrier, checkpointer, commitsPerPass = 32 }: WalKeeperParts): WalKeeper {
  let commits = 0;
  let background: Promise<void> | null = null;
  let finishDue = false;
  // A failed pass loses nothing (the frames stay in the WAL, durable); the next cycle tries again.
  const ignore = (): void => undefined;

  return {
    committed(): Promise<void> {
      commits += 1;
      if (commits >= commitsPerPass && background === null && !finishDue) {
        commits = 0;
        background = checkpointer
          .pass()
          .then(() => {
            finishDue = true;
          }, ignore)
          .finally(() => {
            background = null;
          });
      }
      return barrier.sync();
    },
    beforeBegin(): Promise<void> | undefined {
      if (!finishDue) {
        return undefined;
      }
      finishDue = false;
      return checkpointer.pass().then(ignore, ignore);
    },
    assertDurable(): void {
      const failure = barrier.failure();
      if (failure !== null) {
        throw failure;
      }
    },
    async close(): Promise<void> {
      await background;
      await barrier.close();
      await checkpointer.close();
    },
  };
}
