// Opening an incident: its severity (given, or from the thresholds), its roles filled from the playbook, its owner,
// the first operational period and the update cadence planned, the escalations it starts with linked.
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import { defaultSeverity } from '../../core/incidents/choose-severity.js';
import { fillRoles } from '../../core/incidents/fill-roles.js';
import { periodsOf } from '../../core/incidents/incident-clock.js';
import type { IncidentEvent } from '../../core/incidents/incident.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { IncidentsSection, Severity } from '../../core/playbook/incidents-schema.js';
import { HandoffError } from '../../errors.js';
import { newId } from '../../store/ids.js';
import { encodeJson } from '../../store/json.js';
import { insertIncident } from '../../store/queries/insert-incident.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { type IncidentRow, selectIncidentRow } from '../../store/queries/select-incident-row.js';
import type { Tables } from '../../store/tables.js';
import {
  nextUpdateOf,
  recordIncidentEvents,
  schedulePeriodEnd,
  scheduleUpdateTimers,
} from './incident-change.js';
import { linkEscalation } from './incident-links.js';
import { severityFromLinks } from './incident-severity.js';

/** The incidents section of the active playbook, or `unprocessable` when it has none. */
export function incidentsSectionOf(runtime: PlaybookRuntime): IncidentsSection {
  const section = runtime.playbook.incidents;
  if (section === undefined) {
    throw new HandoffError(
      'unprocessable',
      `the active playbook (version ${runtime.version}) has no incidents section`,
      { path: 'incidents' },
    );
  }
  return section;
}

export interface OpenIncidentArgs {
  title: string;
  summary: string | null;
  /** A severity of the playbook, or null to take it from the thresholds (else the default). */
  severity: Severity | null;
  escalations: readonly EscalationRow[];
  /** The automation that opened it. */
  source: string | null;
}

export async function openIncidentWith(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  args: OpenIncidentArgs,
  now: number,
): Promise<{ row: IncidentRow; events: IncidentEvent[]; escalationEvents: TimelineEvent[] }> {
  const section = incidentsSectionOf(runtime);
  const first = args.escalations[0];
  const severity =
    args.severity ??
    (first === undefined ? null : severityFromLinks(section, first, args.escalations.length)) ??
    defaultSeverity(section);
  const roles = fillRoles(
    section.roles,
    {
      hasPerson: (id) => runtime.people.has(id),
      leadOf: (team) => runtime.teams.get(team)?.lead,
      onCallAt: (rotation, at) => runtime.rotations.get(rotation)?.onCallAt(at),
    },
    now,
  );
  const ownerRole = periodsOf(section)?.role ?? section.roles[0]?.id;
  const owner = (ownerRole === undefined ? null : roles[ownerRole]) ?? actor.personId;
  const id = `inc_${newId(now)}`;
  const moments = nextUpdateOf(runtime, severity.id, now, now);
  await insertIncident(trx, {
    id,
    title: args.title,
    summary: args.summary,
    severity: severity.id,
    critical: severity.critical ? 1 : 0,
    phase: 'detected',
    status: 'open',
    owner: owner ?? null,
    roles: encodeJson(roles),
    period: 1,
    period_started_at: now,
    last_update_at: now,
    next_update_at: moments?.dueAt ?? null,
    source: args.source,
    playbook_version: runtime.version,
    opened_by: actor.keyId,
    opened_at: now,
    resolved_at: null,
    updated_at: now,
  });
  await scheduleUpdateTimers(trx, id, moments);
  await schedulePeriodEnd(trx, runtime, id, 1, now);
  let row = await selectIncidentRow(trx, id);
  const events = await recordIncidentEvents(
    trx,
    runtime,
    actor.name,
    row,
    [
      {
        type: 'opened',
        data: {
          phase: 'detected',
          title: args.title,
          severity: severity.id,
          critical: severity.critical,
          roles,
          owner,
          source: args.source,
          escalations: args.escalations.map((escalation) => escalation.id),
        },
      },
    ],
    now,
  );
  const escalationEvents: TimelineEvent[] = [];
  for (const escalation of args.escalations) {
    const linked = await linkEscalation(trx, runtime, actor, row, escalation, now);
    row = linked.row;
    events.push(...linked.events);
    escalationEvents.push(...linked.escalationEvents);
  }
  return { row, events, escalationEvents };
}
