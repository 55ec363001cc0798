import { describe, expect, test } from 'vitest';
import { makeAuthFailureLimit } from './auth-failure-limit.js';

describe('makeAuthFailureLimit', () => {
  test('an address past its failures waits for the next window; others are not affected', () => {
    let now = 120_000;
    const limit = makeAuthFailureLimit({ max: 2, clock: () => now });
    limit.recordFailure('10.0.0.1');
    expect(limit.waitFor('10.0.0.1')).toBeNull();
    limit.recordFailure('10.0.0.1');
    expect(limit.waitFor('10.0.0.1')).toBe(60);
    expect(limit.waitFor('10.0.0.2')).toBeNull();
    now += 59_500;
    expect(limit.waitFor('10.0.0.1')).toBe(1);
    now += 500;
    expect(limit.waitFor('10.0.0.1')).toBeNull();
  });

  test('addresses beyond the tracked number share one count instead of growing memory', () => {
    const limit = makeAuthFailureLimit({ max: 3, clock: () => 0, maxAddresses: 2 });
    limit.recordFailure('a');
    limit.recordFailure('b');
    for (const address of ['c', 'd', 'e']) {
      limit.recordFailure(address);
    }
    expect(limit.waitFor('f')).not.toBeNull();
    expect(limit.waitFor('a')).toBeNull();
  });
});
