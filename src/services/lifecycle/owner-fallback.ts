// Never unowned for long: an escalation that waits with nobody assigned longer than its team's `fallback.after`
// goes to the first fallback that names someone (the lead, a person, who is on call, the next tier), once.
import type { Transaction } from 'kysely';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { parseDuration } from '../../core/time/duration.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { cancelTimers, scheduleTimers } from '../../store/queries/timers.js';
import type { Tables } from '../../store/tables.js';

export const ownerFallbackKind = 'owner_fallback';

/** Waiting for an owner: open, nobody assigned, and not waiting for an approval (its deadline has a timer of its own). */
export function waitsForOwner(runtime: PlaybookRuntime, row: EscalationRow): boolean {
  return (
    row.assignee === null &&
    row.status !== 'pending_approval' &&
    runtime.workflow.categoryOf(row.status) !== 'done'
  );
}

/**
 * After a change (or an opening, `before` null): when the escalation starts waiting for an owner in a team with a
 * fallback, its timer is planned; when it gets one, the timer goes. Statements only on those moves.
 */
export async function planOwnerFallback(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  latest: EscalationRow,
  before: EscalationRow | null,
  now: number,
): Promise<void> {
  const waits = waitsForOwner(runtime, latest);
  const waited = before !== null && waitsForOwner(runtime, before);
  if (waits && waited && before.team === latest.team) {
    return;
  }
  if (waited) {
    await cancelTimers(trx, latest.id, [ownerFallbackKind]);
  }
  const fallback = runtime.teams.get(latest.team)?.fallback;
  if (waits && fallback !== undefined) {
    await scheduleTimers(trx, [
      {
        escalationId: latest.id,
        kind: ownerFallbackKind,
        dueAt: now + parseDuration(fallback.after),
        data: { team: latest.team, since: now },
      },
    ]);
  }
}
