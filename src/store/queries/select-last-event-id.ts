// The newest event's id, of escalations' and incidents' timelines alike (they share one counter).
import type { Db } from '../store.js';

/** 0 when both timelines are empty. */
export async function selectLastEventId(db: Db): Promise<number> {
  const [escalations, incidents] = await Promise.all(
    (['events', 'incident_events'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst(),
    ),
  );
  return Math.max(Number(escalations?.id ?? 0), Number(incidents?.id ?? 0));
}
