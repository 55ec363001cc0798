// Reads the dates of a helpdesk export: ISO 8601, day-first and US numeric dates, epoch numbers, or one given
// format (luxon's tokens); wall-clock times are read in the given IANA zone. Pure; compiled once per file.
import { DateTime } from 'luxon';
import { HandoffError } from '../../errors.js';
import { makeLocalTime } from '../time/local-time.js';
import { offsetOf } from '../time/zone-offset.js';

/** Reads one value: epoch ms, null when empty (`''`, ServiceNow's `?`), NaN when it is not a date. */
export type DateReader = (value: unknown) => number | null;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:\s*([AaPp][Mm]))?)?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the text says; null for wall-clock time in the reader's zone. */
  offsetMinutes: number | null;
}

/** Empty as exports write it. */
export const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && (value.trim() === '' || value.trim() === '?'));

function hour12(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) {
    return hour;
  }
  const isPm = meridiem.toLowerCase() === 'pm';
  return hour === 12 ? (isPm ? 12 : 0) : isPm ? hour + 12 : hour;
}

const year4 = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

function isoParts(match: RegExpExecArray): Parts {
  const zone = match[8];
  let offsetMinutes: number | null = null;
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') {
      offsetMinutes = 0;
    } else {
      const digits = zone.replace(':', '');
      const sign = digits.startsWith('-') ? -1 : 1;
      offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    ms: Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3)),
    offsetMinutes,
  };
}

/** A numeric date: day first unless the first number cannot be a day's month partner (over 12) the other way, or a 12-hour clock says US. */
function numericParts(match: RegExpExecArray): Parts {
  const first = Number(match[1]);
  const second = Number(match[3]);
  const meridiem = match[9];
  const isMonthFirst = second > 12 ? true : first > 12 ? false : meridiem !== undefined;
  return {
    year: year4(match[4] ?? ''),
    month: isMonthFirst ? first : second,
    day: isMonthFirst ? second : first,
    hour: hour12(Number(match[5] ?? 0), meridiem),
    minute: Number(match[6] ?? 0),
    second: Number(match[7] ?? 0),
    ms: Number((match[8] ?? '0').padEnd(3, '0')),
    offsetMinutes: null,
  };
}

const TOKENS: Record<string, { pattern: string; field: keyof Parts | 'year2' | 'meridiem' }> = {
  yyyy: { pattern: '(\\d{4})', field: 'year' },
  yy: { pattern: '(\\d{2})', field: 'year2' },
  MM: { pattern: '(\\d{2})', field: 'month' },
  M: { pattern: '(\\d{1,2})', field: 'month' },
  dd: { pattern: '(\\d{2})', field: 'day' },
  d: { pattern: '(\\d{1,2})', field: 'day' },
  HH: { pattern: '(\\d{2})', field: 'hour' },
  H: { pattern: '(\\d{1,2})', field: 'hour' },
  hh: { pattern: '(\\d{2})', field: 'hour' },
  h: { pattern: '(\\d{1,2})', field: 'hour' },
  mm: { pattern: '(\\d{2})', field: 'minute' },
  m: { pattern: '(\\d{1,2})', field: 'minute' },
  ss: { pattern: '(\\d{2})', field: 'second' },
  s: { pattern: '(\\d{1,2})', field: 'second' },
  SSS: { pattern: '(\\d{3})', field: 'ms' },
  a: { pattern: '([AaPp][Mm])', field: 'meridiem' },
};

/** A given format as a regular expression when it uses only numeric tokens; null when luxon must read it. */
function compileFormat(format: string): ((text: string) => Parts | null) | null {
  const fields: Array<keyof Parts | 'year2' | 'meridiem'> = [];
  let pattern = '';
  for (const [token] of format.matchAll(
    /yyyy|yy|SSS|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|a|'[^']*'|[A-Za-z]+|[^A-Za-z']+/g,
  )) {
    const known = TOKENS[token];
    if (known !== undefined) {
      pattern += known.pattern;
      fields.push(known.field);
    } else if (/^[A-Za-z]/.test(token)) {
      return null;
    } else {
      const literal = token.startsWith("'") ? token.slice(1, -1) : token;
      pattern += literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    }
  }
  const regex = new RegExp(`^${pattern}$`);
  return (text) => {
    const match = regex.exec(text);
    if (match === null) {
      return null;
    }
    const parts: Parts = {
      year: 1970,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      ms: 0,
      offsetMinutes: null,
    };
    let meridiem: string | undefined;
    fields.forEach((field, index) => {
      const value = match[index + 1] ?? '';
      if (field === 'year2') {
        parts.year = 2000 + Number(value);
      } else if (field === 'meridiem') {
        meridiem = value;
      } else if (field !== 'offsetMinutes') {
        parts[field] = Number(value);
      }
    });
    parts.hour = hour12(parts.hour, meridiem);
    return parts;
  };
}

/**
 * Makes the reader of one file's dates. Throws `bad_request` for a zone that is not IANA or a format without a
 * year, month and day.
 */
export function makeDateReader(options: { format?: string | null; timezone: string }): DateReader {
  try {
    offsetOf(options.timezone);
  } catch {
    throw new HandoffError('bad_request', `"${options.timezone}" is not an IANA time zone`, {
      path: 'timezone',
    });
  }
  const local = makeLocalTime(options.timezone);
  const isUtc = options.timezone === 'UTC';
  const instantOf = (parts: Parts): number => {
    const { year, month, day, hour, minute, second, ms } = parts;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
      return Number.NaN;
    }
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    // Date.UTC rolls 31 April over to 1 May: a rolled date is not the date that was written.
    if (new Date(wall).getUTCDate() !== day) {
      return Number.NaN;
    }
    if (parts.offsetMinutes !== null) {
      return wall - parts.offsetMinutes * MINUTE_MS;
    }
    if (isUtc) {
      return wall;
    }
    const dayNumber = Math.floor(wall / DAY_MS);
    const inDay = wall - dayNumber * DAY_MS;
    const minuteOfDay = Math.floor(inDay / MINUTE_MS);
    return local.instantAt(dayNumber, minuteOfDay) + (inDay - minuteOfDay * MINUTE_MS);
  };
  const format = options.format ?? null;
  let readText: (text: string) => number;
  if (format !== null) {
    if (!/y/.test(format) || !/[ML]/.test(format) || !/d/.test(format)) {
      throw new HandoffError(
        'bad_request',
        `--date-format "${format}" needs a year (yyyy), a month (MM) and a day (dd), e.g. "dd-MM-yyyy HH:mm"`,
        { path: 'date_format' },
      );
    }
    const compiled = compileFormat(format);
    readText =
      compiled === null
        ? (text) => DateTime.fromFormat(text, format, { zone: options.timezone }).toMillis()
        : (text) => {
            const parts = compiled(text);
            return parts === null ? Number.NaN : instantOf(parts);
          };
  } else {
    readText = (text) => {
      const iso = ISO.exec(text);
      if (iso !== null) {
        return instantOf(isoParts(iso));
      }
      const numeric = NUMERIC.exec(text);
      if (numeric !== null) {
        return instantOf(numericParts(numeric));
      }
      if (/^\d{13}$/.test(text)) {
        return Number(text);
      }
      if (/^\d{10}$/.test(text)) {
        return Number(text) * 1000;
      }
      return Number.NaN;
    };
  }
  return (value) => {
    if (isEmptyValue(value)) {
      return null;
    }
    if (typeof value === 'number') {
      return Number.isFinite(value) ? (value > 1e11 ? value : value * 1000) : Number.NaN;
    }
    return typeof value === 'string' ? readText(value.trim()) : Number.NaN;
  };
}
