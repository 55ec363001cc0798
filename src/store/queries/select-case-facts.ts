// The conversations evaluated in a range: first seen, whether any decision escalated, whether an escalation
// exists for them, and the outcome the AI system reported.
import { sql } from 'kysely';
import type { Db } from '../store.js';

export interface CaseFactsRow {
  case_id: string;
  first_seen: number;
  escalated: number;
  has_escalation: number;
  outcome: string | null;
  outcome_at: number | null;
}

export async function selectCaseFacts(db: Db, from: number, to: number): Promise<CaseFactsRow[]> {
  const rows = await db
    .selectFrom('evaluations as e')
    .leftJoin('case_outcomes as o', 'o.case_id', 'e.case_id')
    .where('e.created_at', '>=', from)
    .where('e.created_at', '<', to)
    .groupBy(['e.case_id', 'o.outcome', 'o.at'])
    .select((eb) => [
      'e.case_id',
      eb.fn.min('e.created_at').as('first_seen'),
      eb.fn.max(sql<number>`case when e.action <> 'continue' then 1 else 0 end`).as('escalated'),
      sql<number>`case when exists (select 1 from escalations x where x.case_id = e.case_id) then 1 else 0 end`.as(
        'has_escalation',
      ),
      'o.outcome',
      'o.at as outcome_at',
    ])
    .execute();
  return rows.map((row) => ({
    case_id: row.case_id,
    first_seen: Number(row.first_seen),
    escalated: Number(row.escalated),
    has_escalation: Number(row.has_escalation),
    outcome: row.outcome,
    outcome_at: row.outcome_at === null ? null : Number(row.outcome_at),
  }));
}
