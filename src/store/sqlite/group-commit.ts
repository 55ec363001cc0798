// Group commit for SQLite: transactions that arrive together share one BEGIN … COMMIT (one fsync), each
// inside its own savepoint, so each still commits or rolls back alone and is acknowledged only after COMMIT.
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../tables.js';

interface Pending {
  fn: (trx: Transaction<Tables>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitter {
  run<T>(fn: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
}

/**
 * `runInScope` marks the code that runs as a transaction body (so a stray `store.db` inside it fails
 * loudly instead of deadlocking on the one connection). `maxBatch` bounds how long the first caller
 * of a batch waits for the ones behind it.
 */
export function makeGroupCommitter(
  db: Kysely<Tables>,
  runInScope: <T>(body: () => Promise<T>) => Promise<T>,
  maxBatch = 64,
): GroupCommitter {
  const queue: Pending[] = [];
  let running = false;

  async function runBatch(): Promise<void> {
    const batch = queue.splice(0, maxBatch);
    const succeeded: Array<{ item: Pending; value: unknown }> = [];
    const settled = new Set<Pending>();
    let outer;
    try {
      outer = await db.startTransaction().execute();
    } catch (error) {
      batch.forEach((item) => item.reject(error));
      return;
    }
    try {
      for (const item of batch) {
        const savepoint = await outer.savepoint('one').execute();
        try {
          const value = await runInScope(() => item.fn(savepoint));
          await savepoint.releaseSavepoint('one').execute();
          succeeded.push({ item, value });
        } catch (error) {
          settled.add(item);
          item.reject(error);
          try {
            const rolledBack = await savepoint.rollbackToSavepoint('one').execute();
            await rolledBack.releaseSavepoint('one').execute();
          } catch {
            // SQLite rolls the whole transaction back by itself on some errors (SQLITE_FULL, an I/O error): the
            // savepoint is gone, and so is the work of the whole batch, which fails for the same reason.
            throw error;
          }
        }
      }
      await outer.commit().execute();
    } catch (error) {
      // COMMIT, the fsync that makes it durable, or a savepoint command failed: none of this batch is acknowledged.
      await outer
        .rollback()
        .execute()
        .catch(() => undefined);
      // Every item not yet answered fails with it, or its caller would wait for ever.
      batch.filter((item) => !settled.has(item)).forEach((item) => item.reject(error));
      return;
    }
    succeeded.forEach(({ item, value }) => item.resolve(value));
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        await runBatch();
      }
    } finally {
      running = false;
    }
  }

  return {
    run<T>(fn: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
        if (!running) {
          // Let the callers that arrive in this same tick join the first batch.
          setImmediate(() => void drain());
          running = true;
        }
      });
    },
  };
}
