import { describe, expect, it } from 'vitest';
import { maxAttempts, parseRetryAfter, planRetry, retryDelaysMs } from './retry-schedule.js';
import { afterFailure, afterSuccess, closedCircuit, isOpen } from './circuit-breaker.js';

describe('planRetry', () => {
  it('follows the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then none', () => {
    const middle = Array.from({ length: maxAttempts }, (_, i) => planRetry(i + 1, 0.5));
    expect(middle.map((plan) => (plan.retry ? plan.delayMs : null))).toEqual([
      5_000,
      300_000,
      1_800_000,
      7_200_000,
      18_000_000,
      36_000_000,
      36_000_000,
      null,
    ]);
    expect(maxAttempts).toBe(8);
  });

  it('jitters by at most a fifth either way', () => {
    for (const [index, base] of retryDelaysMs.entries()) {
      const low = planRetry(index + 1, 0);
      const high = planRetry(index + 1, 0.999_999);
      expect(low).toEqual({ retry: true, delayMs: Math.round(base * 0.8) });
      expect(high.retry && high.delayMs).toBeLessThanOrEqual(Math.round(base * 1.2));
      expect(high.retry && high.delayMs).toBeGreaterThan(base);
    }
  });

  it('waits at least what Retry-After asks, within a day', () => {
    expect(planRetry(1, 0.5, 60_000)).toEqual({ retry: true, delayMs: 60_000 });
    expect(planRetry(3, 0.5, 60_000)).toEqual({ retry: true, delayMs: 1_800_000 });
    expect(planRetry(1, 0.5, 10 * 86_400_000)).toEqual({ retry: true, delayMs: 86_400_000 });
    expect(planRetry(maxAttempts, 0.5, 1_000)).toEqual({ retry: false });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('circuit breaker', () => {
  it('opens after five failures in a row, pauses longer each trip, closes on success', () => {
    let state = closedCircuit;
    for (let i = 0; i < 4; i += 1) {
      state = afterFailure(state, 0);
      expect(isOpen(state, 0)).toBe(false);
    }
    state = afterFailure(state, 1_000);
    expect(isOpen(state, 1_000)).toBe(true);
    expect(isOpen(state, 31_000)).toBe(false);
    state = afterFailure(state, 31_000);
    expect(state.openUntil).toBe(31_000 + 60_000);
    expect(afterSuccess()).toEqual(closedCircuit);
  });
  it('failures that land while it is open do not lengthen the pause', () => {
    let state = closedCircuit;
    for (let i = 0; i < 8; i += 1) {
      state = afterFailure(state, 0);
    }
    expect(state).toMatchObject({ failures: 8, openUntil: 30_000, trips: 1 });
  });
  it('never pauses longer than ten minutes', () => {
    let state = closedCircuit;
    for (let i = 0; i < 40; i += 1) {
      state = afterFailure(state, i * 1_000_000);
    }
    expect(state.openUntil - 39 * 1_000_000).toBe(600_000);
  });
});
