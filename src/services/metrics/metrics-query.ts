// What a metrics report is asked for: the range, grouping, interval and zone, checked at the edge.
import { z } from 'zod';
import type { Context } from '../../context.js';
import { type GroupKey, groupKeys } from '../../core/metrics/metrics-report.js';
import type { Interval } from '../../core/metrics/time-buckets.js';
import { offsetOf } from '../../core/time/zone-offset.js';
import { HandoffError } from '../../errors.js';
import { assertScope, teamsOf } from '../authorize.js';
import { parseInput } from '../parse-input.js';

const DAY_MS = 86_400_000;
/** The longest range a report covers: a year by day, a month by hour. */
export const maxRangeMs: Record<Interval, number> = { day: 366 * DAY_MS, hour: 31 * DAY_MS };
const Instant = z.iso.datetime({ offset: true }).describe('an ISO 8601 instant such as 2026-11-20T09:00:00Z');

export const MetricsQuery = z.strictObject({
  from: Instant.optional().describe('start of the range (default: 7 days before `to`)'),
  to: Instant.optional().describe('end of the range, exclusive (default: now)'),
  group_by: z.enum(groupKeys).optional(),
  interval: z.enum(['day', 'hour']).default('day'),
  tz: z.string().min(1).max(100).default('UTC').describe('IANA time zone of the series buckets'),
});

export interface CheckedQuery {
  from: number;
  to: number;
  groupBy: GroupKey | null;
  interval: Interval;
  tz: string;
  /** The teams whose escalations count; null for every team. */
  teams: readonly string[] | null;
}

/** Parses and checks a query, and whose escalations the actor may count: an admin all, a person their teams. */
export async function checkMetricsQuery(ctx: Context, input: unknown): Promise<CheckedQuery> {
  assertScope(ctx.actor, ['human']);
  const query = parseInput(MetricsQuery, input ?? {});
  const to = query.to === undefined ? ctx.clock() : Date.parse(query.to);
  const from = query.from === undefined ? to - 7 * DAY_MS : Date.parse(query.from);
  if (from >= to) {
    throw new HandoffError('bad_request', 'from must be before to', { path: 'from' });
  }
  if (to - from > maxRangeMs[query.interval]) {
    throw new HandoffError(
      'bad_request',
      `a report by ${query.interval} covers at most ${maxRangeMs[query.interval] / DAY_MS} days`,
      { path: 'to' },
    );
  }
  try {
    offsetOf(query.tz);
  } catch {
    throw new HandoffError('bad_request', `"${query.tz}" is not an IANA time zone`, { path: 'tz' });
  }
  const runtime = await ctx.playbook();
  const teams = ctx.actor.kind === 'human' ? teamsOf(ctx.actor, runtime) : null;
  return { from, to, groupBy: query.group_by ?? null, interval: query.interval, tz: query.tz, teams };
}
