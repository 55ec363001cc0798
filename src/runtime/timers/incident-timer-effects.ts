// The effects of an incident's timers: the end of an operational period (the outgoing owner is asked for a
// hand-over note, the incoming on-call takes over), the check that the note was written, and the status-update
// cadence (a reminder before each update is due, a "missed update" when none came). Each fires once: a timer that
// no longer matches the incident (a later period, an update posted meanwhile, resolved) does nothing.
import { cadenceOf, periodsOf, planNextUpdate } from '../../core/incidents/incident-clock.js';
import { decodeJson } from '../../store/json.js';
import { selectIncidentEvents } from '../../store/queries/incident-events.js';
import type { IncidentRow } from '../../store/queries/select-incident-row.js';
import { encodeJson } from '../../store/json.js';
import { selectIncidentRow } from '../../store/queries/select-incident-row.js';
import type { Db } from '../../store/store.js';
import {
  scheduleHandoverNoteCheck,
  schedulePeriodEnd,
  scheduleUpdateTimers,
  writeIncidentChange,
} from '../../services/lifecycle/incident-change.js';
import type { TimerEffect } from './timers-worker.js';

const actor = 'handoff';

async function openIncident(db: Db, id: string): Promise<IncidentRow | null> {
  const row = await selectIncidentRow(db, id).catch(() => null);
  return row !== null && row.status === 'open' ? row : null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A period ended: the rotation's current on-call takes the period's role (and the incident); a note is asked for. */
export const incidentPeriodEnd: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await openIncident(trx, timer.escalation_id);
  const data = decodeJson(timer.data) as { period: number };
  const periods = periodsOf(runtime.playbook.incidents);
  if (row === null || periods === null || Number(row.period) !== data.period) {
    return [];
  }
  const endedAt = Number(timer.due_at);
  const outgoing = row.owner;
  const onCall = runtime.rotations.get(periods.rotation)?.onCallAt(endedAt);
  const incoming = onCall !== undefined && runtime.people.has(onCall) ? onCall : outgoing;
  const roles = decodeJson(row.roles) as Record<string, string | null>;
  if (periods.role !== null) {
    roles[periods.role] = incoming;
  }
  const noteDueAt = await scheduleHandoverNoteCheck(trx, runtime, row.id, data.period, endedAt, outgoing);
  await schedulePeriodEnd(trx, runtime, row.id, data.period + 1, endedAt);
  await writeIncidentChange(
    trx,
    runtime,
    actor,
    row,
    {
      patch: {
        period: data.period + 1,
        period_started_at: endedAt,
        owner: incoming,
        roles: encodeJson(roles),
      },
      events: [
        {
          type: 'period_ended',
          data: {
            period: data.period,
            outgoing,
            incoming,
            noteDueAt: noteDueAt === null ? null : iso(noteDueAt),
          },
        },
        { type: 'owner_changed', data: { period: data.period + 1, owner: incoming, from: outgoing } },
      ],
    },
    now,
  );
  return [];
};

/** The hand-over note of a period is due: recorded as missed when nobody wrote it. */
export const incidentHandoverNote: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await openIncident(trx, timer.escalation_id);
  if (row === null) {
    return [];
  }
  const data = decodeJson(timer.data) as { period: number; outgoing: string | null };
  const notes = await selectIncidentEvents(trx, row.id, ['handover_noted']);
  if (notes.some((note) => (decodeJson(note.data) as { period?: unknown }).period === data.period)) {
    return [];
  }
  await writeIncidentChange(
    trx,
    runtime,
    actor,
    row,
    {
      patch: {},
      events: [{ type: 'handover_note_missed', data: { period: data.period, outgoing: data.outgoing } }],
    },
    now,
  );
  return [];
};

/** A status update is due soon: the communications lead (else the owner) is reminded. */
export const incidentUpdateReminder: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await openIncident(trx, timer.escalation_id);
  const data = decodeJson(timer.data) as { dueAt: number };
  if (row === null || Number(row.next_update_at) !== data.dueAt) {
    return [];
  }
  await writeIncidentChange(
    trx,
    runtime,
    actor,
    row,
    { patch: {}, events: [{ type: 'update_reminder', data: { dueAt: iso(data.dueAt) } }] },
    now,
  );
  return [];
};

/** A status update was due and none came: recorded as missed, and the clock runs on to the next one. */
export const incidentUpdateDue: TimerEffect = async ({ trx, timer, runtime, now }) => {
  const row = await openIncident(trx, timer.escalation_id);
  const data = decodeJson(timer.data) as { dueAt: number };
  const cadence = row === null ? null : cadenceOf(runtime.playbook.incidents, row.severity);
  if (row === null || Number(row.next_update_at) !== data.dueAt) {
    return [];
  }
  const next = cadence === null ? null : planNextUpdate(cadence, data.dueAt, now);
  await scheduleUpdateTimers(trx, row.id, next);
  await writeIncidentChange(
    trx,
    runtime,
    actor,
    row,
    {
      patch: { next_update_at: next?.dueAt ?? null },
      events: [
        {
          type: 'update_missed',
          data: { dueAt: iso(data.dueAt), nextDueAt: next === null ? null : iso(next.dueAt) },
        },
      ],
    },
    now,
  );
  return [];
};
