// Service-level suites' helpers: a context and a timers worker on a test store, with a clock the test moves.
import pino from 'pino';
import type { Actor, Context } from '../src/context.js';
import { evaluateCase } from '../src/services/escalations/evaluate-case.js';
import type { PlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { timerEffects } from '../src/runtime/timers/timer-effects.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import type { Store } from '../src/store/database.js';
import { makeTimersWorker, type TimersWorker } from '../src/runtime/timers/timers-worker.js';

export const admin: Actor = { kind: 'admin', keyId: 'k-admin', name: 'admin', personId: null };
export const agent: Actor = { kind: 'agent', keyId: 'k-agent', name: 'bot', personId: null };

const silent = pino({ level: 'silent' });

export interface ServiceDeps {
  store: () => Store;
  clock: () => number;
  playbook: () => Promise<PlaybookRuntime>;
}

/** What a verb gets: the test's store, clock and playbook, acting as `actor`. */
export const serviceContext = (deps: ServiceDeps, actor: Actor): Context => ({
  store: deps.store(),
  clock: deps.clock,
  logger: silent,
  events: makeEventBus(),
  actor,
  playbook: deps.playbook,
});

/** A timers worker with the real effects, on the test's clock. */
export const serviceWorker = (
  deps: ServiceDeps,
  options: { nodeId?: string; batch?: number } = {},
): TimersWorker =>
  makeTimersWorker({
    store: deps.store(),
    clock: deps.clock,
    logger: silent,
    events: makeEventBus(),
    playbook: deps.playbook,
    effects: timerEffects,
    nodeId: options.nodeId ?? 'test',
    ...(options.batch === undefined ? {} : { batch: options.batch }),
  });

/** Evaluates a case that must escalate (as the agent, or the agent key given) and returns the escalation id. */
export async function openEscalation(
  deps: ServiceDeps,
  caseValue: unknown,
  by: Actor = agent,
): Promise<string> {
  const { escalation } = await evaluateCase({ ctx: serviceContext(deps, by), input: { case: caseValue } });
  if (escalation === null) {
    throw new Error('expected an escalation');
  }
  return escalation.id;
}
