// The calling thread as one of a drill's threads (see drill-in-workers.ts): it decides a range itself, over a message
// channel, as a worker thread does over its port.
import { EventEmitter } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import type { DrillVersion } from '../../core/drills/run-drill.js';
import type { DrillWorkerMessage } from './drill-worker.js';
import { drillOnPort } from './drill-worker.js';

/** A thread deciding one range: a worker thread, or the calling thread itself (inThreadDrill). */
export interface DrillThread {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: DrillWorkerMessage) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  /**
   * Hands the thread the versions the calling thread compiled, before its start: only the calling thread's own part
   * can use them (a worker compiles its own from the start message).
   */
  adopt?(version: DrillVersion, against: DrillVersion | null): void;
}

/**
 * The calling thread as one of the drill's threads, over a message channel: it decides a range itself once it
 * has read the input and sent the others their work, rather than wait beside a worker that must load and warm up
 * the same code again. It never exits; an error thrown while deciding, in a message's handling or in work it
 * goes on with afterwards, is reported as the thread's error.
 */
export function inThreadDrill(): DrillThread {
  const { port1, port2 } = new MessageChannel();
  let stopped = false;
  let compiled: { version: DrillVersion; against: DrillVersion | null } | undefined;
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
    fail: (error) => events.emit('error', error),
    stopped: () => stopped,
    versions: () => compiled,
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
    terminate: () => {
      stopped = true;
      port1.close();
    },
    adopt: (version: DrillVersion, against: DrillVersion | null) => {
      compiled = { version, against };
    },
  } as DrillThread;
}
