// What an update reminder needs of its escalation: whom to remind, and whether it is done.
import type { Selectable } from 'kysely';
import type { Db } from '../store.js';
import type { EscalationsTable } from '../tables.js';

export type UpdateReminderEscalation = Pick<
  Selectable<EscalationsTable>,
  'id' | 'status' | 'assignee' | 'team'
>;

/** Undefined when there is no such escalation. */
export async function selectEscalationForUpdateReminder(
  db: Db,
  id: string,
): Promise<UpdateReminderEscalation | undefined> {
  return db
    .selectFrom('escalations')
    .select(['id', 'status', 'assignee', 'team'])
    .where('id', '=', id)
    .executeTakeFirst();
}
