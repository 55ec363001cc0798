// The newest timeline event's id.
import type { Db } from '../store.js';

/** 0 for an empty timeline. */
export async function selectLastEventId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}
