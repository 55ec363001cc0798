// The latest disagreements between the active version and a shadow version in a time range.
import type { Db } from '../store.js';
import type { ShadowRange } from './select-shadow-counts.js';

/** The newest disagreements first. */
export async function selectShadowDisagreements(db: Db, range: ShadowRange, limit: number) {
  return db
    .selectFrom('shadow_decisions')
    .select([
      'evaluation_id',
      'case_id',
      'turn',
      'active_version',
      'active_action',
      'candidate_action',
      'active_route',
      'candidate_route',
      'active_priority',
      'candidate_priority',
      'created_at',
    ])
    .where('candidate_version', '=', range.candidateVersion)
    .where('differs', '=', 1)
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .orderBy('created_at', 'desc')
    .orderBy('evaluation_id', 'desc')
    .limit(limit)
    .execute();
}
