// One endpoint's circuit: after several failures in a row it opens and the worker stops sending there for a
// while, so a dead endpoint costs one probe per pause rather than a timeout per message; the first success
// closes it. Pure: the clock is passed in.

export interface CircuitState {
  failures: number;
  /** While now < openUntil, nothing is sent; after it, one probe. */
  openUntil: number;
  /** How many times it opened in a row (the pause doubles each time). */
  trips: number;
}

export interface CircuitSettings {
  /** Failures in a row that open it (default 5). */
  threshold: number;
  /** The first pause (default 30 s), doubled per trip up to `longestPauseMs` (default 10 min). */
  pauseMs: number;
  longestPauseMs: number;
}

export const defaultCircuit: CircuitSettings = { threshold: 5, pauseMs: 30_000, longestPauseMs: 600_000 };

export const closedCircuit: CircuitState = { failures: 0, openUntil: 0, trips: 0 };

export function isOpen(state: CircuitState, now: number): boolean {
  return now < state.openUntil;
}

export function afterSuccess(): CircuitState {
  return closedCircuit;
}

export function afterFailure(state: CircuitState, now: number, settings = defaultCircuit): CircuitState {
  const failures = state.failures + 1;
  // Below the threshold, or already open (attempts that were in flight when it opened end in failure too):
  // counted, no new pause.
  if (failures < settings.threshold || isOpen(state, now)) {
    return { ...state, failures };
  }
  const pause = Math.min(settings.pauseMs * 2 ** state.trips, settings.longestPauseMs);
  return { failures, openUntil: now + pause, trips: state.trips + 1 };
}
