// The effect of each kind of timer, for the timers worker. Each runs inside the transaction that marks its timer fired.
import type { Transaction } from 'kysely';
import { resolveTargets } from '../oncall/ladder-plan.js';
import { activeVersionKey } from '../playbook-versions/active-playbook.js';
import { decodeJson } from '../store/json.js';
import { selectEscalationRow } from '../store/queries/select-escalation-row.js';
import { insertOutbox } from '../store/queries/outbox.js';
import { scheduleTimers } from '../store/queries/timers.js';
import type { Tables } from '../store/tables.js';
import type { TimerEffect } from '../workers/timers-worker.js';
import { makeLadderResolver } from './ladder-resolver.js';
import { openStatuses } from './pick-assignee.js';
import { reactToEvents } from './react-to-events.js';
import { recordEvent } from './record-event.js';
import { announceSlaMoment } from './sla-timer-effects.js';
import { syncSlaClocks } from './sync-sla-clocks.js';

/** An SLA warning or breach: announced once, then ladders and automations react to it. */
const announce: TimerEffect = async (fired) => {
  const event = await announceSlaMoment(fired);
  const reactions =
    event === null
      ? []
      : await reactToEvents(fired.trx, fired.runtime, event.escalationId, [event], fired.now);
  // Plans each clock's next moment, under the policy that now applies (automations may have raised the priority).
  await syncSlaClocks(
    fired.trx,
    fired.runtime,
    await selectEscalationRow(fired.trx, fired.timer.escalation_id),
    fired.now,
  );
  return event === null ? [] : [event, ...reactions];
};

/** One level of a ladder: notifies whom its targets name now, unless someone claimed the escalation meanwhile. */
const ladderStep: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await trx
    .selectFrom('escalations')
    .select(['id', 'team', 'tier', 'status', 'claimed_at'])
    .where('id', '=', timer.escalation_id)
    .executeTakeFirst();
  if (row === undefined || row.claimed_at !== null || runtime.workflow.categoryOf(row.status) === 'done') {
    return [];
  }
  const step = decodeJson(timer.data) as { level: number; round: number; targets: string[] };
  const targets = resolveTargets(step.targets, now, makeLadderResolver(runtime, row));
  const event = await recordEvent(trx, {
    escalationId: row.id,
    type: 'ladder_notified',
    actor: 'handoff',
    at: now,
    data: {
      level: step.level,
      round: step.round,
      people: targets.people,
      unresolved: targets.unresolved,
      dueAt: new Date(Number(timer.due_at)).toISOString(),
    },
  });
  await insertOutbox(trx, {
    eventId: event.id,
    channel: 'ladder',
    payload: { escalationId: row.id, people: targets.people, level: step.level, round: step.round },
    now,
  });
  return [event];
};

/** A periodic update is due: recorded and notified, and the next one scheduled while the escalation stays open. */
const updateReminder: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await trx
    .selectFrom('escalations')
    .select(['id', 'status', 'assignee', 'team'])
    .where('id', '=', timer.escalation_id)
    .executeTakeFirst();
  if (row === undefined || runtime.workflow.categoryOf(row.status) === 'done') {
    return [];
  }
  const data = decodeJson(timer.data) as { everyMs: number; automation?: string };
  const event = await recordEvent(trx, {
    escalationId: row.id,
    type: 'update_due',
    actor: 'handoff',
    at: now,
    data: { assignee: row.assignee, team: row.team, everyMs: data.everyMs },
  });
  await insertOutbox(trx, {
    eventId: event.id,
    channel: 'update_reminder',
    payload: { escalationId: row.id, assignee: row.assignee, team: row.team },
    now,
  });
  await scheduleTimers(trx, [
    { escalationId: row.id, kind: 'update_reminder', dueAt: now + data.everyMs, data },
  ]);
  return [event];
};

/** How long a node may run the previous version after an activation: its runtime is rechecked every second. */
const recheckVersionMs = 1_000;

/** Clock pages re-planned per timer; the next page is its own timer, so a crash loses no page and repeats none. */
const recomputePage = 200;

/**
 * After a playbook version is activated: re-plans the SLA clocks of open escalations, one page per timer,
 * so no clock is left pointing at an old rule. A later activation supersedes it (its own timer does the work).
 */
const recomputeClocks: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const data = decodeJson(timer.data) as { version: number; after: string };
  const active = await trx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', activeVersionKey)
    .executeTakeFirst();
  if (Number(active?.value) !== data.version) {
    return [];
  }
  if (runtime.version !== data.version) {
    // The activating node commits the version, then drops its cached runtime: a worker tick in between (or
    // another node, which rechecks every second) still runs the old one. That is expected, not a fault:
    // look again once the runtime has caught up, with nothing logged and no attempt spent.
    await scheduleTimers(trx, [
      {
        escalationId: '-',
        kind: 'recompute_clocks',
        dueAt: now + recheckVersionMs,
        data: { version: data.version, after: data.after },
      },
    ]);
    return [];
  }
  const rows = await trx
    .selectFrom('escalations')
    .selectAll()
    .where('status', 'in', openStatuses(runtime))
    .where('id', '>', data.after)
    .orderBy('id')
    .limit(recomputePage)
    .execute();
  for (const row of rows) {
    await syncSlaClocks(trx, runtime, row, now);
  }
  const last = rows.at(-1);
  if (rows.length === recomputePage && last !== undefined) {
    await scheduleClockRecompute(trx, data.version, now, last.id);
  }
  return [];
};

/**
 * Re-plans the clocks of every open escalation under version `version`'s SLA rules, one page at a time from the
 * escalation after `after`: scheduled when a version is activated or rolled back to, and by each page for the next.
 */
export async function scheduleClockRecompute(
  trx: Transaction<Tables>,
  version: number,
  now: number,
  after = '',
): Promise<void> {
  await scheduleTimers(trx, [
    { escalationId: '-', kind: 'recompute_clocks', dueAt: now, data: { version, after } },
  ]);
}

export const timerEffects: Readonly<Record<string, TimerEffect>> = {
  sla_warning: announce,
  sla_breach: announce,
  ladder_step: ladderStep,
  update_reminder: updateReminder,
  recompute_clocks: recomputeClocks,
};
