// Moves an escalation to a team and tier and finds its new owner: shared by reroute and tier-up.
import type { Transaction } from 'kysely';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';
import type { EscalationChange } from './change-escalation.js';
import { pickAssignee } from './pick-assignee.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';

export async function routeTo(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  target: { team: string; tier: string | null },
  now: number,
  event: { type: string; data: Record<string, unknown> },
  counters: { reroute_count?: number; tier_changes?: number },
): Promise<EscalationChange> {
  const choice = await pickAssignee(trx, runtime, { team: target.team, tier: target.tier, skills: [] }, now);
  const initial = runtime.workflow.initial;
  const wanted =
    choice.personId !== null && runtime.workflow.statuses.includes('assigned') ? 'assigned' : initial;
  const status =
    row.status === 'pending_approval' ||
    row.status === wanted ||
    !runtime.workflow.allowedFrom(row.status).includes(wanted)
      ? row.status
      : wanted;
  return {
    patch: {
      team: target.team,
      tier: target.tier,
      assignee: choice.personId,
      assigned_at: choice.personId === null ? null : now,
      claimed_at: null,
      status,
      ...counters,
    },
    events: [
      {
        type: event.type,
        data: {
          ...event.data,
          from: { team: row.team, tier: row.tier },
          to: target,
          assignee: choice.personId,
          why: choice.why,
        },
      },
      ...(status === row.status ? [] : [{ type: 'status_changed', data: { from: row.status, to: status } }]),
    ],
    backfill: row.assignee === null ? [] : [row.team],
  };
}
