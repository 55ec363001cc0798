// What a ladder step needs of its escalation: who it routes to, and whether someone claimed it or it is done.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EscalationsTable } from '../tables.js';

export type LadderStepEscalation = Pick<
  Selectable<EscalationsTable>,
  'id' | 'team' | 'tier' | 'status' | 'claimed_at'
>;

/** Undefined when there is no such escalation. */
export async function selectEscalationForLadderStep(
  db: Db,
  id: string,
): Promise<LadderStepEscalation | undefined> {
  return db
    .selectFrom('escalations')
    .select(['id', 'team', 'tier', 'status', 'claimed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}
