// An escalation's approval verdicts: one per approver, never two.
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../store.js';
import type { ApprovalsTable, Tables } from '../tables.js';

export type ApprovalRow = Selectable<ApprovalsTable>;

/** Records a verdict; false when this approver already gave one (the unique key holds, nothing written). */
export async function insertApproval(
  trx: Transaction<Tables>,
  approval: { escalationId: string; approver: string; verdict: string; note: string | null; at: number },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('approvals')
    .values({
      escalation_id: approval.escalationId,
      approver: approval.approver,
      verdict: approval.verdict,
      note: approval.note,
      at: approval.at,
    })
    .onConflict((oc) => oc.columns(['escalation_id', 'approver']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The verdicts given on an escalation so far. */
export async function selectApprovalVerdicts(trx: Db, escalationId: string): Promise<string[]> {
  const votes = await trx
    .selectFrom('approvals')
    .select('verdict')
    .where('escalation_id', '=', escalationId)
    .execute();
  return votes.map((vote) => vote.verdict);
}

/** An escalation's approvals, oldest first. */
export async function selectApprovals(db: Db, escalationId: string): Promise<ApprovalRow[]> {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('escalation_id', '=', escalationId)
    .orderBy('at')
    .execute();
}
