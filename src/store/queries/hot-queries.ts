// The statements every escalating evaluation runs, compiled once (see compile-once.ts).
import type { Insertable, Selectable } from 'kysely';
import type { EscalationsTable, EvaluationsTable } from '../tables.js';
import { compileOnce } from './compile-once.js';
import { fixedLimit } from './fixed-limit.js';

const escalationColumns = [
  'id',
  'case_id',
  'case_turn',
  'status',
  'priority',
  'team',
  'tier',
  'assignee',
  'mode',
  'origin',
  'reason_category',
  'playbook_version',
  'version',
  'context',
  'brief',
  'decision',
  'tags',
  'fields',
  'reroute_count',
  'tier_changes',
  'opened_at',
  'assigned_at',
  'claimed_at',
  'first_response_at',
  'resolved_at',
  'outcome',
  'updated_at',
  'opened_by',
  'sla',
] as const;

const evaluationColumns = [
  'id',
  'case_id',
  'turn',
  'idempotency_key',
  'playbook_version',
  'confidence',
  'task_type',
  'risk',
  'action',
  'triggers',
  'decision',
  'escalation_id',
  'created_at',
  'caller',
] as const;

type EscalationInsert = { [K in (typeof escalationColumns)[number]]: Selectable<EscalationsTable>[K] };
type EvaluationInsert = { [K in (typeof evaluationColumns)[number]]: Insertable<EvaluationsTable>[K] };

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
