// Dates, numbers and durations for people, with Intl in their language and time zone; Turkish casing done right.
import type { Lang } from './i18n';

export const localeOf = (lang: Lang): string => (lang === 'tr' ? 'tr-TR' : 'en-GB');

// Making an Intl formatter costs far more than using one (a queue of 1,000 rows made 1,000 of them per redraw):
// each is made once per language, zone and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/** The browser's time zone (the person's), else UTC. */
export function timeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function formatDate(iso: string | null | undefined, lang: Lang, zone = timeZone()): string {
  if (iso === null || iso === undefined) {
    return '–';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '–';
  }
  return cached(
    `date ${lang} ${zone}`,
    () =>
      new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }),
  ).format(date);
}

export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return cached(
    `number ${lang} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(localeOf(lang), options),
  ).format(value);
}

export function formatPercent(rate: number, lang: Lang): string {
  return formatNumber(rate, lang, { style: 'percent', maximumFractionDigits: 1 });
}

const units = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

/**
 * A duration as its two largest units ("1 h 5 min", "1 sa 5 dk"), negative ones with a minus sign; under a second
 * is "0 s".
 */
export function formatDuration(ms: number, lang: Lang): string {
  const sign = ms < 0 ? '−' : '';
  let rest = Math.floor(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    if (count > 0 || (parts.length === 0 && unit === 'second')) {
      parts.push(
        cached(
          `unit ${lang} ${unit}`,
          () => new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'short' }),
        ).format(count),
      );
      rest -= count * size;
    }
    if (parts.length === 2) {
      break;
    }
  }
  return sign + parts.join(' ');
}

/** Upper case in the language's rules: Turkish "istanbul" is "İSTANBUL", not "ISTANBUL". */
export const upper = (text: string, lang: Lang): string => text.toLocaleUpperCase(localeOf(lang));
