import { describe, expect, it } from 'vitest';
import { betaQuantile, logGamma, regularizedBeta } from './beta.js';
import { clopperPearsonUpper, trialsNeeded } from './clopper-pearson.js';

/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term: an independent route to the same bound. */
function binomialCdf(k: number, n: number, p: number): number {
  let sum = 0;
  let logChoose = 0;
  for (let i = 0; i <= k; i += 1) {
    if (i > 0) {
      logChoose += Math.log(n - i + 1) - Math.log(i);
    }
    sum += Math.exp(logChoose + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return sum;
}

function upperByBinomialSum(k: number, n: number, alpha = 0.05): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 80; i += 1) {
    const mid = (low + high) / 2;
    if (binomialCdf(k, n, mid) > alpha) {
      low = mid;
    } else {
      high = mid;
    }
  }
  return low;
}

describe('Clopper–Pearson one-sided upper bound at 95 %', () => {
  it('0 of n is 1 − 0.05^(1/n)', () => {
    for (const n of [1, 10, 59, 100, 1000]) {
      expect(clopperPearsonUpper(0, n)).toBeCloseTo(1 - Math.pow(0.05, 1 / n), 12);
    }
    expect(clopperPearsonUpper(0, 10)).toBeCloseTo(0.2589, 4);
    expect(clopperPearsonUpper(0, 100)).toBeCloseTo(0.0295, 4);
  });

  it('matches published bounds (R binom.test(k, n, alternative = "less"))', () => {
    expect(clopperPearsonUpper(1, 10)).toBeCloseTo(0.3942, 4);
    expect(clopperPearsonUpper(5, 100)).toBeCloseTo(0.1023, 4);
    expect(clopperPearsonUpper(2, 50)).toBeCloseTo(0.1206, 4);
    expect(clopperPearsonUpper(10, 1000)).toBeCloseTo(0.0169, 4);
  });

  it('agrees with the bound found by summing binomial terms', () => {
    for (const [k, n] of [
      [1, 2],
      [3, 20],
      [7, 40],
      [19, 20],
      [50, 5000],
      [120, 900],
    ] as const) {
      expect(clopperPearsonUpper(k, n)).toBeCloseTo(upperByBinomialSum(k, n), 9);
    }
  });

  it('is 1 when every trial missed, and refuses impossible counts', () => {
    expect(clopperPearsonUpper(5, 5)).toBe(1);
    expect(clopperPearsonUpper(0, 0)).toBe(1);
    expect(() => clopperPearsonUpper(6, 5)).toThrow(RangeError);
    expect(() => clopperPearsonUpper(-1, 5)).toThrow(RangeError);
    expect(() => clopperPearsonUpper(0.5, 5)).toThrow(RangeError);
  });

  it('trialsNeeded is the fewest clean trials whose bound is under the target', () => {
    for (const target of [0.01, 0.02, 0.05, 0.1]) {
      const n = trialsNeeded(target);
      expect(clopperPearsonUpper(0, n)).toBeLessThan(target);
      expect(clopperPearsonUpper(0, n - 1)).toBeGreaterThanOrEqual(target);
    }
    expect(trialsNeeded(0.05)).toBe(59);
    expect(trialsNeeded(0.02)).toBe(149);
  });
});

describe('the beta function underneath', () => {
  it('log Γ of whole and half numbers', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });

  it('I_x(1, 1) = x, I_x(a, 1) = x^a, and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    for (const x of [0.1, 0.37, 0.5, 0.9]) {
      expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 12);
      expect(regularizedBeta(x, 3, 1)).toBeCloseTo(x ** 3, 12);
      expect(regularizedBeta(x, 2.5, 7)).toBeCloseTo(1 - regularizedBeta(1 - x, 7, 2.5), 12);
    }
  });

  it('the quantile inverts the function', () => {
    for (const [p, a, b] of [
      [0.95, 2, 9],
      [0.5, 10, 10],
      [0.05, 1, 300],
    ] as const) {
      expect(regularizedBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
    }
  });
});
