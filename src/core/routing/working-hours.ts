// Whether a moment falls inside a person's weekly working hours, in their own time zone (DST-correct).
import { offsetOf } from '../time/zone-offset.js';
import { DAY_MS, weekdayOf } from '../time/zone-time.js';

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
  let wallClock: number;
  try {
    wallClock = now + offsetOf(timezone ?? 'UTC')(now);
  } catch {
    // Not a time zone (the playbook schema refuses these): never at work rather than always.
    return false;
  }
  const day = Math.floor(wallClock / DAY_MS);
  const minute = Math.floor((wallClock - day * DAY_MS) / 60_000);
  const today = weekdays[weekdayOf(day)] ?? 'mon';
  const yesterday = weekdays[(weekdayOf(day) + 6) % 7] ?? 'sun';
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
