// Reads for the live stream, as verbs the transport calls: events after an id (to resume), an escalation's team.
import type { Context } from '../../context.js';
import { toTimelineEvent } from '../lifecycle/escalation-view.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';

export async function readEventsAfter({
  ctx,
  lastId,
  limit = 1_000,
}: {
  ctx: Context;
  lastId: number;
  limit?: number;
}): Promise<TimelineEvent[]> {
  const rows = await ctx.store.db
    .selectFrom('events')
    .selectAll()
    .where('id', '>', lastId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toTimelineEvent);
}

export async function readEscalationTeam({ ctx, id }: { ctx: Context; id: string }): Promise<string | null> {
  const row = await ctx.store.db
    .selectFrom('escalations')
    .select('team')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.team ?? null;
}

/** Committed events by id, in id order (those another node announced). */
export async function readEventsByIds({
  ctx,
  ids,
}: {
  ctx: Context;
  ids: readonly number[];
}): Promise<TimelineEvent[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await ctx.store.db
    .selectFrom('events')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
  return rows.map(toTimelineEvent);
}

/** The newest event's id, 0 for an empty timeline. */
export async function readLastEventId({ ctx }: { ctx: Context }): Promise<number> {
  const row = await ctx.store.db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
