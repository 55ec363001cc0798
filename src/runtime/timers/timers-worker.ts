// Fires due timers, each exactly once: its effect (events, state, outbox) commits in the transaction that marks it fired.
import type { Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { EventBus } from '../events/event-bus.js';
import { drainTicks, isUnavailable, makeWorkerLoop } from '../worker-loop.js';
import { followEvents } from '../../services/lifecycle/follow-events.js';
import {
  markTimerFired,
  nextDueAt,
  recordTimerFailure,
  takeDueTimers,
  type TimerRow,
} from '../../store/queries/timers.js';
import type { Store } from '../../store/store.js';
import type { Tables } from '../../store/tables.js';

/** What firing one timer does. Runs inside the firing transaction; returns the events it wrote. */
export type TimerEffect = (args: {
  trx: Transaction<Tables>;
  timer: TimerRow;
  runtime: PlaybookRuntime;
  now: number;
}) => Promise<TimelineEvent[]>;

export interface TimersWorkerOptions {
  store: Store;
  clock: () => number;
  logger: Logger;
  events: EventBus;
  playbook: () => Promise<PlaybookRuntime>;
  effects: Readonly<Record<string, TimerEffect>>;
  /** Names this node in `fired_by`. */
  nodeId: string;
  /** Timers fired per transaction (default 50). */
  batch?: number;
  /** Longest sleep between looks at the table when nothing is due soon (default 250 ms). */
  pollMs?: number;
  /** Failed attempts before a timer is given up (marked fired with its error). Default 5. */
  maxAttempts?: number;
}

export interface TimersWorker {
  /** Fires what is due now, one batch; returns how many fired. */
  tick(): Promise<number>;
  /** Fires until nothing is due. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

export function makeTimersWorker(options: TimersWorkerOptions): TimersWorker {
  const { store, clock, logger, nodeId } = options;
  const batch = options.batch ?? 50;
  const pollMs = options.pollMs ?? 250;
  const maxAttempts = options.maxAttempts ?? 5;

  async function fire(
    trx: Transaction<Tables>,
    timer: TimerRow,
    runtime: PlaybookRuntime,
    now: number,
  ): Promise<TimelineEvent[]> {
    if (!(await markTimerFired(trx, timer.id, now, nodeId))) {
      return [];
    }
    const effect = options.effects[timer.kind];
    if (effect === undefined) {
      logger.warn({ timer: timer.id, kind: timer.kind }, 'no effect for this timer kind; marked fired');
      return [];
    }
    return effect({ trx, timer, runtime, now });
  }

  /** One transaction for up to `limit` timers; a failure rolls back all of them. */
  async function fireBatch(limit: number): Promise<{ fired: number; failed: TimerRow | null }> {
    const runtime = await options.playbook();
    const now = clock();
    let current: TimerRow | null = null;
    try {
      const { fired, events } = await store.transaction(async (trx) => {
        const due = await takeDueTimers(trx, store, now, limit);
        const written: TimelineEvent[] = [];
        for (const timer of due) {
          current = timer;
          written.push(...(await fire(trx, timer, runtime, now)));
        }
        return { fired: due.length, events: await followEvents(trx, runtime, written, now) };
      });
      options.events.publish(events);
      return { fired, failed: null };
    } catch (error) {
      // The database away, or no playbook: no timer is at fault, so none is charged an attempt.
      if (current === null || isUnavailable(error)) {
        throw error;
      }
      const failed: TimerRow = current;
      const attempts = Number(failed.attempts) + 1;
      const giveUp = attempts >= maxAttempts;
      logger.error(
        { err: error, timer: failed.id, kind: failed.kind, attempts, giveUp },
        'timer effect failed',
      );
      await recordTimerFailure(
        store.db,
        failed.id,
        error instanceof Error ? error.message : String(error),
        now + 1_000 * 2 ** attempts,
        giveUp,
        now,
        nodeId,
      );
      return { fired: 0, failed };
    }
  }

  async function tick(): Promise<number> {
    const first = await fireBatch(batch);
    if (first.failed === null) {
      return first.fired;
    }
    // The failing timer was moved aside; the rest of its batch goes on, one at a time, so one bad timer delays no other.
    let fired = 0;
    for (let i = 0; i < batch; i += 1) {
      const next = await fireBatch(1);
      fired += next.fired;
      if (next.fired === 0 && next.failed === null) {
        break;
      }
    }
    return fired;
  }

  // Fires while timers are due, then sleeps until the next is due (at most pollMs).
  const loop = makeWorkerLoop({
    name: 'timers worker',
    logger,
    pollMs,
    round: async () => {
      if ((await tick()) > 0) {
        return 0;
      }
      const next = await nextDueAt(store.db);
      return next === null ? pollMs : Math.max(1, Math.min(pollMs, next - clock()));
    },
  });

  return {
    tick,
    drain: () => drainTicks(tick),
    start: loop.start,
    stop: loop.stop,
  };
}
