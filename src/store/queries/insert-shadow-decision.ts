// Records a shadow version's decision beside the active one's, in the evaluation's own transaction.
import type { Insertable } from 'kysely';
import type { ShadowDecisionsTable } from '../tables.js';
import { compileOnce } from './compile-once.js';

export type ShadowDecisionInsert = Insertable<ShadowDecisionsTable>;

const columns = [
  'evaluation_id',
  'case_id',
  'turn',
  'active_version',
  'candidate_version',
  'active_action',
  'candidate_action',
  'active_route',
  'candidate_route',
  'active_priority',
  'candidate_priority',
  'differs',
  'decision',
  'created_at',
] as const satisfies readonly (keyof ShadowDecisionsTable)[];

/** Compiled once: it runs on the evaluate path whenever a shadow version is set. */
export const insertShadowDecision = compileOnce<Required<ShadowDecisionInsert>, never>((db, param) =>
  db
    .insertInto('shadow_decisions')
    .values(
      Object.fromEntries(columns.map((column) => [column, param(column)])) as unknown as ShadowDecisionInsert,
    ),
);
