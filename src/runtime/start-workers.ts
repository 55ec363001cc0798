// Starts this node's background workers (timers, deliveries) on a store; the server runs them in-process unless
// told not to.
import type { Logger } from 'pino';
import type { PlaybookRuntime } from '../core/playbook-runtime/playbook-runtime.js';
import type { ChannelKind } from '../core/playbook/integrations-schema.js';
import { timerEffects } from './timers/timer-effects.js';
import type { EventBus } from './events/event-bus.js';
import type { Store } from '../store/store.js';
import { makeTimersWorker, type TimersWorker } from './timers/timers-worker.js';
import type { Channel } from './deliveries/channel.js';
import { makeChannels } from './deliveries/channels/index.js';
import { makeDeliveriesWorker, type DeliveriesWorker } from './deliveries/deliveries-worker.js';

export interface WorkerDeps {
  store: Store;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: () => Promise<PlaybookRuntime>;
  /** This process's name (nodeName()), recorded in `fired_by` and in delivery leases. */
  nodeId: string;
  /** Where channels read their secrets. */
  env: Readonly<Record<string, string | undefined>>;
  /** The base URL of links in notifications. */
  publicUrl: string;
  /** The channels to deliver through (default: every channel). */
  channels?: Partial<Record<ChannelKind, Channel>>;
  /** How long a leased delivery stays this node's (default 60 s): after a crash, its rows wait this long. */
  deliveryLeaseMs?: number;
  pollMs?: number;
}

export interface Workers {
  timers: TimersWorker;
  deliveries: DeliveriesWorker;
  stop(): Promise<void>;
}

export function startWorkers(deps: WorkerDeps): Workers {
  const timers = makeTimersWorker({
    ...deps,
    effects: timerEffects,
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
  });
  const deliveries = makeDeliveriesWorker({
    ...deps,
    channels: deps.channels ?? makeChannels(),
    ...(deps.deliveryLeaseMs === undefined ? {} : { leaseMs: deps.deliveryLeaseMs }),
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
  });
  timers.start();
  deliveries.start();
  return {
    timers,
    deliveries,
    async stop() {
      await Promise.all([timers.stop(), deliveries.stop()]);
    },
  };
}
