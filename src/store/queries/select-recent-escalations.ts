// The escalations opened since an instant, with what a severity threshold looks at (priority and the decision's
// triggers); bounded, newest first, so a burst cannot make the read unbounded.
import type { JsonText } from '../json.js';
import type { Db } from '../store.js';
import { fixedLimit } from './fixed-limit.js';

export interface RecentEscalation {
  id: string;
  priority: string;
  decision: JsonText | null;
  opened_at: number;
}

export const recentEscalationsLimit = 10_000;

export async function selectRecentEscalations(db: Db, since: number): Promise<RecentEscalation[]> {
  const rows = await db
    .selectFrom('escalations')
    .select(['id', 'priority', 'decision', 'opened_at'])
    .where('opened_at', '>=', since)
    .orderBy('opened_at', 'desc')
    .limit(fixedLimit(recentEscalationsLimit))
    .execute();
  return rows.map((row) => ({ ...row, opened_at: Number(row.opened_at) }));
}
