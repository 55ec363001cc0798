// Whether a moment falls inside a person's weekly working hours, in their own time zone (DST-correct via luxon).
import { DateTime } from 'luxon';

export type WeeklyHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>>;

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function minutes(hhmm: string): number {
  const [hours = '0', mins = '0'] = hhmm.split(':');
  return Number(hours) * 60 + Number(mins);
}

/**
 * True when `now` (ms) is inside the hours. A range whose end is before its start runs overnight into the next
 * day ("22:00-06:00" on mon covers Monday 22:00 to Tuesday 06:00). No hours at all means always working.
 */
export function isWithinHours(
  hours: WeeklyHours | undefined,
  timezone: string | undefined,
  now: number,
): boolean {
  if (hours === undefined) {
    return true;
  }
  const local = DateTime.fromMillis(now, { zone: timezone ?? 'UTC' });
  if (!local.isValid) {
    return false;
  }
  const minute = local.hour * 60 + local.minute;
  const today = weekdays[local.weekday - 1] ?? 'mon';
  const yesterday = weekdays[(local.weekday + 5) % 7] ?? 'sun';
  for (const range of hours[today] ?? []) {
    const [start = '00:00', end = '00:00'] = range.split('-');
    const from = minutes(start);
    const to = minutes(end);
    if (to > from ? minute >= from && minute < to : minute >= from) {
      return true;
    }
  }
  for (const range of hours[yesterday] ?? []) {
    const [start = '00:00', end = '00:00'] = range.split('-');
    if (minutes(end) <= minutes(start) && minute < minutes(end)) {
      return true;
    }
  }
  return false;
}
