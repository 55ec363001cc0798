// Failed authentications per client address, counted in fixed windows: past the limit the address is refused
// (429) before any key is looked up, so guessing many different keys is as limited as repeating one.

export interface AuthFailureLimit {
  /** Seconds until the address may try again, or null while it has failures left in this window. */
  waitFor(address: string): number | null;
  recordFailure(address: string): void;
}

export interface AuthFailureLimitOptions {
  /** Failures allowed per address and window. */
  max: number;
  clock: () => number;
  windowMs?: number;
  /** Addresses tracked at once; more share one count, so a flood from many addresses cannot grow memory. */
  maxAddresses?: number;
}

const SHARED = '*';

export function makeAuthFailureLimit({
  max,
  clock,
  windowMs = 60_000,
  maxAddresses = 100_000,
}: AuthFailureLimitOptions): AuthFailureLimit {
  const failures = new Map<string, number>();
  let windowStart = Number.NEGATIVE_INFINITY;
  const slotOf = (address: string): string => {
    const now = clock();
    if (now - windowStart >= windowMs) {
      windowStart = now - (now % windowMs);
      failures.clear();
    }
    return failures.has(address) || failures.size < maxAddresses ? address : SHARED;
  };
  return {
    waitFor(address) {
      const slot = slotOf(address);
      return (failures.get(slot) ?? 0) < max
        ? null
        : Math.max(1, Math.ceil((windowStart + windowMs - clock()) / 1000));
    },
    recordFailure(address) {
      const slot = slotOf(address);
      failures.set(slot, (failures.get(slot) ?? 0) + 1);
    },
  };
}
