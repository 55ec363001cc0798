// Formatting in both languages: durations, dates in a given zone, numbers, and Turkish casing.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatNumber, formatPercent, upper } from './format';

describe('formatting', () => {
  it('writes durations as their two largest units, in each language', () => {
    expect(formatDuration(65 * 60_000, 'en')).toBe('1 hr 5 mins');
    expect(formatDuration(65 * 60_000, 'tr')).toBe('1 sa. 5 dk.');
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59_000, 'en')).toBe('2 days 3 hrs');
    expect(formatDuration(-90_000, 'en')).toBe('−1 min 30 secs');
    expect(formatDuration(400, 'en')).toBe('0 secs');
  });

  it('writes dates in the given time zone and language', () => {
    const at = '2026-11-18T12:00:00.000Z';
    expect(formatDate(at, 'en', 'Europe/Istanbul')).toBe('18 Nov 2026, 15:00');
    expect(formatDate(at, 'tr', 'Europe/Istanbul')).toBe('18 Kas 2026 15:00');
    expect(formatDate(at, 'en', 'America/New_York')).toBe('18 Nov 2026, 07:00');
    expect(formatDate(null, 'en')).toBe('–');
    expect(formatDate('not a date', 'tr')).toBe('–');
  });

  it('writes numbers and rates with the language’s separators', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'tr')).toBe('12.345,5');
    expect(formatPercent(0.875, 'en')).toBe('87.5%');
    expect(formatPercent(0.875, 'tr')).toBe('%87,5');
  });

  it('upper-cases Turkish by Turkish rules', () => {
    expect(upper('istanbul', 'tr')).toBe('İSTANBUL');
    expect(upper('istanbul', 'en')).toBe('ISTANBUL');
    expect(upper('ılık', 'tr')).toBe('ILIK');
  });
});
