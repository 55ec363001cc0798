// What an owner-fallback timer does: someone the team's strategy finds now, else the first fallback that names
// someone (the lead, a person, who is on call, the next tier), else an event saying nobody could be found.
import type { Transaction } from 'kysely';
import { systemActor } from '../../context.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { canWorkAtTier } from '../../core/routing/choose-assignee.js';
import { applyChange } from '../../services/lifecycle/change-escalation.js';
import { waitsForOwner } from '../../services/lifecycle/owner-fallback.js';
import { pickAssignee, readPeopleNow } from '../../services/lifecycle/pick-assignee.js';
import { recordEvent } from '../../services/lifecycle/record-event.js';
import { nextTier } from '../../core/playbook-runtime/next-tier.js';
import { decodeJson } from '../../store/json.js';
import { type EscalationRow, selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import type { Tables } from '../../store/tables.js';
import type { TimerEffect } from './timers-worker.js';

/** Fires once: someone the team's strategy finds now, else the first fallback that names someone, else an event saying nobody. */
export const ownerFallback: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await selectEscalationRow(trx, timer.escalation_id);
  const { team, since } = decodeJson(timer.data) as { team: string; since: number };
  const fallback = runtime.teams.get(row.team)?.fallback;
  if (!waitsForOwner(runtime, row) || row.team !== team || fallback === undefined) {
    return [];
  }
  const waited = { waitedMs: now - since, after: fallback.after };
  const normal = await pickAssignee(trx, runtime, { team, tier: row.tier, skills: [] }, now);
  let found: { personId: string; tier: string | null; target: string | null } | null =
    normal.personId === null ? null : { personId: normal.personId, tier: row.tier, target: null };
  for (const target of fallback.to) {
    if (found !== null) {
      break;
    }
    found = await resolveTarget(trx, runtime, row, target, now);
  }
  const why = `nobody took it within ${fallback.after}: ${normal.why}`;
  if (found === null) {
    const event = await recordEvent(trx, {
      escalationId: row.id,
      type: 'owner_fallback',
      actor: systemActor.name,
      at: now,
      data: { ...waited, why, tried: fallback.to, target: null, assignee: null },
    });
    return [event];
  }
  const status =
    row.status === runtime.workflow.initial && runtime.workflow.allowedFrom(row.status).includes('assigned')
      ? 'assigned'
      : row.status;
  const tierChanged = found.tier !== row.tier;
  const applied = await applyChange(
    trx,
    runtime,
    systemActor,
    row,
    {
      patch: {
        assignee: found.personId,
        assigned_at: now,
        claimed_at: null,
        status,
        ...(tierChanged ? { tier: found.tier, tier_changes: row.tier_changes + 1 } : {}),
      },
      events: [
        ...(found.target === null
          ? []
          : [
              {
                type: 'owner_fallback',
                data: { ...waited, why, target: found.target, assignee: found.personId },
              },
            ]),
        ...(tierChanged
          ? [
              {
                type: 'tier_changed',
                data: {
                  reason: why,
                  criteria: null,
                  from: { team, tier: row.tier },
                  to: { team, tier: found.tier },
                  assignee: found.personId,
                  why: `fallback ${found.target}`,
                },
              },
            ]
          : []),
        {
          type: 'assigned',
          data: {
            team,
            assignee: found.personId,
            why:
              found.target === null
                ? `${normal.why} (unassigned for ${fallback.after})`
                : `fallback ${found.target}: ${why}`,
          },
        },
        ...(status === row.status
          ? []
          : [{ type: 'status_changed', data: { from: row.status, to: status } }]),
      ],
    },
    now,
  );
  return applied.events;
};

/** Whom one fallback target names now, or null: `lead`, `person:ID`, `rotation:ID` (on call now), `tier:next`. */
async function resolveTarget(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  row: EscalationRow,
  target: string,
  now: number,
): Promise<{ personId: string; tier: string | null; target: string } | null> {
  const [type, id = ''] = target.split(/:(.*)/s);
  const person =
    target === 'lead'
      ? runtime.teams.get(row.team)?.lead
      : type === 'person'
        ? id
        : type === 'rotation'
          ? runtime.rotations.get(id)?.onCallAt(now)
          : undefined;
  if (person !== undefined) {
    return runtime.people.has(person) ? { personId: person, tier: row.tier, target } : null;
  }
  if (target !== 'tier:next') {
    return null;
  }
  const tier = nextTier(runtime, row.tier);
  if (tier === undefined) {
    return null;
  }
  // The team's people who work at the next tier take it even when none is free: available ones first, then the
  // least loaded against capacity, then playbook order.
  const tierMatch = runtime.teams.get(row.team)?.tier_match;
  const members = [...runtime.people.values()].filter(
    (candidate) =>
      candidate.teams.includes(row.team) && canWorkAtTier(candidate.tier, tier, runtime.tierOrder, tierMatch),
  );
  if (members.length === 0) {
    return null;
  }
  const states = await readPeopleNow(
    trx,
    runtime,
    members.map((member) => member.id),
  );
  const rank = (member: (typeof members)[number]) => {
    const state = states.get(member.id);
    const load = (state?.openCount ?? 0) / Math.max(1, member.capacity ?? 1_000);
    return (state?.available === true ? 0 : 10_000) + load;
  };
  const chosen = members.reduce((best, member) => (rank(member) < rank(best) ? member : best));
  return { personId: chosen.id, tier, target };
}
