// An approval's deadline as a durable timer, planned with the approval; its effect is in runtime/timers.
import type { Transaction } from 'kysely';
import type { ApprovalRequest } from '../../core/escalation/escalation.js';
import { scheduleTimers } from '../../store/queries/timers.js';
import type { Tables } from '../../store/tables.js';

/** Plans the deadline of a pending approval (none without one). */
export async function scheduleApprovalDeadline(
  trx: Transaction<Tables>,
  escalationId: string,
  approval: ApprovalRequest | null,
): Promise<void> {
  if (approval?.deadlineAt == null) {
    return;
  }
  await scheduleTimers(trx, [
    {
      escalationId,
      kind: 'approval_deadline',
      dueAt: Date.parse(approval.deadlineAt),
      data: { deadlineAt: approval.deadlineAt },
    },
  ]);
}
