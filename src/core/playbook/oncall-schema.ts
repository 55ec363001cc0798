// The playbook's on-call section: rotations (who is on call when) and per-team escalation ladders.
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { ID_TEXT, Id, durationText } from './schema-primitives.js';
import { parseDuration } from '../time/duration.js';
import { epochDayOf, instantOf, makeLocalTime, weekdayOf } from '../time/local-time.js';
import { EscalationEventType } from './automation-schema.js';
import { listNames, type PathSegment, type PlaybookProblem, quote } from './playbook-problem.js';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const Weekday = z.enum(weekdays);

const utc = makeLocalTime('UTC');

const Instant = z
  .string()
  .max(40)
  .refine(
    (text) => !Number.isNaN(instantOf(text, utc)),
    'an instant "2026-12-24T17:00:00Z" / "2026-12-24T18:00+01:00", or a wall time "2026-12-24T18:00" in the rotation\'s zone',
  );

export const RotationOverride = z.strictObject({
  person: Id,
  from: Instant.describe("start (inclusive); without an offset it is read in the rotation's zone"),
  to: Instant.describe('end (exclusive)'),
  reason: z.string().max(1_000).optional(),
});
export type RotationOverride = z.infer<typeof RotationOverride>;

/** Whose turn it is, shift by shift, from `start` on; overrides replace the turn for a period. */
export const Rotation = z
  .strictObject({
    id: Id,
    name: z.string().max(200).optional(),
    team: Id,
    people: z.array(Id).min(1).max(500).describe('person ids in turn order'),
    period: z.enum(['daily', 'weekly']),
    handover: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time such as "09:00"')
      .default('09:00')
      .describe("local time of the hand-over in the rotation's zone"),
    handover_day: Weekday.optional().describe(
      'weekly only: the hand-over weekday (default: the weekday of start)',
    ),
    timezone: z
      .string()
      .min(1)
      .max(64)
      .refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as "Europe/Istanbul"'),
    start: z
      .string()
      .refine((date) => !Number.isNaN(epochDayOf(date)), 'a date such as "2026-01-05"')
      .describe("local date whose hand-over starts the first person's turn"),
    overrides: z
      .array(RotationOverride)
      .max(1_000)
      .default(() => []),
  })
  .superRefine((rotation, ctx) => {
    const startDay = epochDayOf(rotation.start);
    if (rotation.period === 'daily' && rotation.handover_day !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['handover_day'],
        message: 'only a weekly rotation has a hand-over day',
      });
    }
    if (rotation.period === 'weekly' && rotation.handover_day !== undefined && !Number.isNaN(startDay)) {
      const startWeekday = weekdays[weekdayOf(startDay)];
      if (startWeekday !== rotation.handover_day) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `${rotation.start} is a ${startWeekday}; a weekly rotation starts on its hand-over day (${rotation.handover_day})`,
        });
      }
    }
    if (!IANAZone.isValidZone(rotation.timezone)) {
      return;
    }
    const local = makeLocalTime(rotation.timezone);
    rotation.overrides.forEach((override, index) => {
      if (instantOf(override.from, local) >= instantOf(override.to, local)) {
        ctx.addIssue({ code: 'custom', path: ['overrides', index, 'to'], message: 'must be after "from"' });
      }
    });
  });
export type Rotation = z.infer<typeof Rotation>;

const TARGET = new RegExp(`^(?:(?:person|rotation|team):${ID_TEXT}|tier:next)$`);

/** Whom a ladder level notifies: a person, whoever is on call in a rotation, a team, or the next tier's people. */
export const LadderTarget = z
  .string()
  .max(110)
  .regex(TARGET, '"person:ID", "rotation:ID", "team:ID" or "tier:next"');
export type LadderTarget = z.infer<typeof LadderTarget>;

const Duration = durationText('a duration such as "0m", "5m", "1h" or "1d"');

export const LadderLevel = z.strictObject({
  notify: z.array(LadderTarget).min(1).max(50),
  delay: Duration.default('0m').describe(
    'wait before this level fires, from the previous level (or the start)',
  ),
});
export type LadderLevel = z.infer<typeof LadderLevel>;

/** A team's escalation ladder: levels fire one after another until someone claims the escalation. */
export const Ladder = z
  .strictObject({
    team: Id,
    levels: z.array(LadderLevel).min(1).max(20),
    repeat: z.number().int().min(0).max(20).default(0).describe('times to climb again after the last level'),
    repeat_after: Duration.optional().describe(
      "wait after the last level before climbing again (default: the first level's delay)",
    ),
    start_on: z
      .array(EscalationEventType)
      .min(1)
      .default(() => ['created' as const])
      .describe('escalation events that start the ladder'),
  })
  .superRefine((ladder, ctx) => {
    const gap = ladder.repeat_after ?? ladder.levels[0]?.delay ?? '0m';
    if (ladder.repeat > 0 && parseDuration(gap) === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['repeat_after'],
        message:
          'a repeating ladder needs a pause before it climbs again: set repeat_after, or a delay on the first level',
      });
    }
  });
export type Ladder = z.infer<typeof Ladder>;

/** Unique rotation ids, ladders naming known rotations, at most one ladder per team and starting event. */
function checkSection(section: { rotations: Rotation[]; ladders: Ladder[] }, ctx: z.RefinementCtx): void {
  const rotationIds = new Map<string, number>();
  section.rotations.forEach((rotation, index) => {
    const earlier = rotationIds.get(rotation.id);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rotations', index, 'id'],
        message: `duplicate id "${rotation.id}" (also rotations[${earlier}])`,
      });
    } else {
      rotationIds.set(rotation.id, index);
    }
  });
  const starts = new Map<string, number>();
  section.ladders.forEach((ladder, index) => {
    for (const event of ladder.start_on) {
      const earlier = starts.get(`${ladder.team} ${event}`);
      if (earlier !== undefined && earlier !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['ladders', index, 'start_on'],
          message: `team "${ladder.team}" already has a ladder starting on ${event} (ladders[${earlier}])`,
        });
      }
      starts.set(`${ladder.team} ${event}`, index);
    }
    ladder.levels.forEach((level, levelIndex) => {
      level.notify.forEach((target, targetIndex) => {
        if (target.startsWith('rotation:') && !rotationIds.has(target.slice('rotation:'.length))) {
          ctx.addIssue({
            code: 'custom',
            path: ['ladders', index, 'levels', levelIndex, 'notify', targetIndex],
            message: `${quote(target)} names no rotation (${listNames([...rotationIds.keys()]) || 'none defined'})`,
          });
        }
      });
    });
  });
}

/** The playbook's `oncall:` section: wire it in as `oncall: OnCallSection.optional()`. */
export const OnCallSection = z
  .strictObject({
    rotations: z
      .array(Rotation)
      .max(500)
      .default(() => []),
    ladders: z
      .array(Ladder)
      .max(500)
      .default(() => []),
  })
  .superRefine(checkSection);
export type OnCallSection = z.infer<typeof OnCallSection>;

/**
 * Problems with names that point outside the section (teams, people), for the playbook's reference check.
 * Paths start with `at` (default `['oncall']`).
 */
export function checkOnCallReferences(
  section: OnCallSection,
  known: { teams: ReadonlySet<string>; people: ReadonlySet<string> },
  at: readonly PathSegment[] = ['oncall'],
): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const exists = (path: readonly PathSegment[], value: string, names: ReadonlySet<string>, what: string) => {
    if (!names.has(value)) {
      problems.push({
        path: [...at, ...path],
        message: `${quote(value)} is not ${what} (${listNames([...names]) || 'none defined'})`,
      });
    }
  };
  section.rotations.forEach((rotation, index) => {
    exists(['rotations', index, 'team'], rotation.team, known.teams, 'a team');
    rotation.people.forEach((person, p) =>
      exists(['rotations', index, 'people', p], person, known.people, 'a person'),
    );
    rotation.overrides.forEach((override, o) =>
      exists(['rotations', index, 'overrides', o, 'person'], override.person, known.people, 'a person'),
    );
  });
  section.ladders.forEach((ladder, index) => {
    exists(['ladders', index, 'team'], ladder.team, known.teams, 'a team');
    ladder.levels.forEach((level, l) =>
      level.notify.forEach((target, t) => {
        const path = ['ladders', index, 'levels', l, 'notify', t];
        if (target.startsWith('person:')) {
          exists(path, target.slice('person:'.length), known.people, 'a person');
        } else if (target.startsWith('team:')) {
          exists(path, target.slice('team:'.length), known.teams, 'a team');
        }
      }),
    );
  });
  return problems;
}
