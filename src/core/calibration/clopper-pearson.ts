// One-sided Clopper–Pearson bounds on a rate seen as `misses` out of `trials`.
import { betaQuantile } from './beta.js';

/**
 * The one-sided upper bound on the true rate at `confidence` (e.g. 0.95): the largest p for which seeing
 * `misses` or fewer in `trials` still has probability at least 1 − confidence. It is the confidence-quantile of
 * Beta(misses + 1, trials − misses); 1 when every trial was a miss or there were none.
 */
export function clopperPearsonUpper(misses: number, trials: number, confidence = 0.95): number {
  if (!Number.isInteger(misses) || !Number.isInteger(trials) || misses < 0 || trials < 0 || misses > trials) {
    throw new RangeError(`need whole numbers 0 ≤ misses ≤ trials, got ${misses} of ${trials}`);
  }
  if (misses >= trials) {
    return 1;
  }
  if (misses === 0) {
    // Closed form: (1 − p)^n = 1 − confidence.
    return 1 - Math.pow(1 - confidence, 1 / trials);
  }
  return betaQuantile(confidence, misses + 1, trials - misses);
}

/**
 * The fewest trials, all without a miss, whose upper bound falls below `target`: below that, no threshold can be
 * shown safe whatever the data.
 */
export function trialsNeeded(target: number, confidence = 0.95): number {
  if (target <= 0) {
    return Infinity;
  }
  if (target >= 1) {
    return 1;
  }
  return Math.floor(Math.log(1 - confidence) / Math.log(1 - target)) + 1;
}
