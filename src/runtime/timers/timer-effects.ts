// The effect of each kind of timer, for the timers worker. Each runs inside the transaction that marks its timer fired.
import { resolveTargets } from '../../core/oncall/ladder-plan.js';
import { decodeJson } from '../../store/json.js';
import { selectActivePlaybookVersion } from '../../store/queries/select-active-playbook-version.js';
import { selectEscalationForLadderStep } from '../../store/queries/select-escalation-for-ladder-step.js';
import { selectEscalationForUpdateReminder } from '../../store/queries/select-escalation-for-update-reminder.js';
import { selectEscalationRow } from '../../store/queries/select-escalation-row.js';
import { selectOpenEscalationsAfter } from '../../store/queries/select-open-escalations-after.js';
import { scheduleTimers } from '../../store/queries/timers.js';
import type { TimerEffect } from './timers-worker.js';
import { approvalDeadline } from './approval-deadline-effect.js';
import { ownerFallback } from './owner-fallback-effect.js';
import {
  incidentHandoverNote,
  incidentPeriodEnd,
  incidentUpdateDue,
  incidentUpdateReminder,
} from './incident-timer-effects.js';
import { makeLadderResolver } from '../../services/lifecycle/ladder-resolver.js';
import { openStatuses } from '../../services/lifecycle/pick-assignee.js';
import { reactToEvents } from '../../services/lifecycle/react-to-events.js';
import { recordEvent } from '../../services/lifecycle/record-event.js';
import { announceSlaMoment } from './sla-timer-effects.js';
import { scheduleClockRecompute, syncSlaClocks } from '../../services/lifecycle/sync-sla-clocks.js';

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
  const row = await selectEscalationForLadderStep(trx, timer.escalation_id);
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
  return [event];
};

/** A periodic update is due: recorded and notified, and the next one scheduled while the escalation stays open. */
const updateReminder: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await selectEscalationForUpdateReminder(trx, timer.escalation_id);
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
  if ((await selectActivePlaybookVersion(trx)) !== data.version) {
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
  const rows = await selectOpenEscalationsAfter(trx, openStatuses(runtime), data.after, recomputePage);
  for (const row of rows) {
    await syncSlaClocks(trx, runtime, row, now);
  }
  const last = rows.at(-1);
  if (rows.length === recomputePage && last !== undefined) {
    await scheduleClockRecompute(trx, data.version, now, last.id);
  }
  return [];
};

export const timerEffects: Readonly<Record<string, TimerEffect>> = {
  sla_warning: announce,
  sla_breach: announce,
  ladder_step: ladderStep,
  update_reminder: updateReminder,
  recompute_clocks: recomputeClocks,
  approval_deadline: approvalDeadline,
  owner_fallback: ownerFallback,
  incident_period_end: incidentPeriodEnd,
  incident_handover_note: incidentHandoverNote,
  incident_update_reminder: incidentUpdateReminder,
  incident_update_due: incidentUpdateDue,
};
