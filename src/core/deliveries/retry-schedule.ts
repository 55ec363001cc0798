// When a failed delivery is tried again: the Standard Webhooks schedule (immediately, then 5 s, 5 min, 30 min,
// 2 h, 5 h, 10 h, 10 h), with jitter so endpoints recovering from an outage are not hit all at once, and the
// far end's Retry-After honoured. Pure: the random draw is passed in.

const second = 1_000;
const minute = 60 * second;
const hour = 60 * minute;

/** The wait before each attempt after the first: attempt 2 waits 5 s, … attempt 8 waits 10 h. */
export const retryDelaysMs: readonly number[] = [
  5 * second,
  5 * minute,
  30 * minute,
  2 * hour,
  5 * hour,
  10 * hour,
  10 * hour,
];

/** Attempts in all, the first included. */
export const maxAttempts = retryDelaysMs.length + 1;

/** The longest wait a Retry-After may ask for; beyond it the schedule's own wait is used. */
const longestRetryAfterMs = 24 * hour;

export type RetryPlan = { retry: true; delayMs: number } | { retry: false };

/**
 * After attempt `attempt` (1-based) failed: wait the schedule's delay ±20 % (random in [0, 1)), or at least what
 * the endpoint asked; none left after the last attempt.
 */
export function planRetry(attempt: number, random: number, retryAfterMs?: number): RetryPlan {
  const base = retryDelaysMs[attempt - 1];
  if (base === undefined) {
    return { retry: false };
  }
  const jittered = Math.round(base * (0.8 + 0.4 * Math.min(Math.max(random, 0), 1)));
  const asked =
    retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0
      ? Math.min(retryAfterMs, longestRetryAfterMs)
      : 0;
  return { retry: true, delayMs: Math.max(jittered, asked) };
}

/** Reads a Retry-After header: seconds, or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) {
    return undefined;
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return Number(text) * second;
  }
  // An HTTP date names its day and month in letters ("Fri, 04 Dec 2026 10:01:00 GMT"); "-5" is no date.
  const at = /^[A-Za-z]{3},/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
