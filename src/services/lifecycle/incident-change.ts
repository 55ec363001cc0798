// The one write pipeline of incidents: a guarded update of the row, its timeline events, the outbox rows the
// events owe (phase messages to contacts, notices to the people holding its roles) and its timers (the end of
// the operational period, the hand-over note, the status-update cadence), all in the caller's transaction.
import type { Transaction, Updateable } from 'kysely';
import type { Actor } from '../../context.js';
import { makeIncidentDeliveryPlanner } from '../../core/deliveries/plan-incident-deliveries.js';
import {
  cadenceOf,
  handoverNoteDue,
  periodEnd,
  periodsOf,
  planNextUpdate,
  type UpdateMoments,
} from '../../core/incidents/incident-clock.js';
import type { Incident, IncidentEvent } from '../../core/incidents/incident.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { Playbook } from '../../core/playbook/schema.js';
import { decodeJson } from '../../store/json.js';
import { insertIncidentEvents, type IncidentEventRow } from '../../store/queries/incident-events.js';
import { countIncidentLinks } from '../../store/queries/incident-links.js';
import { insertOutbox } from '../../store/queries/outbox.js';
import { type IncidentRow, selectIncidentRow } from '../../store/queries/select-incident-row.js';
import { cancelTimers, scheduleTimers } from '../../store/queries/timers.js';
import { updateIncidentRow } from '../../store/queries/update-incident-row.js';
import type { IncidentsTable, Tables } from '../../store/tables.js';
import { toOutboxMessages } from './enqueue-deliveries.js';
import { noteIncidentEvents } from './incident-events-written.js';

/** The kinds of timer an incident has; their effects are in runtime/timers/incident-timer-effects.ts. */
export const incidentTimerKinds = {
  periodEnd: 'incident_period_end',
  handoverNote: 'incident_handover_note',
  updateReminder: 'incident_update_reminder',
  updateDue: 'incident_update_due',
} as const;

export interface NewIncidentEventData {
  type: string;
  data: Record<string, unknown>;
}

const planners = new WeakMap<Playbook, ReturnType<typeof makeIncidentDeliveryPlanner>>();

/** The incident planner of a playbook version, compiled once. */
function plannerOf(runtime: PlaybookRuntime) {
  let planner = planners.get(runtime.playbook);
  if (planner === undefined) {
    planner = makeIncidentDeliveryPlanner(runtime.playbook);
    planners.set(runtime.playbook, planner);
  }
  return planner;
}

export const toIncidentEvent = (row: IncidentEventRow): IncidentEvent => ({
  id: Number(row.id),
  incidentId: row.incident_id,
  type: row.type,
  actor: row.actor,
  at: new Date(Number(row.at)).toISOString(),
  data: decodeJson(row.data) as Record<string, unknown>,
});

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export function toIncident(row: IncidentRow, escalations: string[]): Incident {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    severity: row.severity,
    critical: Number(row.critical) === 1,
    phase: row.phase,
    status: row.status,
    owner: row.owner,
    roles: decodeJson(row.roles) as Record<string, string | null>,
    period: Number(row.period),
    periodStartedAt: iso(row.period_started_at) ?? '',
    lastUpdateAt: iso(row.last_update_at) ?? '',
    nextUpdateAt: iso(row.next_update_at),
    escalations,
    source: row.source,
    openedBy: row.opened_by,
    openedAt: iso(row.opened_at) ?? '',
    resolvedAt: iso(row.resolved_at),
    updatedAt: iso(row.updated_at) ?? '',
    version: Number(row.version),
  };
}

/** Appends events to the incident's timeline and writes the outbox rows they owe, with the incident as `row` is. */
export async function recordIncidentEvents(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: string | null,
  row: IncidentRow,
  events: readonly NewIncidentEventData[],
  now: number,
): Promise<IncidentEvent[]> {
  if (events.length === 0) {
    return [];
  }
  const ids = await insertIncidentEvents(
    trx,
    events.map((event) => ({ incidentId: row.id, type: event.type, actor, at: now, data: event.data })),
  );
  const written = events.map((event, index) => ({
    id: ids[index] ?? 0,
    incidentId: row.id,
    type: event.type,
    actor,
    at: new Date(now).toISOString(),
    data: event.data,
  }));
  const links = (await countIncidentLinks(trx, [row.id])).get(row.id) ?? 0;
  const facts = {
    id: row.id,
    title: row.title,
    summary: row.summary,
    severity: row.severity,
    phase: row.phase,
    owner: row.owner,
    roles: decodeJson(row.roles) as Record<string, string | null>,
    escalations: links,
    nextUpdateAt: row.next_update_at === null ? null : Number(row.next_update_at),
  };
  const planner = plannerOf(runtime);
  await insertOutbox(
    trx,
    written.flatMap((event) => toOutboxMessages(planner.plan(event, facts), event.id, null)),
    now,
  );
  noteIncidentEvents(trx, written);
  return written;
}

/** Applies a patch to the incident (guarded by its version) and records its events; returns the row as it now is. */
export async function writeIncidentChange(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor | string,
  current: IncidentRow,
  change: { patch: Updateable<IncidentsTable>; events: readonly NewIncidentEventData[] },
  now: number,
): Promise<{ row: IncidentRow; events: IncidentEvent[] }> {
  await updateIncidentRow(trx, current.id, Number(current.version), { ...change.patch, updated_at: now });
  const row = await selectIncidentRow(trx, current.id);
  const events = await recordIncidentEvents(
    trx,
    runtime,
    typeof actor === 'string' ? actor : actor.name,
    row,
    change.events,
    now,
  );
  return { row, events };
}

/** The next status update of an incident after one posted at `lastUpdateAt`, or null when its severity has no cadence. */
export function nextUpdateOf(
  runtime: PlaybookRuntime,
  severity: string,
  lastUpdateAt: number,
  now: number,
): UpdateMoments | null {
  const cadence = cadenceOf(runtime.playbook.incidents, severity);
  return cadence === null ? null : planNextUpdate(cadence, lastUpdateAt, now);
}

/** Replaces the incident's cadence timers with those of `moments` (none when null). */
export async function scheduleUpdateTimers(
  trx: Transaction<Tables>,
  incidentId: string,
  moments: UpdateMoments | null,
): Promise<void> {
  await cancelTimers(trx, incidentId, [incidentTimerKinds.updateReminder, incidentTimerKinds.updateDue]);
  if (moments === null) {
    return;
  }
  await scheduleTimers(trx, [
    ...(moments.remindAt === null
      ? []
      : [
          {
            escalationId: incidentId,
            kind: incidentTimerKinds.updateReminder,
            dueAt: moments.remindAt,
            data: { dueAt: moments.dueAt },
          },
        ]),
    {
      escalationId: incidentId,
      kind: incidentTimerKinds.updateDue,
      dueAt: moments.dueAt,
      data: { dueAt: moments.dueAt },
    },
  ]);
}

/** Schedules the end of the period that started at `startedAt` (nothing when the playbook has no periods). */
export async function schedulePeriodEnd(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  incidentId: string,
  period: number,
  startedAt: number,
): Promise<void> {
  const periods = periodsOf(runtime.playbook.incidents);
  if (periods === null) {
    return;
  }
  await scheduleTimers(trx, [
    {
      escalationId: incidentId,
      kind: incidentTimerKinds.periodEnd,
      dueAt: periodEnd(periods, startedAt),
      data: { period },
    },
  ]);
}

/** Schedules the check that the outgoing owner wrote the hand-over note of `period`, which ended at `endedAt`. */
export async function scheduleHandoverNoteCheck(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  incidentId: string,
  period: number,
  endedAt: number,
  outgoing: string | null,
): Promise<number | null> {
  const periods = periodsOf(runtime.playbook.incidents);
  if (periods === null) {
    return null;
  }
  const dueAt = handoverNoteDue(periods, endedAt);
  await scheduleTimers(trx, [
    { escalationId: incidentId, kind: incidentTimerKinds.handoverNote, dueAt, data: { period, outgoing } },
  ]);
  return dueAt;
}

/** Cancels every timer of the incident (it is resolved). */
export async function cancelIncidentTimers(trx: Transaction<Tables>, incidentId: string): Promise<void> {
  await cancelTimers(trx, incidentId, Object.values(incidentTimerKinds));
}
