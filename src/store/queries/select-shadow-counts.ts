// The shadow decisions of one candidate version in a time range, counted by what each version decided.
import type { Db } from '../store.js';

export interface ShadowRange {
  candidateVersion: number;
  /** Inclusive start, exclusive end (ms). */
  from: number;
  to: number;
}

export interface ShadowCountRow {
  active_action: string;
  candidate_action: string;
  active_route: string | null;
  candidate_route: string | null;
  active_priority: string | null;
  candidate_priority: string | null;
  count: number;
}

/** One row per distinct pair of decisions: few, however many evaluations. */
export async function selectShadowCounts(db: Db, range: ShadowRange): Promise<ShadowCountRow[]> {
  const rows = await db
    .selectFrom('shadow_decisions')
    .select([
      'active_action',
      'candidate_action',
      'active_route',
      'candidate_route',
      'active_priority',
      'candidate_priority',
    ])
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('candidate_version', '=', range.candidateVersion)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .groupBy([
      'active_action',
      'candidate_action',
      'active_route',
      'candidate_route',
      'active_priority',
      'candidate_priority',
    ])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
