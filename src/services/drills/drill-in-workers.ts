// `handoff drill` over many cases on several cores: the JSON Lines are split between worker threads (each compiles
// the playbook once), so that cases sharing a frequency key stay in one worker in input order; the results stream
// back and are added up in input order, so the report is the one a single thread would give.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrillReport } from '../../core/drills/drill-report.js';
import { frequencyKeyPaths, makeKeyReader, partitionCases } from '../../core/drills/partition-cases.js';
import { type DrillCaseResult, makeDrillTally } from '../../core/drills/run-drill.js';
import { parsePlaybook } from '../../core/playbook/parse-playbook.js';
import type { DrillSource } from './drill-version.js';
import type { DrillWorkerBatch, DrillWorkerData } from './drill-worker.js';

/** Fewer cases than this are drilled on the calling thread: starting workers costs more than it saves. */
export const MIN_CASES_FOR_WORKERS = 2_000;
const BATCH = 1_000;
/** Lines dealt out in runs of this many when no frequency trigger ties cases together. */
const RUN = 500;

/** The worker threads a drill uses by default: one per core, at most 8. */
export const defaultDrillThreads = (): number => Math.min(8, availableParallelism());

/** JSON Lines as [line number, text], blank lines skipped; null when the text is one JSON document (or array). */
export function splitCaseLines(text: string): Array<[number, string]> | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return [];
  }
  if (!trimmed.includes('\n')) {
    return null;
  }
  try {
    JSON.parse(trimmed);
    return null;
  } catch {
    // Not one document: JSON Lines.
  }
  const lines: Array<[number, string]> = [];
  text.split(/\r?\n/).forEach((body, index) => {
    if (body.trim() !== '') {
      lines.push([index + 1, body]);
    }
  });
  return lines;
}

/** Which worker decides each line. */
function assign(
  lines: ReadonlyArray<[number, string]>,
  sources: readonly DrillSource[],
  threads: number,
): number[] {
  const paths = [
    ...new Set(sources.flatMap((source) => frequencyKeyPaths(parsePlaybook(source.yaml, source.source)))),
  ];
  if (paths.length === 0) {
    return lines.map((_, index) => Math.floor(index / RUN) % threads);
  }
  const keysOf = makeKeyReader(paths);
  return partitionCases(
    lines.map(([, text]) => {
      try {
        return keysOf(JSON.parse(text));
      } catch {
        return [];
      }
    }),
    threads,
  );
}

export interface DrillInWorkersInput {
  lines: ReadonlyArray<[number, string]>;
  version: DrillSource;
  against: DrillSource | null;
  /** The instant to decide at when a case carries no time of its own (ms). */
  now: number;
  threads: number;
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export function drillInWorkers(input: DrillInWorkersInput): Promise<DrillReport> {
  const { lines, threads } = input;
  const sources = input.against === null ? [input.version] : [input.version, input.against];
  const workerOf = assign(lines, sources, threads);
  const nameOf = (source: DrillSource) => ({
    name: source.version === null ? source.source : parsePlaybook(source.yaml, source.source).name,
    version: source.version,
  });
  const tally = makeDrillTally(nameOf(input.version), {
    against: input.against === null ? null : nameOf(input.against),
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
    ...(input.progressEvery === undefined ? {} : { progressEvery: input.progressEvery }),
  });
  const data: DrillWorkerData = { version: input.version, against: input.against, now: input.now };
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./drill-worker.js', import.meta.url), { workerData: data }),
  );
  const queues = workers.map((): DrillCaseResult[] => []);
  const expected = workers.map((_, index) => workerOf.filter((worker) => worker === index).length);
  const taken = workers.map(() => 0);
  let next = 0;
  return new Promise<DrillReport>((resolve, reject) => {
    const stop = () => workers.forEach((worker) => void worker.terminate());
    const drain = () => {
      for (;;) {
        const worker = workerOf[next];
        const result = worker === undefined ? undefined : queues[worker]?.[taken[worker] ?? 0];
        if (worker === undefined || result === undefined) {
          break;
        }
        tally.add(result);
        taken[worker] = (taken[worker] ?? 0) + 1;
        next += 1;
      }
      if (next === lines.length) {
        stop();
        resolve(tally.finish());
      }
    };
    workers.forEach((worker, index) => {
      worker.on('message', (results: DrillCaseResult[]) => {
        queues[index]?.push(...results);
        drain();
      });
      worker.on('error', (error) => {
        stop();
        reject(error);
      });
      worker.on('exit', (code) => {
        if ((queues[index]?.length ?? 0) < (expected[index] ?? 0)) {
          stop();
          reject(new Error(`a drill worker stopped (exit code ${code}) before deciding its cases`));
        }
      });
      const mine: DrillWorkerBatch = [];
      lines.forEach((line, at) => {
        if (workerOf[at] === index) {
          mine.push(line);
        }
      });
      for (let at = 0; at < mine.length; at += BATCH) {
        worker.postMessage(mine.slice(at, at + BATCH));
      }
      worker.postMessage([]);
    });
    if (lines.length === 0) {
      drain();
    }
  });
}
