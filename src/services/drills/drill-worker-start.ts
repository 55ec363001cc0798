// Starts drill worker threads, and holds some started before anything else when the process is a drill: loading a
// worker's modules takes a few hundred milliseconds, which then overlap the calling thread's own loading while the
// second core would otherwise idle. Imports nothing but worker_threads, so starting ahead costs nothing to load.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** The worker threads a drill uses by default: one per core, at most 8 (the calling thread is one of them). */
export const defaultDrillThreads = (): number => Math.min(8, availableParallelism());

let ahead: Worker[] = [];

/** A new drill worker thread, waiting for its cases (see drill-worker.ts). */
export const startDrillWorker = (): Worker => new Worker(new URL('./drill-worker.js', import.meta.url));

/**
 * Starts the workers a drill with the default threads would use, to be taken (or ended) by takeDrillWorkers. Until
 * taken they do not keep the process alive.
 */
export function startDrillWorkersAhead(): void {
  ahead = Array.from({ length: defaultDrillThreads() - 1 }, () => {
    const worker = startDrillWorker();
    worker.unref();
    return worker;
  });
}

/** `count` workers: those started ahead first, then new ones; any started ahead and not taken are ended. */
export function takeDrillWorkers(count: number): Worker[] {
  const taken = ahead.slice(0, count);
  taken.forEach((worker) => worker.ref());
  ahead.slice(count).forEach((worker) => void worker.terminate());
  ahead = [];
  while (taken.length < count) {
    taken.push(startDrillWorker());
  }
  return taken;
}
