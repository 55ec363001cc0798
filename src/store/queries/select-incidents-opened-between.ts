// The incidents opened in a time range, for their counts and times to resolve.
import type { Db } from '../store.js';

export interface IncidentMetricRow {
  id: string;
  severity: string;
  critical: number;
  status: string;
  opened_at: number;
  resolved_at: number | null;
}

export async function selectIncidentsOpenedBetween(
  db: Db,
  from: number,
  to: number,
): Promise<IncidentMetricRow[]> {
  const rows = await db
    .selectFrom('incidents')
    .select(['id', 'severity', 'critical', 'status', 'opened_at', 'resolved_at'])
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to)
    .execute();
  return rows.map((row) => ({
    ...row,
    critical: Number(row.critical),
    opened_at: Number(row.opened_at),
    resolved_at: row.resolved_at === null ? null : Number(row.resolved_at),
  }));
}
