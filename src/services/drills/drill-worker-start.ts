// Starts drill worker threads, and holds some started before anything else when the process is a drill: loading a
// worker's modules takes a few hundred milliseconds, which then overlap the calling thread's own loading while the
// second core would otherwise idle; and readies V8's compiler for a drill's threads (tuneCompilerForDrill). Imports
// nothing but node's own modules, so starting ahead costs nothing to load.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/**
 * Makes V8's optimising compiler inline less in this process (all its threads): a drill is a few seconds long, and
 * each thread's isolate optimises the same few hundred functions again while the threads use both cores; with a
 * smaller inlining budget (200 bytes of bytecode inlined per function instead of 920) those compilations cost less
 * than the code they produce loses. Measured on 100,000 cases taking turns with the default (bench/README.md): 0.94x
 * the wall and 0.93x the CPU time. Call it before any worker starts; it changes no result, only the time.
 */
export function tuneCompilerForDrill(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

/** The worker threads a drill uses by default: one per core, at most 8 (the calling thread is one of them). */
export const defaultDrillThreads = (): number => Math.min(8, availableParallelism());

let ahead: Worker[] = [];
// How each worker ended, kept until a drill listens to it: an error before then must neither crash the process nor
// be missed.
const ends = new WeakMap<Worker, Error>();

/** A new drill worker thread, waiting for its cases (see drill-worker.ts). */
export function startDrillWorker(): Worker {
  const worker = new Worker(new URL('./drill-worker.js', import.meta.url));
  worker.on('error', (error: Error) => {
    if (!ends.has(worker)) {
      ends.set(worker, error);
    }
  });
  worker.on('exit', (code: number) => {
    if (!ends.has(worker)) {
      ends.set(worker, new Error(`a drill worker stopped (exit code ${code}) before deciding its cases`));
    }
  });
  return worker;
}

/** How a worker started here ended, if it has: its error, or that it stopped. */
export const endedWith = (worker: unknown): Error | undefined =>
  worker instanceof Worker ? ends.get(worker) : undefined;

/** The threads `--threads N` asks for in a drill's arguments, or the default. */
export function threadsIn(argv: readonly string[]): number {
  const at = argv.findIndex((argument) => argument === '--threads' || argument.startsWith('--threads='));
  const given = at === -1 ? undefined : (argv[at]?.split('=')[1] ?? argv[at + 1]);
  const threads = Number(given);
  return given !== undefined && Number.isInteger(threads) && threads >= 1
    ? Math.min(threads, 64)
    : defaultDrillThreads();
}

/**
 * Starts the workers a drill with these arguments would use, to be taken (or ended) by takeDrillWorkers. Until
 * taken they do not keep the process alive.
 */
export function startDrillWorkersAhead(argv: readonly string[]): void {
  ahead = Array.from({ length: threadsIn(argv) - 1 }, () => {
    const worker = startDrillWorker();
    worker.unref();
    return worker;
  });
}

/** `count` workers: those started ahead and still running first, then new ones; the others started ahead end. */
export function takeDrillWorkers(count: number): Worker[] {
  const running = ahead.filter((worker) => !ends.has(worker));
  const taken = running.slice(0, count);
  taken.forEach((worker) => worker.ref());
  ahead.filter((worker) => !taken.includes(worker)).forEach((worker) => void worker.terminate());
  ahead = [];
  while (taken.length < count) {
    taken.push(startDrillWorker());
  }
  return taken;
}
