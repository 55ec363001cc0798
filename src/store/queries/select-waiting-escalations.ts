// Escalations a team owns with nobody assigned, oldest first: the next ones backfill gives to a person.
import type { Db } from '../store.js';
import type { EscalationRow } from './select-escalation-row.js';

export async function selectWaitingEscalations(
  db: Db,
  team: string,
  statuses: readonly string[],
  limit: number,
): Promise<EscalationRow[]> {
  return db
    .selectFrom('escalations')
    .selectAll()
    .where('team', '=', team)
    .where('assignee', 'is', null)
    .where('status', 'in', statuses)
    .orderBy('opened_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}
