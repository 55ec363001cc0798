// What every use-case verb gets: the store, the clock, the logger, who is acting, and the active playbook.
import type { Logger } from 'pino';
import type { CustomerLookup } from './core/playbook/enrich-schema.js';
import type { PlaybookRuntime } from './core/playbook-runtime/playbook-runtime.js';
import type { EventBus } from './runtime/events/event-bus.js';
import type { Store } from './store/database.js';

export type Scope = 'agent' | 'human' | 'admin';

/** Who is acting: an API key's holder, or the system itself (workers, backfill). */
export interface Actor {
  kind: Scope | 'system';
  keyId: string | null;
  name: string;
  /** The person a human key belongs to (people of the playbook). */
  personId: string | null;
}

export const systemActor: Actor = { kind: 'system', keyId: null, name: 'handoff', personId: null };

export interface Context {
  store: Store;
  clock: () => number;
  logger: Logger;
  actor: Actor;
  /** Where committed timeline events go for live listeners. */
  events: EventBus;
  /** The active playbook version, compiled; reloaded when another version is activated. */
  playbook(): Promise<PlaybookRuntime>;
  /** The CRM lookup of the playbook's `enrich:` section; absent, evaluate decides without it. */
  lookupCustomer?: CustomerLookup | undefined;
}
