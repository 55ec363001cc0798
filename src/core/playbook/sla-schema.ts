// The playbook's SLA section: business calendars and SLA policies (conditions, targets, warnings, pauses).
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { Id, StringList } from './schema-primitives.js';
import { parseDuration } from '../time/duration.js';
import { epochDayOf } from '../time/local-time.js';

/** The SLA metrics a policy may set a target for. */
export const slaMetrics = ['first_response', 'next_response', 'resolution', 'periodic_update'] as const;
export type SlaMetric = (typeof slaMetrics)[number];

const HH_MM_RANGE = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes from midnight of both ends of "HH:MM-HH:MM" (the end may be 24:00); the text is validated already. */
export function rangeMinutes(range: string): { from: number; to: number } {
  return { from: minutesOf(range.slice(0, 5)), to: minutesOf(range.slice(6, 11)) };
}

const HoursRange = z
  .string()
  .regex(HH_MM_RANGE, 'a range such as "09:00-17:30" (an end before the start runs overnight)')
  .refine((range) => {
    const { from, to } = rangeMinutes(range);
    return !HH_MM_RANGE.test(range) || from !== to;
  }, 'a range must not start and end at the same time (use "00:00-24:00" for a whole day)');

const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** Weekly working hours in the calendar's zone; a day left out is closed. */
export const CalendarHours = z.partialRecord(Weekday, z.array(HoursRange).max(24));
export type CalendarHours = z.infer<typeof CalendarHours>;

const MAX_HOLIDAY_DAYS = 366;

/** First and last closed day (inclusive, days since 1970-01-01) of "2026-12-25" or "2026-12-24..2026-12-26". */
export function holidayDays(holiday: string): { first: number; last: number } {
  const [start = '', end = start] = holiday.split('..');
  return { first: epochDayOf(start), last: epochDayOf(end) };
}

const Holiday = z
  .string()
  .max(30)
  .refine((holiday) => {
    const { first, last } = holidayDays(holiday);
    return (
      Number.isFinite(first) && Number.isFinite(last) && last >= first && last - first < MAX_HOLIDAY_DAYS
    );
  }, `a date "2026-12-25" or a range "2026-12-24..2026-12-26" (in order, at most ${MAX_HOLIDAY_DAYS} days)`);

/** When a team works: an IANA zone, weekly hours (split and overnight shifts), holidays closed all day. */
export const Calendar = z.strictObject({
  id: Id,
  name: z.string().max(200).optional(),
  timezone: z
    .string()
    .min(1)
    .max(64)
    .refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as "Europe/Istanbul"'),
  hours: CalendarHours.describe(
    'working hours per weekday in the calendar\'s zone, e.g. mon: ["09:00-12:00", "13:00-17:00"]; "22:00-06:00" runs overnight',
  ),
  holidays: z
    .array(Holiday)
    .max(1000)
    .optional()
    .describe('closed local days: "2026-12-25" or "2026-12-24..2026-12-26"'),
});
export type Calendar = z.infer<typeof Calendar>;

/** What an SLA policy looks at; every listed key must match, each list matches any of its values. */
export const SlaMatch = z.strictObject({
  priority: StringList.optional(),
  team: StringList.optional(),
  tier: StringList.optional(),
  customer_tier: StringList.optional(),
  channel: StringList.optional(),
  task: StringList.optional(),
});
export type SlaMatch = z.infer<typeof SlaMatch>;

const MAX_TARGET_MS = 366 * 86_400_000;

const BUSINESS_DAYS = /^(\d{1,3})\s+business\s+days?$/;

/** The N of "N business days", or undefined for a plain duration. */
export function businessDaysOf(text: string): number | undefined {
  const match = BUSINESS_DAYS.exec(text.trim());
  return match === null ? undefined : Number(match[1]);
}

const SlaDuration = z
  .string()
  .regex(
    /^(?:\d+(\.\d+)?\s*(s|m|h|d|w)|\d{1,3}\s+business\s+days?)$/,
    'a duration such as "30m", "4h", "2d", "1w", or "3 business days" (working days of the calendar)',
  )
  .refine((text) => {
    const days = businessDaysOf(text);
    if (days !== undefined) {
      return days >= 1 && days <= 366;
    }
    const ms = parseDuration(text);
    return Number.isNaN(ms) || (ms >= 1_000 && ms <= MAX_TARGET_MS);
  }, 'between one second and 366 days');

export const SlaPolicy = z.strictObject({
  id: Id,
  description: z.string().max(10_000).optional(),
  when: SlaMatch.optional().describe('first matching policy wins; absent matches every escalation'),
  calendar: Id.optional().describe('business-time calendar id; absent = calendar time, 24/7'),
  first_response: SlaDuration.optional().describe('until the first public human reply'),
  next_response: SlaDuration.optional().describe('from a customer message to the next public human reply'),
  resolution: SlaDuration.optional().describe('until the escalation is done'),
  periodic_update: SlaDuration.optional().describe('longest silence between public human updates'),
  warnings: z
    .array(z.number().gt(0).lt(100))
    .max(10)
    .default(() => [50, 75, 90])
    .describe('percentages of a target at which a warning is raised'),
  pause_statuses: z
    .array(Id)
    .optional()
    .describe(
      'statuses that stop the clocks, as do statuses of the workflow category "paused" (default: waiting_on_customer and input_required, where the workflow has them)',
    ),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/** The statuses a policy that names none pauses on; a workflow without them simply never enters them. */
export const defaultPauseStatuses: readonly string[] = ['waiting_on_customer', 'input_required'];

/** Unique ids, known calendar references, a target in every policy. */
function checkSection(section: { calendars: Calendar[]; policies: SlaPolicy[] }, ctx: z.RefinementCtx): void {
  const calendarIds = new Set<string>();
  section.calendars.forEach((calendar, index) => {
    if (calendarIds.has(calendar.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['calendars', index, 'id'],
        message: `duplicate id "${calendar.id}"`,
      });
    }
    calendarIds.add(calendar.id);
    if (Object.values(calendar.hours).every((ranges) => ranges.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['calendars', index, 'hours'],
        message: 'a calendar needs working hours on at least one day',
      });
    }
  });
  const policyIds = new Set<string>();
  section.policies.forEach((policy, index) => {
    if (policyIds.has(policy.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['policies', index, 'id'],
        message: `duplicate id "${policy.id}"`,
      });
    }
    policyIds.add(policy.id);
    if (policy.calendar !== undefined && !calendarIds.has(policy.calendar)) {
      ctx.addIssue({
        code: 'custom',
        path: ['policies', index, 'calendar'],
        message: `"${policy.calendar}" is not a calendar (${[...calendarIds].join(', ') || 'none defined'})`,
      });
    }
    for (const metric of slaMetrics) {
      const target = policy[metric];
      if (policy.calendar === undefined && target !== undefined && businessDaysOf(target) !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['policies', index, metric],
          message: 'business days are counted on a calendar: give the policy a "calendar"',
        });
      }
    }
    if (slaMetrics.every((metric) => policy[metric] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['policies', index],
        message: `a policy needs at least one target (${slaMetrics.join(', ')})`,
      });
    }
  });
}

/** The playbook's `sla:` section: wire it in as `sla: SlaSection.optional()`. */
export const SlaSection = z
  .strictObject({
    calendars: z
      .array(Calendar)
      .max(100)
      .default(() => []),
    policies: z.array(SlaPolicy).max(1000).describe('first matching policy wins'),
  })
  .superRefine(checkSection);
export type SlaSection = z.infer<typeof SlaSection>;
