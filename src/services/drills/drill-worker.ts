// A drill worker thread: compiles the playbook version(s) once, then decides the batches of case lines it is sent,
// in order, and posts each batch's results back (see drill-in-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { type DrillCaseResult, makeDrillDecider } from '../../core/drills/run-drill.js';
import { type DrillSource, drillVersionOf } from './drill-version.js';

export interface DrillWorkerData {
  version: DrillSource;
  against: DrillSource | null;
  now: number;
}

/** A batch of [line number, line text]; an empty batch asks the worker to stop. */
export type DrillWorkerBatch = Array<[number, string]>;

const data = workerData as DrillWorkerData;
const open = (source: DrillSource) => drillVersionOf(source.yaml, source.source, source.version);
const decide = makeDrillDecider(
  open(data.version),
  data.against === null ? null : open(data.against),
  data.now,
);

parentPort?.on('message', (batch: DrillWorkerBatch) => {
  if (batch.length === 0) {
    parentPort?.close();
    return;
  }
  const results: DrillCaseResult[] = [];
  for (const [line, text] of batch) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      results.push(decide({ line, error: `not valid JSON (${(error as Error).message})` }));
      continue;
    }
    results.push(decide({ line, value }));
  }
  parentPort?.postMessage(results);
});
