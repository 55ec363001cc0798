// The statements every escalating evaluation runs, compiled once (see compile-once.ts).
import type { Insertable, Selectable } from 'kysely';
import type { EscalationsTable, EvaluationsTable } from '../tables.js';
import { compileOnce } from './compile-once.js';
import { fixedLimit } from './fixed-limit.js';

/** Every column of `escalations`, once: a column added to the table and missing here (or one misspelt) does not compile. */
const escalationColumnsSet: Record<keyof EscalationsTable, true> = {
  id: true,
  case_id: true,
  case_turn: true,
  status: true,
  priority: true,
  team: true,
  tier: true,
  assignee: true,
  mode: true,
  origin: true,
  reason_category: true,
  playbook_version: true,
  version: true,
  context: true,
  brief: true,
  decision: true,
  tags: true,
  fields: true,
  reroute_count: true,
  tier_changes: true,
  opened_at: true,
  assigned_at: true,
  claimed_at: true,
  first_response_at: true,
  resolved_at: true,
  outcome: true,
  updated_at: true,
  opened_by: true,
  sla: true,
};
const escalationColumns = Object.keys(escalationColumnsSet) as Array<keyof EscalationsTable>;

/** Every column of `evaluations`, once: a column added to the table and missing here (or one misspelt) does not compile. */
const evaluationColumnsSet: Record<keyof EvaluationsTable, true> = {
  id: true,
  case_id: true,
  turn: true,
  idempotency_key: true,
  playbook_version: true,
  confidence: true,
  task_type: true,
  risk: true,
  action: true,
  triggers: true,
  decision: true,
  escalation_id: true,
  created_at: true,
  caller: true,
};
const evaluationColumns = Object.keys(evaluationColumnsSet) as Array<keyof EvaluationsTable>;

type EscalationInsert = { [K in keyof EscalationsTable]: Selectable<EscalationsTable>[K] };
type EvaluationInsert = { [K in keyof EvaluationsTable]-?: Insertable<EvaluationsTable>[K] };

/** Inserts a whole escalation row (every column given). */
export const insertEscalationRow = compileOnce<EscalationInsert, never>((db, param) =>
  db
    .insertInto('escalations')
    .values(
      Object.fromEntries(
        escalationColumns.map((column) => [column, param(column)]),
      ) as unknown as Insertable<EscalationsTable>,
    ),
);

/** Inserts a whole evaluation row (every column given). */
export const insertEvaluationRow = compileOnce<EvaluationInsert, never>((db, param) =>
  db
    .insertInto('evaluations')
    .values(
      Object.fromEntries(
        evaluationColumns.map((column) => [column, param(column)]),
      ) as unknown as Insertable<EvaluationsTable>,
    ),
);

/** The newest escalations (at most 5) one caller (an API key) opened for a case. */
export const selectLatestEscalations = compileOnce<
  { caseId: string; openedBy: string },
  Selectable<EscalationsTable>
>((db, param) =>
  db
    .selectFrom('escalations')
    .selectAll()
    .where('case_id', '=', param('caseId'))
    .where('opened_by', '=', param('openedBy'))
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(fixedLimit(5)),
);

type EarlierEvaluation = Pick<
  Selectable<EvaluationsTable>,
  'case_id' | 'turn' | 'decision' | 'escalation_id'
>;
const earlierColumns = ['case_id', 'turn', 'decision', 'escalation_id'] as const;

/** A caller's earlier evaluation by Idempotency-Key or by case id + turn. */
export const selectEvaluationByKeyOrTurn = compileOnce<
  { caller: string; key: string; caseId: string; turn: number },
  EarlierEvaluation
>((db, param) =>
  db
    .selectFrom('evaluations')
    .select(earlierColumns)
    .where('caller', '=', param('caller'))
    .where((eb) =>
      eb.or([
        eb('idempotency_key', '=', param('key')),
        eb.and([eb('case_id', '=', param('caseId')), eb('turn', '=', param('turn'))]),
      ]),
    )
    .limit(fixedLimit(1)),
);

/** A caller's earlier evaluation by Idempotency-Key. */
export const selectEvaluationByKey = compileOnce<{ caller: string; key: string }, EarlierEvaluation>(
  (db, param) =>
    db
      .selectFrom('evaluations')
      .select(earlierColumns)
      .where('caller', '=', param('caller'))
      .where('idempotency_key', '=', param('key'))
      .limit(fixedLimit(1)),
);

/** A caller's earlier evaluation of the same case and turn. */
export const selectEvaluationByTurn = compileOnce<
  { caller: string; caseId: string; turn: number },
  EarlierEvaluation
>((db, param) =>
  db
    .selectFrom('evaluations')
    .select(earlierColumns)
    .where('caller', '=', param('caller'))
    .where('case_id', '=', param('caseId'))
    .where('turn', '=', param('turn'))
    .limit(fixedLimit(1)),
);
