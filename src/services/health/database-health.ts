// What a node remembers of its database's faults: each one logged with its cause (a few lines, not one per failed
// request, while the database is away), and whether one happened lately, for /readyz.
import type { Logger } from 'pino';

/** A write refused this recently keeps /readyz at 503: a probe row can often still be written to a full disk. */
export const FAULT_MEMORY_MS = 5_000;
/** While faults go on, one log line per this period says how many there were. */
const LOG_EVERY_MS = 5_000;

export interface DatabaseHealth {
  /** Hears of a query that failed because the database cannot serve (openDatabase's `onFault`). */
  onFault(error: unknown): void;
  /** Whether a fault happened in the last FAULT_MEMORY_MS. */
  hadRecentFault(): boolean;
}

export function makeDatabaseHealth(options: { clock: () => number; logger: Logger }): DatabaseHealth {
  const { clock, logger } = options;
  let lastFaultAt = -Infinity;
  let loggedAt = -Infinity;
  let unlogged = 0;
  return {
    onFault(error) {
      const now = clock();
      lastFaultAt = now;
      unlogged += 1;
      if (now - loggedAt >= LOG_EVERY_MS) {
        logger.warn({ err: error, faults: unlogged }, 'the database cannot serve; answering 503 meanwhile');
        loggedAt = now;
        unlogged = 0;
      }
    },
    hadRecentFault() {
      const now = clock();
      return now - lastFaultAt < FAULT_MEMORY_MS;
    },
  };
}
