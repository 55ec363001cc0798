// Starts this node's background workers (timers) on a store; the server runs them in-process unless told not to.
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { PlaybookRuntime } from '../escalations/playbook-runtime.js';
import { timerEffects } from '../escalations/timer-effects.js';
import type { EventBus } from '../events/event-bus.js';
import type { Store } from '../store/store.js';
import { makeTimersWorker, type TimersWorker } from '../workers/timers-worker.js';

export interface WorkerDeps {
  store: Store;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: () => Promise<PlaybookRuntime>;
  pollMs?: number;
}

/** A name for this node in `fired_by`: host, process and a random tail (two processes on one host differ). */
export const nodeName = (): string => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 6)}`;

export function startWorkers(deps: WorkerDeps): TimersWorker {
  const worker = makeTimersWorker({ ...deps, effects: timerEffects, nodeId: nodeName(), ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }) });
  worker.start();
  return worker;
}
