// Reads for the live stream: events after an id (to resume), and which team an escalation belongs to.
import { toTimelineEvent } from '../escalations/escalation-view.js';
import type { TimelineEvent } from '../escalations/escalation.js';
import type { Db } from '../store/store.js';

export async function readEventsAfter(db: Db, lastId: number, limit = 1_000): Promise<TimelineEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('id', '>', lastId).orderBy('id').limit(limit).execute();
  return rows.map(toTimelineEvent);
}

export async function readEscalationTeam(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('escalations').select('team').where('id', '=', id).executeTakeFirst();
  return row?.team ?? null;
}
