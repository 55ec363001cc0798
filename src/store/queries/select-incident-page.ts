// A page of incidents, newest first, optionally only open or resolved ones; page on with the last id seen.
import type { Db } from '../store.js';
import type { IncidentRow } from './select-incident-row.js';

export async function selectIncidentPage(
  db: Db,
  filter: { status?: 'open' | 'resolved' | undefined; before?: string | undefined; limit: number },
): Promise<IncidentRow[]> {
  let query = db.selectFrom('incidents').selectAll();
  if (filter.status !== undefined) {
    query = query.where('status', '=', filter.status);
  }
  if (filter.before !== undefined) {
    query = query.where('id', '<', filter.before);
  }
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}
