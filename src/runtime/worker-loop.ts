// The loop every background worker runs: one round, then a pause that stop() or wake() cuts short; while the
// database is away every round fails the same way, so that is said once, and again when work resumes.
import type { Logger } from 'pino';
import { isHandoffError } from '../errors.js';

/** The database cannot serve (a restart, a full disk) or no playbook is active: nothing is at fault. */
export const isUnavailable = (error: unknown): boolean =>
  isHandoffError(error) && error.code === 'unavailable';

export interface WorkerLoop {
  start(): void;
  /** Ends the pause now (work is waiting). */
  wake(): void;
  /** Stops after the current round; resolves once the loop has ended. */
  stop(): Promise<void>;
}

export interface WorkerLoopOptions {
  /** Names the worker in its log lines ("timers worker"). */
  name: string;
  logger: Logger;
  /** The pause after a failed round. */
  pollMs: number;
  /** One round; resolves with how long to pause before the next (0: go on at once). */
  round: () => Promise<number>;
  /** What `stop` waits for after the loop ended (work still in flight). */
  settle?: () => Promise<unknown>;
}

export function makeWorkerLoop(options: WorkerLoopOptions): WorkerLoop {
  const { name, logger, pollMs } = options;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  let endPause: (() => void) | undefined;
  /** A pause that stop() cuts short: clearing its timeout alone would leave the loop waiting forever. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (!running) {
        resolve();
        return;
      }
      endPause = () => {
        clearTimeout(timer);
        resolve();
      };
      timer = setTimeout(resolve, ms);
    });

  async function run(): Promise<void> {
    let isAway = false;
    while (running) {
      try {
        const wait = await options.round();
        if (isAway) {
          isAway = false;
          logger.info(`${name} resumed`);
        }
        if (wait > 0) {
          await pause(wait);
        }
      } catch (error) {
        if (!isUnavailable(error)) {
          logger.error({ err: error }, `${name} round failed; retrying`);
        } else if (!isAway) {
          isAway = true;
          logger.warn({ err: error }, `${name} paused: cannot work now; retrying until it can`);
        }
        await pause(pollMs);
      }
    }
    await options.settle?.();
  }

  return {
    start() {
      if (running) {
        return;
      }
      running = true;
      loop = run();
    },
    wake: () => endPause?.(),
    async stop() {
      running = false;
      clearTimeout(timer);
      endPause?.();
      await loop;
    },
  };
}

/** Runs `tick` until a round does nothing; returns how much the rounds did in all. */
export async function drainTicks(tick: () => Promise<number>): Promise<number> {
  let total = 0;
  for (let done = await tick(); done > 0; done = await tick()) {
    total += done;
  }
  return total;
}
