// Who hears about an incident's timeline event: key contacts get the phase messages and status updates in their
// language; the people holding its roles get the reminders, the missed updates and the hand-over requests. Pure;
// the incident's write pipeline puts what it returns in the outbox in the event's own transaction.
import { phaseMessage, updateMessage, type MessageValues } from '../incidents/incident-message.js';
import type { ChannelKind } from '../playbook/integrations-schema.js';
import { type IncidentPhase, incidentPhases, type KeyContact } from '../playbook/incidents-schema.js';
import type { Playbook } from '../playbook/schema.js';
import { channelsOf, type PlannedDelivery, type PlannedEvent } from './plan-deliveries.js';

/** What the planner needs of the incident, as the event's transaction leaves it. */
export interface IncidentFacts {
  id: string;
  title: string;
  summary: string | null;
  severity: string;
  phase: string;
  owner: string | null;
  roles: Readonly<Record<string, string | null>>;
  escalations: number;
  nextUpdateAt: number | null;
}

const isPhase = (value: unknown): value is IncidentPhase =>
  typeof value === 'string' && (incidentPhases as readonly string[]).includes(value);

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The events that carry a phase message: opening (detected), a phase change, resolving. */
const phaseEvents = new Set(['opened', 'phase_changed', 'resolved']);

/** The words each person-addressed event says, in English: people's notices are for the responders. */
const personLines: Record<string, (facts: IncidentFacts, data: Record<string, unknown>) => string> = {
  opened: (facts, data) =>
    `Incident ${facts.id} "${facts.title}" (${facts.severity}) opened: you are its ${String(data['role'] ?? 'responder')}.`,
  update_reminder: (facts, data) =>
    `A status update on incident ${facts.id} "${facts.title}" is due at ${String(data['dueAt'])}.`,
  update_missed: (facts, data) =>
    `The status update on incident ${facts.id} "${facts.title}" due at ${String(data['dueAt'])} was not posted.`,
  period_ended: (facts, data) =>
    `Operational period ${String(data['period'])} of incident ${facts.id} "${facts.title}" has ended: write your hand-over note by ${String(data['noteDueAt'])}.`,
  owner_changed: (facts, data) =>
    `Incident ${facts.id} "${facts.title}" (${facts.severity}) is yours from period ${String(data['period'])}: read the hand-over note on its timeline.`,
  handover_note_missed: (facts, data) =>
    `No hand-over note was written for period ${String(data['period'])} of incident ${facts.id} "${facts.title}".`,
};

export function makeIncidentDeliveryPlanner(playbook: Playbook) {
  const section = playbook.incidents;
  const kinds = new Map<string, ChannelKind>();
  playbook.integrations?.webhooks?.forEach((webhook) => kinds.set(webhook.id, 'webhook'));
  playbook.integrations?.slack?.forEach((slack) => kinds.set(slack.id, 'slack'));
  playbook.integrations?.email?.forEach((email) => kinds.set(email.id, 'email'));
  const senders = playbook.integrations?.email ?? [];
  const people = new Map((playbook.people ?? []).map((person) => [person.id, person]));

  const contactDelivery = (
    contact: KeyContact,
    event: PlannedEvent,
    message: string,
  ): PlannedDelivery | null => {
    if (contact.channel.includes('@')) {
      const sender = senders[0];
      return sender === undefined
        ? null
        : {
            channel: 'email',
            endpoint: sender.id,
            recipient: `address:${contact.channel}`,
            payload: { reason: 'incident_contact', event, message },
          };
    }
    const kind = kinds.get(contact.channel);
    if (kind === undefined) {
      return null;
    }
    return {
      channel: kind,
      endpoint: contact.channel,
      recipient: kind === 'webhook' ? null : kind === 'slack' ? 'team:-' : null,
      payload: { reason: 'incident_contact', event, message },
    };
  };

  const personDelivery = (
    id: string,
    reason: string,
    event: PlannedEvent,
    message: string,
  ): PlannedDelivery | null => {
    const person = people.get(id);
    const [first, ...rest] = person === undefined ? [] : channelsOf(person, kinds);
    const kind = first === undefined ? undefined : kinds.get(first);
    if (first === undefined || kind === undefined) {
      return null;
    }
    return {
      channel: kind,
      endpoint: first,
      recipient: id,
      payload: { reason, event, message, ...(rest.length > 0 ? { fallback: rest } : {}) },
    };
  };

  /** Who is addressed by a person notice, and why. */
  const addressed = (event: PlannedEvent, facts: IncidentFacts): Array<[string, string]> => {
    const data = event.data;
    const comms = facts.roles['communications'] ?? null;
    switch (event.type) {
      case 'opened':
        return Object.entries(facts.roles).flatMap(([role, person]) =>
          person === null ? [] : [[person, role] as [string, string]],
        );
      case 'update_reminder':
      case 'update_missed':
        return [comms ?? facts.owner]
          .filter((person): person is string => person !== null)
          .map((person) => [person, `incident_${event.type}`]);
      case 'period_ended':
        return typeof data['outgoing'] === 'string'
          ? [[data['outgoing'], 'incident_handover_note_requested']]
          : [];
      case 'owner_changed':
        return typeof data['owner'] === 'string' ? [[data['owner'], 'incident_owner']] : [];
      case 'handover_note_missed':
        return typeof data['outgoing'] === 'string'
          ? [[data['outgoing'], 'incident_handover_note_missed']]
          : [];
      default:
        return [];
    }
  };

  function plan(event: PlannedEvent, facts: IncidentFacts): PlannedDelivery[] {
    if (section === undefined || kinds.size === 0) {
      return [];
    }
    const planned: PlannedDelivery[] = [];
    const values = (locale: 'en' | 'tr'): MessageValues => ({
      title: facts.title,
      severity: section.severities.find((severity) => severity.id === facts.severity)?.name ?? facts.severity,
      phase: facts.phase,
      summary: facts.summary,
      note: typeof event.data['note'] === 'string' ? event.data['note'] : null,
      owner: facts.owner === null ? null : (people.get(facts.owner)?.name ?? facts.owner),
      escalations: facts.escalations,
      next_update: iso(facts.nextUpdateAt),
      incident_id: facts.id,
      locale,
    });
    const reaches = (contact: KeyContact) =>
      contact.severities === undefined || contact.severities.includes(facts.severity);
    const phase = event.data['phase'];
    if (phaseEvents.has(event.type) && isPhase(phase)) {
      for (const contact of section.communications.contacts) {
        if (reaches(contact) && contact.phases.includes(phase)) {
          const delivery = contactDelivery(
            contact,
            event,
            phaseMessage(section, phase, contact.locale, values(contact.locale)),
          );
          if (delivery !== null) {
            planned.push(delivery);
          }
        }
      }
    }
    if (event.type === 'update_posted') {
      for (const contact of section.communications.contacts) {
        if (reaches(contact) && contact.updates) {
          const delivery = contactDelivery(
            contact,
            event,
            updateMessage(section, contact.locale, values(contact.locale)),
          );
          if (delivery !== null) {
            planned.push(delivery);
          }
        }
      }
    }
    const line = personLines[event.type];
    const seen = new Set<string>();
    // Opening addresses each role holder, with the role as the reason's detail.
    for (const [person, detail] of addressed(event, facts)) {
      if (line === undefined || seen.has(person)) {
        continue;
      }
      seen.add(person);
      const isRole = event.type === 'opened';
      const data = isRole ? { ...event.data, role: detail } : event.data;
      const delivery = personDelivery(person, isRole ? 'incident_role' : detail, event, line(facts, data));
      if (delivery !== null) {
        planned.push(delivery);
      }
    }
    return planned;
  }

  return { plan };
}
export type IncidentDeliveryPlanner = ReturnType<typeof makeIncidentDeliveryPlanner>;
