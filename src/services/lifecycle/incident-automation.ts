// The automation action `open_incident`: the escalation joins the incident this automation opened that is still
// open, or opens one (severity given, or from the thresholds: nothing is opened when none holds).
import type { Transaction } from 'kysely';
import type { Actor } from '../../context.js';
import type { ActionToApply } from '../../core/automations/run-automations.js';
import type { TimelineEvent } from '../../core/escalation/escalation.js';
import type { PlaybookRuntime } from '../../core/playbook-runtime/playbook-runtime.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import { selectOpenIncidentBySource } from '../../store/queries/select-open-incident-by-source.js';
import type { Tables } from '../../store/tables.js';
import { openIncidentWith } from './incident-open.js';
import { linkEscalation } from './incident-links.js';
import { severityFromRecent } from './incident-severity.js';

/** Returns the escalation's events (`incident_linked`); none when no incident was opened or joined. */
export async function openIncidentFromAutomation(
  trx: Transaction<Tables>,
  runtime: PlaybookRuntime,
  escalation: EscalationRow,
  automation: string,
  action: Extract<ActionToApply, { kind: 'open_incident' }>,
  now: number,
): Promise<TimelineEvent[]> {
  const section = runtime.playbook.incidents;
  if (section === undefined) {
    return [];
  }
  const actor: Actor = { kind: 'system', keyId: null, name: `automation:${automation}`, personId: null };
  const source = `automation:${automation}`;
  const open = await selectOpenIncidentBySource(trx, source);
  if (open !== undefined) {
    return (await linkEscalation(trx, runtime, actor, open, escalation, now)).escalationEvents;
  }
  const severity =
    action.severity === 'auto'
      ? await severityFromRecent(trx, section, escalation, now)
      : (section.severities.find((candidate) => candidate.id === action.severity) ?? null);
  if (severity === null) {
    return [];
  }
  const opened = await openIncidentWith(
    trx,
    runtime,
    actor,
    { title: action.title, summary: action.summary, severity, escalations: [escalation], source },
    now,
  );
  return opened.escalationEvents;
}
