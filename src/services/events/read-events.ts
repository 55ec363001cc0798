// Reads for the live stream, as verbs the transport calls: events after an id (to resume), events by id.
import type { Context } from '../../context.js';
import { toTimelineEvent } from '../lifecycle/escalation-view.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import { selectEventsAfter } from '../../store/queries/select-events-after.js';
import { selectEventsByIds } from '../../store/queries/select-events-by-ids.js';
import { selectLastEventId } from '../../store/queries/select-last-event-id.js';

export async function readEventsAfter({
  ctx,
  lastId,
  limit = 1_000,
}: {
  ctx: Context;
  lastId: number;
  limit?: number;
}): Promise<TimelineEvent[]> {
  const rows = await selectEventsAfter(ctx.store.db, lastId, limit);
  return rows.map(toTimelineEvent);
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
  const rows = await selectEventsByIds(ctx.store.db, ids);
  return rows.map(toTimelineEvent);
}

/** The newest event's id, 0 for an empty timeline. */
export async function readLastEventId({ ctx }: { ctx: Context }): Promise<number> {
  return selectLastEventId(ctx.store.db);
}
