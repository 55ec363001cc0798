// A drill worker thread: compiles the playbook version(s) once, decodes and parses its own byte range of the JSON
// Lines (shared with the other threads, never copied), decides its cases in input order and posts back what it
// added up, not a result per case (see drill-in-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { makeMemoryCounterStore } from '../../core/decide/counters.js';
import { type CaseByteRange, forEachLine } from '../../core/drills/case-byte-ranges.js';
import { makeKeyReader } from '../../core/drills/partition-cases.js';
import {
  type DrillInput,
  type DrillPart,
  type DrillVersion,
  makeDrillDecider,
  makeDrillTally,
} from '../../core/drills/run-drill.js';
import type { Playbook } from '../../core/playbook/schema.js';

/** A version as the calling thread parsed and checked it (plain data), so a worker only compiles it. */
export interface DrillWorkerVersion {
  name: string;
  version: number | null;
  playbook: Playbook;
}

export interface DrillWorkerData {
  version: DrillWorkerVersion;
  against: DrillWorkerVersion | null;
  now: number;
  /** The whole input, shared by every thread. */
  input: SharedArrayBuffer;
  range: CaseByteRange;
  /** The frequency keys of both versions: when any, cases sharing a key must be decided by one thread. */
  keyPaths: string[];
  /** Post progress every this many cases (0: never). */
  progressEvery: number;
}

/** This worker's lines (in input order): where they are, and the frequency keys of each. */
export interface DrillWorkerLines {
  type: 'lines';
  lines: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** How many of `keys` belong to each line, in order. */
  keyCounts: Uint32Array;
  keys: string[];
}

/**
 * The cases this worker decides, in input order: its own (by index into the lines it reported) and, where a
 * frequency key ties them to its own, some of other workers' (by line number and bytes, index -1).
 */
export interface DrillWorkerPlan {
  type: 'plan';
  own: Int32Array;
  lines: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
}

export type DrillWorkerMessage =
  DrillWorkerLines | { type: 'progress'; done: number } | { type: 'done'; part: DrillPart };

const data = workerData as DrillWorkerData;
const bytes = Buffer.from(data.input);
// As drillVersionOf compiles, each version with a counter store of its own.
const open = ({ name, version, playbook }: DrillWorkerVersion): DrillVersion => ({
  name,
  version,
  decider: compilePlaybook(playbook, { counters: makeMemoryCounterStore() }),
});
const version = open(data.version);
const against = data.against === null ? null : open(data.against);
const decide = makeDrillDecider(version, against, data.now);
const tally = makeDrillTally(version, { against });
const post = (message: DrillWorkerMessage) => parentPort?.postMessage(message);

/** A line as the single-thread reader reads it: null when blank, else its case or why it is not JSON. */
function read(line: number, start: number, end: number): DrillInput | null {
  const text = bytes.toString('utf8', start, end);
  if (text.trim() === '') {
    return null;
  }
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, error: `not valid JSON (${(error as Error).message})` };
  }
}

let done = 0;
function add(input: DrillInput): void {
  tally.add(decide(input));
  done += 1;
  if (data.progressEvery > 0 && done % data.progressEvery === 0) {
    post({ type: 'progress', done: data.progressEvery });
  }
}

function finish(): void {
  post({ type: 'done', part: tally.part() });
  parentPort?.close();
}

if (data.keyPaths.length === 0) {
  forEachLine(bytes, data.range, (line, start, end) => {
    const input = read(line, start, end);
    if (input !== null) {
      add(input);
    }
  });
  finish();
} else {
  // Read and parse once; report each line's keys; then decide what the main thread hands this worker.
  const keysOf = makeKeyReader(data.keyPaths);
  const held: DrillInput[] = [];
  const lines: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keyCounts: number[] = [];
  const keys: string[] = [];
  forEachLine(bytes, data.range, (line, start, end) => {
    const input = read(line, start, end);
    if (input === null) {
      return;
    }
    const found = 'value' in input ? keysOf(input.value) : [];
    held.push(input);
    lines.push(line);
    starts.push(start);
    ends.push(end);
    keyCounts.push(found.length);
    keys.push(...found);
  });
  post({
    type: 'lines',
    lines: Int32Array.from(lines),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    keyCounts: Uint32Array.from(keyCounts),
    keys,
  });
  parentPort?.once('message', (plan: DrillWorkerPlan) => {
    for (let at = 0; at < plan.own.length; at += 1) {
      const own = plan.own[at] ?? -1;
      const input =
        own >= 0 ? held[own] : read(plan.lines[at] ?? 0, plan.starts[at] ?? 0, plan.ends[at] ?? 0);
      if (own >= 0) {
        // Decided once: let the parsed case go.
        held[own] = { line: 0, error: '' };
      }
      if (input !== undefined && input !== null) {
        add(input);
      }
    }
    finish();
  });
}
