// Copies the WAL back into the database file on a worker thread, so checkpoints (page copies and an fsync of the
// database file) never hold the event loop. The writer's own automatic checkpoints are turned off.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointPass {
  /** Frames in the WAL when the pass ran, and how many of them are now in the database file. */
  walFrames: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** One PASSIVE checkpoint: copies what it can without waiting for readers or writers. */
  pass(): Promise<CheckpointPass>;
  close(): Promise<void>;
}

// A second connection to the same file; PASSIVE never waits, and synchronous=NORMAL still syncs the WAL before
// copying and the database file after. CommonJS, because an `eval` worker runs as a script.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ id: message, walFrames: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ id: message, error: String(error && error.message || error) });
  }
});
`;

/**
 * Starts the worker on first use. If the worker cannot start or dies, passes run on the calling thread instead
 * (`inline`), so the WAL is always kept in check.
 */
export function makeCheckpointer(file: string, inline: () => CheckpointPass): Checkpointer {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map<
    number,
    { resolve: (pass: CheckpointPass) => void; reject: (error: Error) => void }
  >();

  const failAll = (error: Error): void => {
    broken = true;
    worker = null;
    for (const { reject } of pending.values()) {
      reject(error);
    }
    pending.clear();
  };

  const start = (): Worker => {
    const started = new Worker(workerSource, {
      eval: true,
      workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    // Keeps the process alive only while a pass is under way.
    started.unref();
    started.on('message', (message: { id: number; error?: string } & CheckpointPass) => {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (pending.size === 0) {
        started.unref();
      }
      if (message.error !== undefined) {
        waiter?.reject(new Error(`checkpoint failed: ${message.error}`));
      } else {
        waiter?.resolve({ walFrames: message.walFrames, checkpointed: message.checkpointed });
      }
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', () => failAll(new Error('the checkpoint worker stopped')));
    return started;
  };

  return {
    async pass(): Promise<CheckpointPass> {
      if (broken) {
        return inline();
      }
      try {
        worker ??= start();
        const id = nextId++;
        const running = worker;
        return await new Promise<CheckpointPass>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          running.ref();
          running.postMessage(id);
        });
      } catch {
        broken = true;
        return inline();
      }
    },
    async close(): Promise<void> {
      const running = worker;
      if (running === null) {
        return;
      }
      broken = true;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      // Closing may take a while (the last connection to close checkpoints the WAL): the process waits for it.
      running.ref();
      running.postMessage('close');
      await exited;
    },
  };
}
