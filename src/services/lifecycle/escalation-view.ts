// Turns stored rows into the Escalation and TimelineEvent shapes the transports return.
import type { Selectable } from 'kysely';
import { decodeJson } from '../../store/json.js';
import type { EscalationRow } from '../../store/queries/select-escalation-row.js';
import type { EventsTable } from '../../store/tables.js';
import type { Escalation, Outcome, ReasonCategory, TimelineEvent } from '../../core/escalation/escalation.js';

const iso = (millis: number | null): string | null =>
  millis === null ? null : new Date(Number(millis)).toISOString();

export function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    caseId: row.case_id,
    caseTurn: row.case_turn,
    status: row.status,
    priority: row.priority,
    team: row.team,
    tier: row.tier,
    assignee: row.assignee,
    mode: row.mode as Escalation['mode'],
    origin: row.origin as Escalation['origin'],
    reasonCategory: row.reason_category as ReasonCategory | null,
    playbookVersion: row.playbook_version,
    version: row.version,
    tags: decodeJson(row.tags),
    fields: decodeJson(row.fields),
    rerouteCount: row.reroute_count,
    tierChanges: row.tier_changes,
    openedAt: iso(row.opened_at) ?? '',
    assignedAt: iso(row.assigned_at),
    claimedAt: iso(row.claimed_at),
    firstResponseAt: iso(row.first_response_at),
    resolvedAt: iso(row.resolved_at),
    outcome: row.outcome as Outcome | null,
    updatedAt: iso(row.updated_at) ?? '',
  };
}

export function toTimelineEvent(row: Selectable<EventsTable>): TimelineEvent {
  return {
    id: Number(row.id),
    escalationId: row.escalation_id,
    type: row.type,
    actor: row.actor,
    at: iso(row.at) ?? '',
    data: decodeJson(row.data) as Record<string, unknown>,
  };
}
