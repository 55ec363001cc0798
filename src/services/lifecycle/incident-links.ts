// Linking an escalation to an incident: the link, an event on both timelines, and a severity raised when the
// linked escalations cross a more severe threshold (its update cadence then follows the new severity).
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import { isMoreSevere } from '../../core/incidents/choose-severity.js';
import type { IncidentEvent } from '../../core/incidents/incident.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import { HandoffError } from '../../errors.js';
import { countIncidentLinks, insertIncidentLink } from '../../store/queries/incident-links.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import type { IncidentRow } from '../../store/queries/select-incident-row.js';
import type { Tables } from '../../store/tables.js';
import {
  type NewIncidentEventData,
  nextUpdateOf,
  scheduleUpdateTimers,
  writeIncidentChange,
} from './incident-change.js';
import { recordEvent } from './record-event.js';
import { severityFromLinks } from './incident-severity.js';

export interface LinkResult {
  row: IncidentRow;
  events: IncidentEvent[];
  escalationEvents: TimelineEvent[];
}

/** Links one escalation; linking one already linked changes nothing. */
export async function linkEscalation(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  actor: Actor,
  incident: IncidentRow,
  escalation: EscalationRow,
  now: number,
): Promise<LinkResult> {
  if (incident.status !== 'open') {
    throw new HandoffError('conflict', `incident ${incident.id} is resolved`, { path: 'status' });
  }
  if (!(await insertIncidentLink(trx, incident.id, escalation.id, now))) {
    return { row: incident, events: [], escalationEvents: [] };
  }
  const escalationEvent = await recordEvent(trx, {
    escalationId: escalation.id,
    type: 'incident_linked',
    actor: actor.name,
    at: now,
    data: { incident: incident.id, title: incident.title },
  });
  const events: NewIncidentEventData[] = [{ type: 'escalation_linked', data: { escalation: escalation.id } }];
  const section = runtime.playbook.incidents;
  const linked = (await countIncidentLinks(trx, [incident.id])).get(incident.id) ?? 0;
  const raised = section === undefined ? null : severityFromLinks(section, escalation, linked);
  const patch: Record<string, unknown> = {};
  if (section !== undefined && raised !== null && isMoreSevere(section, raised.id, incident.severity)) {
    Object.assign(patch, { severity: raised.id, critical: raised.critical ? 1 : 0 });
    events.push({
      type: 'severity_changed',
      data: { from: incident.severity, to: raised.id, escalations: linked, reason: 'threshold' },
    });
  }
  const moments =
    patch['severity'] === undefined
      ? undefined
      : nextUpdateOf(runtime, String(patch['severity']), Number(incident.last_update_at), now);
  if (moments !== undefined) {
    patch['next_update_at'] = moments?.dueAt ?? null;
    await scheduleUpdateTimers(trx, incident.id, moments);
  }
  const written = await writeIncidentChange(trx, runtime, actor, incident, { patch, events }, now);
  return { ...written, escalationEvents: [escalationEvent] };
}
