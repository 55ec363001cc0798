// The durability barrier and the WAL keeper with a controllable flush and checkpointer: nothing is acknowledged
// before a flush that began after it, a failed flush fails every later one, and checkpoints run on a cadence.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { type CheckpointPass, makeCheckpointer } from './checkpointer.js';
import { makeDurabilityBarrier } from './durability-barrier.js';
import { makeWalKeeper } from './wal-keeper.js';

/** A flush that finishes only when the test says so. */
function manualFlush() {
  const calls: Array<{ finish: () => void; fail: (error: Error) => void }> = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ finish: resolve, fail: reject });
    });
  return { flush, calls };
}

const settled = async (promise: Promise<unknown>): Promise<string> => {
  let state = 'pending';
  promise.then(
    () => (state = 'done'),
    () => (state = 'failed'),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return state;
};

describe('makeDurabilityBarrier', () => {
  test('a sync that arrives during a flush waits for the next flush, and the waiting ones share it', async () => {
    const { flush, calls } = manualFlush();
    const barrier = makeDurabilityBarrier(flush);
    const first = barrier.sync();
    const second = barrier.sync();
    const third = barrier.sync();
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    expect(await settled(first)).toBe('done');
    // The first flush may have begun before the second and third writes: they are not yet durable.
    expect(await settled(second)).toBe('pending');
    expect(calls).toHaveLength(2);
    calls[1]?.finish();
    expect(await settled(second)).toBe('done');
    expect(await settled(third)).toBe('done');
    expect(calls).toHaveLength(2);
  });

  test('after a failed flush every sync fails, even when a later flush would succeed', async () => {
    const { flush, calls } = manualFlush();
    const barrier = makeDurabilityBarrier(flush);
    const first = barrier.sync();
    const during = barrier.sync();
    calls[0]?.fail(new Error('EIO'));
    await expect(first).rejects.toThrow(/could not be synced/);
    await expect(during).rejects.toThrow(/could not be synced/);
    await expect(barrier.sync()).rejects.toThrow(/could not be synced/);
    expect(calls).toHaveLength(1);
  });
});

describe('makeWalKeeper', () => {
  test('a commit is answered when its flush finishes; every N commits a pass runs in the background, then one before BEGIN', async () => {
    const { flush, calls } = manualFlush();
    const passes: Array<() => void> = [];
    const checkpointer = {
      pass: () =>
        new Promise<CheckpointPass>((resolve) => {
          passes.push(() => resolve({ walFrames: 10, checkpointed: 10 }));
        }),
      close: async () => undefined,
    };
    const keeper = makeWalKeeper({ barrier: makeDurabilityBarrier(flush), checkpointer, commitsPerPass: 3 });
    const acknowledged = keeper.committed();
    expect(await settled(acknowledged)).toBe('pending');
    calls[0]?.finish();
    expect(await settled(acknowledged)).toBe('done');
    expect(keeper.beforeBegin()).toBeUndefined();

    for (const _ of [1, 2]) {
      const next = keeper.committed();
      calls.at(-1)?.finish();
      await next;
    }
    expect(passes).toHaveLength(1);
    // The background pass has not finished: BEGIN does not wait.
    expect(keeper.beforeBegin()).toBeUndefined();
    passes[0]?.();
    await new Promise((resolve) => setImmediate(resolve));
    const paused = keeper.beforeBegin();
    expect(paused).toBeInstanceOf(Promise);
    expect(passes).toHaveLength(2);
    expect(await settled(paused as Promise<void>)).toBe('pending');
    passes[1]?.();
    expect(await settled(paused as Promise<void>)).toBe('done');
    expect(keeper.beforeBegin()).toBeUndefined();
  });
});

describe('makeWalKeeper after a failed flush', () => {
  test('nothing more may be read or written: assertDurable throws the first failure', async () => {
    const { flush, calls } = manualFlush();
    const checkpointer = {
      pass: async () => ({ walFrames: 0, checkpointed: 0 }),
      close: async () => undefined,
    };
    const keeper = makeWalKeeper({ barrier: makeDurabilityBarrier(flush), checkpointer });
    expect(() => keeper.assertDurable()).not.toThrow();
    const acknowledged = keeper.committed();
    calls[0]?.fail(new Error('EIO'));
    await expect(acknowledged).rejects.toThrow(/could not be synced/);
    expect(() => keeper.assertDurable()).toThrow(/could not be synced/);
    await expect(keeper.committed()).rejects.toThrow(/could not be synced/);
  });
});

describe('makeCheckpointer', () => {
  test('copies the WAL into the database file on its worker thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-checkpoint-'));
    const file = join(dir, 'c.db');
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.exec('create table t (v text)');
      const insert = db.prepare('insert into t values (?)');
      for (let i = 0; i < 200; i += 1) {
        insert.run('x'.repeat(500));
      }
      let inlinePasses = 0;
      const checkpointer = makeCheckpointer(file, () => {
        inlinePasses += 1;
        return { walFrames: 0, checkpointed: 0 };
      });
      const pass = await checkpointer.pass();
      expect(pass.walFrames).toBeGreaterThanOrEqual(200);
      expect(pass.checkpointed).toBe(pass.walFrames);
      expect(inlinePasses).toBe(0);
      await checkpointer.close();
      // Closed or dead, it still checkpoints: on the calling thread.
      await checkpointer.pass();
      expect(inlinePasses).toBe(1);
    } finally {
      db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
