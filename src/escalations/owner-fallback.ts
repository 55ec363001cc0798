// Never unowned for long: an escalation that waits with nobody assigned longer than its team's `fallback.after`
// goes to the first fallback that names someone (the lead, a person, who is on call, the next tier), once.
import type { Transaction } from 'kysely';
import { systemActor } from '../context.js';
import { canWorkAtTier } from '../routing/choose-assignee.js';
import { parseDuration } from '../decide/counters.js';
import { decodeJson } from '../store/json.js';
import { insertOutbox } from '../store/queries/outbox.js';
import { type EscalationRow, selectEscalationRow } from '../store/queries/select-escalation-row.js';
import { cancelTimers, scheduleTimers } from '../store/queries/timers.js';
import type { Tables } from '../store/tables.js';
import type { TimerEffect } from '../workers/timers-worker.js';
import { applyChange } from './change-escalation.js';
import { pickAssignee, readPeopleNow } from './pick-assignee.js';
import type { PlaybookRuntime } from './playbook-runtime.js';
import { recordEvent } from './record-event.js';
import { nextTier } from './tier-up-escalation.js';

const kind = 'owner_fallback';

/** Waiting for an owner: open, nobody assigned, and not waiting for an approval (its deadline has a timer of its own). */
function waitsForOwner(runtime: PlaybookRuntime, row: EscalationRow): boolean {
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
    await cancelTimers(trx, latest.id, [kind]);
  }
  const fallback = runtime.teams.get(latest.team)?.fallback;
  if (waits && fallback !== undefined) {
    await scheduleTimers(trx, [
      {
        escalationId: latest.id,
        kind,
        dueAt: now + parseDuration(fallback.after),
        data: { team: latest.team, since: now },
      },
    ]);
  }
}

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
    await insertOutbox(trx, {
      eventId: event.id,
      channel: 'owner_fallback',
      payload: { escalationId: row.id, team, person: null, why },
      now,
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
  const notice = applied.events.find((event) => event.type === 'owner_fallback');
  if (notice !== undefined) {
    await insertOutbox(trx, {
      eventId: notice.id,
      channel: 'owner_fallback',
      payload: { escalationId: row.id, team, person: found.personId, target: found.target, why },
      now,
    });
  }
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
