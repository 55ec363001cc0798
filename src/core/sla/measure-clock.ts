// Measures one clock: working time used between its start and now (or its stop), less halts; due and warning instants.
import type { BusinessCalendar } from './business-calendar.js';
import type { Halt } from './sla-timeline.js';

export type ClockState = 'running' | 'paused' | 'met' | 'breached';

/** One clock at one moment. Instants are UTC epoch ms. */
export interface ClockReading {
  targetMs: number;
  startedAt: number;
  /** The reply or done status that stopped the clock; null while it is live. */
  stoppedAt: number | null;
  /**
   * When the target runs out (future) or ran out (past, once breached); null while paused before the breach,
   * and once met.
   */
  dueAt: number | null;
  elapsedMs: number;
  /** Target less elapsed: negative once overdue. */
  remainingMs: number;
  isPaused: boolean;
  state: ClockState;
  /** Each warning percentage with the instant it is (or was) reached; null when not reached and not scheduled. */
  warnings: ReadonlyArray<{ percent: number; at: number | null }>;
}

export interface ClockInput {
  calendar: BusinessCalendar;
  targetMs: number;
  /** Warning percentages, each above 0 and below 100. */
  warnings: readonly number[];
  startedAt: number;
  stoppedAt: number | null;
  /** Sorted, disjoint stretches during which the clock stands still. */
  halts: readonly Halt[];
  now: number;
}

/** Live stretches of the clock between `from` and `to`, halts cut out. */
function liveStretches(from: number, to: number, halts: readonly Halt[]): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let cursor = from;
  for (const halt of halts) {
    if (halt.to <= cursor) {
      continue;
    }
    if (halt.from >= to) {
      break;
    }
    if (halt.from > cursor) {
      stretches.push([cursor, halt.from]);
    }
    cursor = halt.to;
  }
  if (cursor < to) {
    stretches.push([cursor, to]);
  }
  return stretches;
}

/**
 * Reads one clock. Working time counts only on the calendar and outside halts; a stopped clock is met when it
 * stopped no later than its due instant, so a reply at the very instant the target runs out is on time.
 * Instants still ahead assume nothing changes (no pause, no reply): recompute after every timeline fact.
 */
export function measureClock(input: ClockInput): ClockReading {
  const { calendar, targetMs, startedAt, stoppedAt, halts, now } = input;
  const end = Math.max(startedAt, stoppedAt ?? now);
  const isHalted = halts.some((halt) => halt.from <= now && now < halt.to);
  const isLive = stoppedAt === null && !isHalted;
  const stretches = liveStretches(startedAt, end, halts);
  const used = stretches.map(([from, to]) => calendar.businessTimeBetween(from, to));
  const elapsedMs = used.reduce((sum, ms) => sum + ms, 0);

  /** When `amount` of working time had been used, or will be if the clock runs on undisturbed. */
  const reachedAt = (amount: number): number | null => {
    let before = 0;
    for (const [index, [from, to]] of stretches.entries()) {
      const inStretch = used[index] ?? 0;
      // The stretch that reaches now runs on while the clock is live.
      if (before + inStretch >= amount || (isLive && to === end)) {
        return calendar.addBusinessTime(from, amount - before);
      }
      before += inStretch;
    }
    // A live clock that started or resumed just now has no stretch yet: it runs from now.
    return isLive ? calendar.addBusinessTime(end, amount - before) : null;
  };

  const breachAt = reachedAt(targetMs);
  const isBreached = breachAt !== null && (stoppedAt === null ? breachAt <= now : breachAt < stoppedAt);
  const state: ClockState = isBreached
    ? 'breached'
    : stoppedAt !== null
      ? 'met'
      : isHalted
        ? 'paused'
        : 'running';
  return {
    targetMs,
    startedAt,
    stoppedAt,
    dueAt: state === 'met' ? null : breachAt,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    isPaused: stoppedAt === null && isHalted,
    state,
    warnings: input.warnings.map((percent) => ({
      percent,
      at: reachedAt(Math.round((targetMs * percent) / 100)),
    })),
  };
}
