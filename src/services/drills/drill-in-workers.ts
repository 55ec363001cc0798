// `handoff drill` over many cases on several cores. The JSON Lines stay bytes in memory shared by the threads;
// each worker thread takes a range of lines (cut at line breaks), decodes, parses and decides them, and sends
// back only what it added up, which the calling thread merges: the report one thread would give. When a
// frequency trigger counts earlier cases with the same key, the workers first report each line's keys, and cases
// that share a key are decided by one worker, in input order (see partition-cases.ts).
import { EventEmitter } from 'node:events';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import { countLineBreaks, splitCaseBytes } from '../../core/drills/case-byte-ranges.js';
import type { DrillReport } from '../../core/drills/drill-report.js';
import { frequencyKeyPaths, partitionCases } from '../../core/drills/partition-cases.js';
import { type DrillVersion, makeDrillTally } from '../../core/drills/run-drill.js';
import type {
  DrillWorkerLines,
  DrillWorkerMessage,
  DrillWorkerPlan,
  DrillWorkerShared,
  DrillWorkerStart,
  DrillWorkerVersion,
} from './drill-worker.js';
import { drillOnPort } from './drill-worker.js';
import { markDrill } from './drill-timeline.js';

/** A thread deciding one range: a worker thread, or the calling thread itself (inThreadDrill). */
export interface DrillThread {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: DrillWorkerMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/**
 * The calling thread as one of the drill's threads, over a message channel: it decides a range itself once it
 * has read the input and sent the others their work, rather than wait beside a worker that must load and warm up
 * the same code again. It never exits; an error thrown while deciding is reported as the thread's error.
 */
function inThreadDrill(): DrillThread {
  const { port1, port2 } = new MessageChannel();
  const events = new EventEmitter();
  const guarded = new EventEmitter();
  port1.on('message', (message: unknown) => {
    try {
      guarded.emit('message', message);
    } catch (error) {
      events.emit('error', error);
    }
  });
  // The part listens through the guard above, so that an error it throws is this thread's error.
  drillOnPort({
    on: (event, listener) => guarded.on(event, listener),
    once: (event, listener) => guarded.once(event, listener),
    postMessage: (message) => port1.postMessage(message),
  });
  port2.on('message', (message: DrillWorkerMessage) => {
    if (message.type === 'done') {
      port1.close();
    }
    events.emit('message', message);
  });
  return {
    postMessage: (message) => port2.postMessage(message),
    on: (event: string, listener: (value: unknown) => void) =>
      event === 'exit' ? events : events.on(event, listener),
    terminate: () => port1.close(),
  } as DrillThread;
}

/** Fewer lines than this are drilled on the calling thread: starting workers costs more than it saves. */
export const MIN_CASES_FOR_WORKERS = 2_000;

/** The worker threads a drill uses by default: one per core, at most 8. */
export const defaultDrillThreads = (): number => Math.min(8, availableParallelism());

const NEWLINE = 0x0a;
const isJsonSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Whether the input is worth drilling on workers: enough lines, and JSON Lines rather than one JSON document
 * (an array, or one case over several lines), as the single-thread reader tells them apart. A first line that is
 * a whole JSON value, followed by more than JSON whitespace, settles it without decoding the rest.
 */
export function isJsonLinesForWorkers(bytes: Buffer): boolean {
  if (countLineBreaks(bytes) + 1 < MIN_CASES_FOR_WORKERS) {
    return false;
  }
  for (let start = 0; start < bytes.length;) {
    const found = bytes.indexOf(NEWLINE, start);
    const end = found === -1 ? bytes.length : found;
    const first = bytes.toString('utf8', start, end).trim();
    if (first !== '') {
      let isWholeValue = true;
      try {
        JSON.parse(first);
      } catch {
        isWholeValue = false;
      }
      if (isWholeValue) {
        for (let at = end; at < bytes.length; at += 1) {
          if (!isJsonSpace(bytes[at])) {
            return true;
          }
        }
        return false;
      }
      try {
        JSON.parse(bytes.toString('utf8').trim());
        return false;
      } catch {
        return true;
      }
    }
    start = end + 1;
  }
  return false;
}

export interface DrillInWorkersInput {
  /** JSON Lines (see isJsonLinesForWorkers). */
  bytes: Uint8Array;
  /** Compiled on the calling thread (which so checked them); each worker compiles the same playbooks again. */
  version: DrillVersion;
  against: DrillVersion | null;
  /** The instant to decide at when a case carries no time of its own (ms). */
  now: number;
  threads: number;
  /** Workers started ahead (startDrillWorkers, as many as `threads`), which load their modules meanwhile. */
  workers?: DrillThread[];
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

/**
 * Starts `threads` drill workers, each waiting for its cases: started before the input is read and the playbook
 * compiled, they load their modules meanwhile. Terminate them if they are not given a drill.
 */
export function startDrillWorkers(threads: number): DrillThread[] {
  const workers: DrillThread[] = Array.from(
    { length: threads - 1 },
    () => new Worker(new URL('./drill-worker.js', import.meta.url)),
  );
  markDrill('workers started');
  // The last range is the calling thread's: it is sent its work last, after the workers have theirs.
  return [...workers, inThreadDrill()];
}

/** For each worker, the keys of its lines that another worker's lines have too. */
function sharedKeysOf(reports: readonly DrillWorkerLines[]): DrillWorkerShared[] {
  const holder = new Map<string, number>();
  reports.forEach((report, worker) => {
    for (const key of report.keys) {
      const was = holder.get(key);
      if (was === undefined) {
        holder.set(key, worker);
      } else if (was !== worker && was !== -1) {
        holder.set(key, -1);
      }
    }
  });
  return reports.map((report) => ({
    type: 'shared',
    keys: [...new Set(report.keys.filter((key) => holder.get(key) === -1))],
  }));
}

/** Each worker's cases when frequency keys tie some across ranges: its own, and the others' it must decide. */
function plansOf(reports: readonly DrillWorkerLines[], threads: number): DrillWorkerPlan[] {
  const keysOf: string[][] = [];
  const homeOf: number[] = [];
  reports.forEach((report, worker) => {
    let next = 0;
    for (const count of report.keyCounts) {
      keysOf.push(report.keys.slice(next, next + count));
      homeOf.push(worker);
      next += count;
    }
  });
  const workerOf = partitionCases(keysOf, threads, homeOf);
  // Sized first, then filled in one pass over the lines: this runs on the calling thread while it could decide.
  const sizes = new Int32Array(threads);
  for (const worker of workerOf) {
    sizes[worker] = (sizes[worker] ?? 0) + 1;
  }
  const plans = Array.from({ length: threads }, (_, worker): DrillWorkerPlan => {
    const size = sizes[worker] ?? 0;
    return {
      type: 'plan',
      own: new Int32Array(size),
      lines: new Int32Array(size),
      starts: new Float64Array(size),
      ends: new Float64Array(size),
    };
  });
  const filled = new Int32Array(threads);
  let at = 0;
  // Ranges are in input order, and so are the lines of each: each plan is in input order.
  reports.forEach((report, home) => {
    for (let index = 0; index < report.lines.length; index += 1, at += 1) {
      const worker = workerOf[at] ?? 0;
      const plan = plans[worker];
      if (plan === undefined) {
        continue;
      }
      const slot = filled[worker] ?? 0;
      filled[worker] = slot + 1;
      plan.own[slot] = home === worker ? index : -1;
      plan.lines[slot] = report.lines[index] ?? 0;
      plan.starts[slot] = report.starts[index] ?? 0;
      plan.ends[slot] = report.ends[index] ?? 0;
    }
  });
  return plans;
}

export function drillInWorkers(input: DrillInWorkersInput): Promise<DrillReport> {
  const { threads } = input;
  const versions = input.against === null ? [input.version] : [input.version, input.against];
  const keyPaths = [...new Set(versions.flatMap(({ decider }) => frequencyKeyPaths(decider.playbook)))];
  const forWorker = ({ name, version, decider }: DrillVersion): DrillWorkerVersion => ({
    name,
    version,
    playbook: decider.playbook,
  });
  const tally = makeDrillTally(input.version, {
    against: input.against,
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
    ...(input.progressEvery === undefined ? {} : { progressEvery: input.progressEvery }),
  });
  const shared = new SharedArrayBuffer(input.bytes.length);
  new Uint8Array(shared).set(input.bytes);
  const ranges = splitCaseBytes(input.bytes, threads);
  const workers = input.workers ?? startDrillWorkers(threads);
  workers.forEach((worker, index) => {
    const start: DrillWorkerStart = {
      type: 'start',
      version: forWorker(input.version),
      against: input.against === null ? null : forWorker(input.against),
      now: input.now,
      input: shared,
      range: ranges[index] ?? { start: 0, end: 0, firstLine: 1 },
      keyPaths,
      progressEvery: input.onProgress === undefined ? 0 : (input.progressEvery ?? 1_000),
    };
    worker.postMessage(start);
  });
  const reports: Array<DrillWorkerLines | undefined> = workers.map(() => undefined);
  const finished = workers.map(() => false);
  let progress = 0;
  return new Promise<DrillReport>((resolve, reject) => {
    const stop = () => workers.forEach((worker) => void worker.terminate());
    workers.forEach((worker, index) => {
      worker.on('message', (message: DrillWorkerMessage) => {
        if (message.type === 'progress') {
          progress += message.done;
          input.onProgress?.(progress);
        } else if (message.type === 'lines') {
          reports[index] = message;
          const all = reports.filter((report) => report !== undefined);
          if (all.length === threads) {
            markDrill('keys received');
            // Workers decide the cases no key ties across ranges while the rest is planned.
            sharedKeysOf(all).forEach((keys, to) => workers[to]?.postMessage(keys));
            markDrill('shared keys sent');
            plansOf(all, threads).forEach((plan, to) => workers[to]?.postMessage(plan));
            markDrill('plans sent');
          }
        } else {
          tally.merge(message.part);
          finished[index] = true;
          if (finished.every(Boolean)) {
            markDrill('totals merged');
            // Each worker closed its port after its totals and ends by itself (its last output not cut off).
            resolve(tally.finish());
          }
        }
      });
      worker.on('error', (error) => {
        stop();
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!finished[index]) {
          stop();
          reject(new Error(`a drill worker stopped (exit code ${code}) before deciding its cases`));
        }
      });
    });
  });
}
