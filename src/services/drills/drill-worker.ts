// A drill worker thread: started before the input is read (so that loading its modules overlaps the calling
// thread's work), it is then sent the input (bytes shared by every thread, never copied) and its byte range,
// compiles the playbook version(s), decodes and parses its lines, decides them and posts back what it added up,
// not a result per case (see drill-in-workers.ts).
import { parentPort } from 'node:worker_threads';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { makeMemoryCounterStore } from '../../core/decide/counters.js';
import { type CaseByteRange, forEachLine } from '../../core/drills/case-byte-ranges.js';
import { KeyUnion } from '../../core/drills/key-union.js';
import { makeKeyReader } from '../../core/drills/partition-cases.js';
import {
  type DrillInput,
  type DrillPart,
  type DrillVersion,
  makeDrillDecider,
  makeDrillTally,
  readCaseLine,
} from '../../core/drills/run-drill.js';
import type { Playbook } from '../../core/playbook/schema.js';
import { markDrill } from './drill-timeline.js';

/** A version as the calling thread parsed and checked it (plain data), so a worker only compiles it. */
export interface DrillWorkerVersion {
  name: string;
  version: number | null;
  playbook: Playbook;
}

/** What a worker drills: the first message it is sent. */
export interface DrillWorkerStart {
  type: 'start';
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
 * The keys of this worker's lines that other workers' lines have too. A case tied by no such key (even through
 * other cases of this worker) stays with this worker whatever the plan: it is decided while the plan is made.
 */
export interface DrillWorkerShared {
  type: 'shared';
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

markDrill('modules loaded');

// As drillVersionOf compiles, each version with a counter store of its own.
const open = ({ name, version, playbook }: DrillWorkerVersion): DrillVersion => ({
  name,
  version,
  decider: compilePlaybook(playbook, { counters: makeMemoryCounterStore() }),
});

/** Which of this worker's cases no shared key ties to another worker's (by union of the keys they share). */
function untiedCases(keyCounts: readonly number[], keys: readonly string[], shared: readonly string[]) {
  const union = new KeyUnion();
  const firstKey = new Int32Array(keyCounts.length);
  let next = 0;
  keyCounts.forEach((count, index) => {
    firstKey[index] = union.join(keys, next, next + count);
    next += count;
  });
  const tied = new Set<number>();
  for (const key of shared) {
    const number = union.numberOf(key);
    if (number !== undefined) {
      tied.add(union.find(number));
    }
  }
  return Array.from(firstKey, (key) => key === -1 || !tied.has(union.find(key)));
}

/** What a drill part needs of its channel: a worker's parentPort, or the calling thread's own (inThreadDrill). */
export interface DrillPort {
  postMessage(message: DrillWorkerMessage | DrillWorkerLines): void;
  on(event: 'message', listener: (message: DrillWorkerShared | DrillWorkerPlan) => void): unknown;
  once(event: 'message', listener: (start: DrillWorkerStart) => void): unknown;
}

function drill(data: DrillWorkerStart, port: DrillPort, close: () => void): void {
  const post = (message: DrillWorkerMessage) => port.postMessage(message);
  const bytes = Buffer.from(data.input);
  const version = open(data.version);
  const against = data.against === null ? null : open(data.against);
  const decide = makeDrillDecider(version, against, data.now);
  const tally = makeDrillTally(version, { against });
  markDrill('playbook compiled');

  /** A line as the single-thread reader reads it: null when blank, else its case or why it is not JSON. */
  const read = (line: number, start: number, end: number): DrillInput | null =>
    readCaseLine(line, bytes.toString('utf8', start, end));

  let done = 0;
  const add = (input: DrillInput): void => {
    tally.add(decide(input));
    done += 1;
    if (data.progressEvery > 0 && done % data.progressEvery === 0) {
      post({ type: 'progress', done: data.progressEvery });
    }
  };

  const finish = (): void => {
    markDrill('decided');
    post({ type: 'done', part: tally.part() });
    close();
  };

  if (data.keyPaths.length === 0) {
    forEachLine(bytes, data.range, (line, start, end) => {
      const input = read(line, start, end);
      if (input !== null) {
        add(input);
      }
    });
    finish();
    return;
  }
  // Read and parse once; report each line's keys; decide the cases no other worker's share a key with while the
  // calling thread plans the rest; then decide what the plan hands this worker.
  const keysOf = makeKeyReader(data.keyPaths);
  const held: Array<DrillInput | null> = [];
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
  markDrill('keys read');
  port.postMessage({
    type: 'lines',
    lines: Int32Array.from(lines),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    keyCounts: Uint32Array.from(keyCounts),
    keys,
  } satisfies DrillWorkerLines);
  const decideOwn = (own: number) => {
    const input = held[own];
    if (input !== null && input !== undefined) {
      // Decided once: let the parsed case go.
      held[own] = null;
      add(input);
    }
  };
  port.on('message', (message: DrillWorkerShared | DrillWorkerPlan) => {
    if (message.type === 'shared') {
      untiedCases(keyCounts, keys, message.keys).forEach((untied, own) => {
        if (untied) {
          decideOwn(own);
        }
      });
      markDrill('untied cases decided');
      return;
    }
    markDrill('plan received');
    for (let at = 0; at < message.own.length; at += 1) {
      const own = message.own[at] ?? -1;
      if (own >= 0) {
        decideOwn(own);
      } else {
        const input = read(message.lines[at] ?? 0, message.starts[at] ?? 0, message.ends[at] ?? 0);
        if (input !== null) {
          add(input);
        }
      }
    }
    finish();
  });
}

/**
 * Runs a drill worker's part on `port` in the calling thread (the calling thread decides one range itself rather
 * than idle beside its workers: one isolate fewer to load and warm up).
 */
export function drillOnPort(port: DrillPort): void {
  port.once('message', (start) => drill(start, port, () => undefined));
}

if (parentPort !== null) {
  const port = parentPort;
  port.once('message', (start: DrillWorkerStart) => drill(start, port, () => port.close()));
}
