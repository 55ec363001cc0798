// `handoff drill` over many cases on several cores. The JSON Lines stay bytes in memory shared by the threads;
// each thread takes a range of lines (cut at line breaks), decodes, parses and decides them, and sends back only
// what it added up, which the calling thread merges: the report one thread would give. When a frequency trigger
// counts earlier cases with the same key, the threads first report each line's keys; each then decides at once the
// cases no key ties to another thread's, while the tied ones (cases sharing a key, even through other cases, that
// span threads) are gathered into chunks of whole groups and handed to whichever thread is free, one chunk ahead
// (see partition-cases.ts).
import { splitCaseBytes } from '../../core/drills/case-byte-ranges.js';
import type { DrillReport } from '../../core/drills/drill-report.js';
import { chunkEnds, frequencyKeyPaths, sharedKeysOf, tiedGroups } from '../../core/drills/partition-cases.js';
import { type DrillVersion, makeDrillTally } from '../../core/drills/run-drill.js';
import type {
  DrillWorkerChunk,
  DrillWorkerLines,
  DrillWorkerMessage,
  DrillWorkerStart,
  DrillWorkerVersion,
  DrillWorkerWork,
} from './drill-worker.js';
import { type DrillThread, inThreadDrill } from './drill-in-thread.js';
import { endedWith, takeDrillWorkers } from './drill-worker-start.js';
import { markDrill } from './drill-timeline.js';

export interface DrillInWorkersInput {
  /** JSON Lines (see isJsonLinesForWorkers); shared as they are when they fill a SharedArrayBuffer. */
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
  const workers: DrillThread[] = takeDrillWorkers(threads - 1);
  markDrill('workers started');
  // The last range is the calling thread's: it is sent its work last, after the workers have theirs.
  return [...workers, inThreadDrill()];
}

/** Tied cases handed out at a time: small enough that the threads end close together, within bounds. */
function chunkSizeFor(tied: number, threads: number): number {
  return Math.min(2_048, Math.max(256, Math.ceil(tied / (threads * 32))));
}

/** The tied cases as chunk messages (see tiedGroups), each case by its line number and bytes. */
function chunksOf(reports: readonly DrillWorkerLines[], threads: number): DrillWorkerChunk[] {
  const { cases, ends } = tiedGroups(reports);
  // Each case's thread and index among that thread's cases, from its index across all.
  const firsts: number[] = [];
  let total = 0;
  for (const report of reports) {
    firsts.push(total);
    total += report.lines.length;
  }
  const chunks: DrillWorkerChunk[] = [];
  let start = 0;
  for (const end of chunkEnds(ends, chunkSizeFor(cases.length, threads))) {
    const size = end - start;
    const chunk: DrillWorkerChunk = {
      type: 'chunk',
      lines: new Int32Array(size),
      starts: new Float64Array(size),
      ends: new Float64Array(size),
    };
    for (let at = 0; at < size; at += 1) {
      const index = cases[start + at] ?? 0;
      let thread = 0;
      while (thread + 1 < firsts.length && (firsts[thread + 1] ?? 0) <= index) {
        thread += 1;
      }
      const report = reports[thread];
      const own = index - (firsts[thread] ?? 0);
      chunk.lines[at] = report?.lines[own] ?? 0;
      chunk.starts[at] = report?.starts[own] ?? 0;
      chunk.ends[at] = report?.ends[own] ?? 0;
    }
    chunks.push(chunk);
    start = end;
  }
  return chunks;
}

/** The bytes in memory the threads share: as they are when they fill a SharedArrayBuffer, else a copy. */
function sharedCopyOf(bytes: Uint8Array): SharedArrayBuffer {
  const { buffer } = bytes;
  if (
    buffer instanceof SharedArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength
  ) {
    return buffer;
  }
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
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
  const shared = sharedCopyOf(input.bytes);
  const ranges = splitCaseBytes(input.bytes, threads);
  const workers = input.workers ?? startDrillWorkers(threads);
  workers.forEach((worker) => worker.adopt?.(input.version, input.against));
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
  markDrill('work sent');
  const reports: Array<DrillWorkerLines | undefined> = workers.map(() => undefined);
  const finished = workers.map(() => false);
  // Chunks of tied cases not yet handed out, and the pieces of work each thread has been sent and not done. A thread
  // gets its first chunks when it has decided its own untied cases (so the largest groups go to the threads free
  // first), two at once, and then one per chunk done: one is kept ahead, so it never waits for this thread to answer.
  let chunks: DrillWorkerChunk[] = [];
  const pending = workers.map(() => 0);
  const readied = workers.map(() => false);
  const told = workers.map(() => false);
  const send = (to: number, work: DrillWorkerWork) => workers[to]?.postMessage(work);
  /** Sends `to` the next chunk (true), or, when none is left and it has nothing pending, tells it to finish. */
  const give = (to: number): boolean => {
    const chunk = chunks.shift();
    if (chunk !== undefined) {
      pending[to] = (pending[to] ?? 0) + 1;
      send(to, chunk);
      return true;
    }
    if (pending[to] === 0 && told[to] !== true) {
      told[to] = true;
      send(to, { type: 'finish' });
    }
    return false;
  };
  let progress = 0;
  return new Promise<DrillReport>((resolve, reject) => {
    const stop = () => workers.forEach((worker) => void worker.terminate());
    workers.forEach((worker, index) => {
      worker.on('message', (message: DrillWorkerMessage) => {
        if (message.type === 'progress') {
          progress += message.done;
          input.onProgress?.(progress);
        } else if (message.type === 'ready') {
          pending[index] = (pending[index] ?? 1) - 1;
          const first = readied[index] !== true;
          readied[index] = true;
          if (give(index) && first) {
            give(index);
          }
        } else if (message.type === 'lines') {
          reports[index] = message;
          const all = reports.filter((report) => report !== undefined);
          if (all.length === threads) {
            markDrill('keys received');
            // Threads decide the cases no key ties across ranges while the tied ones are gathered into chunks.
            sharedKeysOf(all).forEach((keys, to) => {
              pending[to] = 1;
              send(to, { type: 'shared', keys });
            });
            markDrill('shared keys sent');
            chunks = chunksOf(all, threads);
            markDrill(`tied cases in ${chunks.length} chunks`);
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
    // A worker started ahead that failed before this drill listened.
    const ended = workers.map(endedWith).find((error) => error !== undefined);
    if (ended !== undefined) {
      stop();
      reject(ended);
    }
  });
}
