// Reads for the live stream, as verbs the transport calls: events after an id (to resume), events by id. Both
// kinds, escalation and incident events, in one id order (they take their ids from one counter).
import type { Context } from '../../context.js';
import { inIdOrder, type StreamEvent } from '../../core/stream/stream-event.js';
import { toTimelineEvent } from '../lifecycle/escalation-view.js';
import { toIncidentEvent } from '../lifecycle/incident-change.js';
import { selectEventsAfter } from '../../store/queries/select-events-after.js';
import { selectEventsByIds } from '../../store/queries/select-events-by-ids.js';
import { selectIncidentEventsAfter } from '../../store/queries/select-incident-events-after.js';
import { selectIncidentEventsByIds } from '../../store/queries/select-incident-events-by-ids.js';
import { selectLastEventId } from '../../store/queries/select-last-event-id.js';

/** The first `limit` events after `lastId`, of both kinds, in id order. */
export async function readEventsAfter({
  ctx,
  lastId,
  limit = 1_000,
}: {
  ctx: Context;
  lastId: number;
  limit?: number;
}): Promise<StreamEvent[]> {
  const [escalationRows, incidentRows] = await Promise.all([
    selectEventsAfter(ctx.store.db, lastId, limit),
    selectIncidentEventsAfter(ctx.store.db, lastId, limit),
  ]);
  // The first `limit` of both are among the first `limit` of each.
  return inIdOrder(escalationRows.map(toTimelineEvent), incidentRows.map(toIncidentEvent)).slice(0, limit);
}

/** Committed events by id, of both kinds, in id order (those another node announced). */
export async function readEventsByIds({
  ctx,
  ids,
}: {
  ctx: Context;
  ids: readonly number[];
}): Promise<StreamEvent[]> {
  if (ids.length === 0) {
    return [];
  }
  const [escalationRows, incidentRows] = await Promise.all([
    selectEventsByIds(ctx.store.db, ids),
    selectIncidentEventsByIds(ctx.store.db, ids),
  ]);
  return inIdOrder(escalationRows.map(toTimelineEvent), incidentRows.map(toIncidentEvent));
}

/** The newest event's id, of either kind; 0 when there is none. */
export async function readLastEventId({ ctx }: { ctx: Context }): Promise<number> {
  return selectLastEventId(ctx.store.db);
}
