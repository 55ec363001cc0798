// Starts this node's background workers (timers) on a store; the server runs them in-process unless told not to.
import type { Logger } from 'pino';
import type { PlaybookRuntime } from '../core/playbook-runtime/playbook-runtime.js';
import { timerEffects } from './timers/timer-effects.js';
import type { EventBus } from './events/event-bus.js';
import type { Store } from '../store/store.js';
import { makeTimersWorker, type TimersWorker } from './timers/timers-worker.js';

export interface WorkerDeps {
  store: Store;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: () => Promise<PlaybookRuntime>;
  /** This process's name (nodeName()), recorded in `fired_by`. */
  nodeId: string;
  pollMs?: number;
}

export function startWorkers(deps: WorkerDeps): TimersWorker {
  const worker = makeTimersWorker({
    ...deps,
    effects: timerEffects,
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
  });
  worker.start();
  return worker;
}
