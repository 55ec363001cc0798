import { describe, expect, it } from 'vitest';
import { humanDuration, percent } from './figure-text.js';

describe('figure text', () => {
  it.each([
    [null, '-'],
    [0, '0s'],
    [45_000, '45s'],
    [59_499, '59s'],
    [60_000, '1m'],
    [12 * 60_000, '12m'],
    [3.5 * 3_600_000, '3.5h'],
    [2.14 * 86_400_000, '2.1d'],
  ])('reads %s ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it.each([
    [null, '-'],
    [0, '0.0%'],
    [0.125, '12.5%'],
    [1, '100.0%'],
  ])('reads the rate %s as %s', (rate, text) => {
    expect(percent(rate)).toBe(text);
  });
});
