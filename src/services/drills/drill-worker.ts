// A drill worker thread: started before the input is read (so that loading its modules overlaps the calling
// thread's work), it is then sent the input (bytes shared by every thread, never copied) and its byte range,
// compiles the playbook version(s), decodes and parses its lines, decides them and posts back what it added up,
// not a result per case (see drill-in-workers.ts).
import { parentPort } from 'node:worker_threads';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { type CaseByteRange, forEachLine } from '../../core/drills/case-byte-ranges.js';
import { makeKeyReader, untiedCases } from '../../core/drills/partition-cases.js';
import { makeByteKeyReader } from '../../core/drills/scan-case-keys.js';
import {
  type DrillInput,
  type DrillPart,
  type DrillVersion,
  drillCounterStore,
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

/** This worker's lines (in input order): where they are, and the frequency keys of each (see makeKeyReader). */
export interface DrillWorkerLines {
  type: 'lines';
  lines: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** How many of `keys` belong to each line, in order. */
  keyCounts: Uint32Array;
  keys: Int32Array;
}

/**
 * The keys of this worker's lines that other workers' lines have too. A case tied by no such key (even through
 * other cases of this worker) is this worker's alone: it decides them at once, then says it is ready.
 */
export interface DrillWorkerShared {
  type: 'shared';
  keys: Int32Array;
}

/** Tied cases to decide, in this order (whole groups, each in input order), by line number and bytes. */
export interface DrillWorkerChunk {
  type: 'chunk';
  lines: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
}

/** What the calling thread sends a worker after its start. */
export type DrillWorkerWork = DrillWorkerShared | DrillWorkerChunk | { type: 'finish' };

/** What a worker posts: its lines, progress, that it is ready for more (after the shared keys or a chunk), its totals. */
export type DrillWorkerMessage =
  | DrillWorkerLines
  | { type: 'progress'; done: number }
  | { type: 'ready' }
  | { type: 'done'; part: DrillPart };

/** Cases decided between two looks at the message queue. */
const SLICE = 500;

markDrill('decision modules loaded');

// As drillVersionOf compiles, each version with a counter store of its own.
const open = ({ name, version, playbook }: DrillWorkerVersion): DrillVersion => ({
  name,
  version,
  decider: compilePlaybook(playbook, { counters: drillCounterStore() }),
});

/** What a drill part needs of its channel: a worker's parentPort, or the calling thread's own (inThreadDrill). */
export interface DrillPort {
  postMessage(message: DrillWorkerMessage): void;
  on(event: 'message', listener: (message: DrillWorkerWork) => void): unknown;
  once(event: 'message', listener: (start: DrillWorkerStart) => void): unknown;
  /** Reports an error thrown while deciding, after the message that brought the work was handled. */
  fail(error: unknown): void;
  /** Whether the part was stopped (the drill failed elsewhere): it then drops its work. */
  stopped?(): boolean;
  /** The versions already compiled on this thread (the calling thread's part), so that it does not compile them again. */
  versions?(): { version: DrillVersion; against: DrillVersion | null } | undefined;
}

function drill(data: DrillWorkerStart, port: DrillPort, close: () => void): void {
  const post = (message: DrillWorkerMessage) => port.postMessage(message);
  const bytes = Buffer.from(data.input);
  markDrill('start received');
  const given = port.versions?.();
  const version = given?.version ?? open(data.version);
  const against = given !== undefined ? given.against : data.against === null ? null : open(data.against);
  const decide = makeDrillDecider(version, against, data.now);
  const tally = makeDrillTally(version, { against });
  markDrill('playbook compiled');

  /** A line as the single-thread reader reads it: null when blank, else its case or why it is not JSON. */
  const read = (line: number, start: number, end: number): DrillInput | null =>
    readCaseLine(line, bytes.toString('utf8', start, end));

  let done = 0;
  const decideAt = (line: number, start: number, end: number): void => {
    const input = read(line, start, end);
    if (input === null) {
      return;
    }
    tally.add(decide(input));
    done += 1;
    if (data.progressEvery > 0 && done % data.progressEvery === 0) {
      post({ type: 'progress', done: data.progressEvery });
    }
  };

  const finish = (): void => {
    markDrill(`decided (${done})`);
    post({ type: 'done', part: tally.part() });
    close();
  };

  // Work is done a slice at a time, the message queue looked at between slices (so the calling thread's part answers
  // the others promptly, and a stopped part stops); each piece sent (the shared keys' untied cases, a chunk) done,
  // the part says it is ready for more; told to finish, it posts its totals once the queue is empty.
  const queue: Array<{
    next: number;
    count: number;
    at: (index: number) => void;
    last: string;
    ready: boolean;
  }> = [];
  let finishing = false;
  let running = false;
  const step = (): void => {
    running = true;
    if (port.stopped?.() === true) {
      queue.length = 0;
      running = false;
      return;
    }
    let budget = SLICE;
    while (queue.length > 0 && budget > 0) {
      const work = queue[0];
      if (work === undefined) {
        break;
      }
      while (work.next < work.count && budget > 0) {
        work.at(work.next);
        work.next += 1;
        budget -= 1;
      }
      if (work.next >= work.count) {
        queue.shift();
        if (work.last !== '') {
          markDrill(`${work.last} (${done})`);
        }
        if (work.ready) {
          post({ type: 'ready' });
        }
      }
    }
    if (queue.length > 0) {
      setImmediate(run);
      return;
    }
    running = false;
    if (finishing) {
      finish();
    }
  };
  function run(): void {
    try {
      step();
    } catch (error) {
      queue.length = 0;
      port.fail(error);
    }
  }

  if (data.keyPaths.length === 0) {
    // No key ties cases together: the whole range, in order.
    const at: number[] = [];
    forEachLine(bytes, data.range, (line, start, end) => at.push(line, start, end));
    queue.push({
      next: 0,
      count: at.length / 3,
      at: (index) => decideAt(at[3 * index] ?? 0, at[3 * index + 1] ?? 0, at[3 * index + 2] ?? 0),
      last: '',
      ready: false,
    });
    finishing = true;
    run();
    return;
  }
  // Read each line for its keys and let the parsed case go (holding every case of a range until it is decided
  // made garbage collection copy and mark them all: parsing a line again costs less), and report the keys.
  // Most lines' keys are read from their bytes alone; a line they cannot answer for is parsed.
  const keysInBytes = makeByteKeyReader(data.keyPaths);
  const keysOf = makeKeyReader(data.keyPaths);
  const lines: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keyCounts: number[] = [];
  const keys: number[] = [];
  forEachLine(bytes, data.range, (line, start, end) => {
    let found = keysInBytes(bytes, start, end);
    if (found === 'blank') {
      return;
    }
    if (found === undefined) {
      const input = read(line, start, end);
      if (input === null) {
        return;
      }
      found = 'value' in input ? keysOf(input.value) : [];
    }
    lines.push(line);
    starts.push(start);
    ends.push(end);
    keyCounts.push(found.length);
    for (const key of found) {
      keys.push(key);
    }
  });
  markDrill(`keys read (${lines.length})`);
  const mine = { keyCounts: Uint32Array.from(keyCounts), keys: Int32Array.from(keys) };
  post({
    type: 'lines',
    lines: Int32Array.from(lines),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    ...mine,
  });

  port.on('message', (message: DrillWorkerWork) => {
    if (message.type === 'shared') {
      const untied = untiedCases(mine, message.keys);
      const own: number[] = [];
      untied.forEach((isUntied, index) => {
        if (isUntied === 1) {
          own.push(index);
        }
      });
      queue.push({
        next: 0,
        count: own.length,
        at: (index) => {
          const at = own[index] ?? 0;
          decideAt(lines[at] ?? 0, starts[at] ?? 0, ends[at] ?? 0);
        },
        last: 'untied cases decided',
        ready: true,
      });
    } else if (message.type === 'chunk') {
      queue.push({
        next: 0,
        count: message.lines.length,
        at: (index) =>
          decideAt(message.lines[index] ?? 0, message.starts[index] ?? 0, message.ends[index] ?? 0),
        last: '',
        ready: true,
      });
    } else {
      finishing = true;
    }
    if (!running) {
      run();
    }
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
  const parent = parentPort;
  const port: DrillPort = {
    postMessage: (message) => parent.postMessage(message),
    on: (event, listener) => parent.on(event, listener),
    once: (event, listener) => parent.once(event, listener),
    // Thrown again, so the worker ends with it and the calling thread gets it as the worker's 'error'.
    fail: (error) => {
      throw error;
    },
  };
  port.once('message', (start: DrillWorkerStart) => drill(start, port, () => parent.close()));
}
