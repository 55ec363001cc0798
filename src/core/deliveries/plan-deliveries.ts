// Who hears about a timeline event, and through what: the outbox rows one event makes, from the playbook's
// integrations and people. Pure; the lifecycle writes what it returns in the event's own transaction.
import type { ChannelKind, Integrations } from '../playbook/integrations-schema.js';
import type { Person, Playbook } from '../playbook/schema.js';

/** One message to write to the outbox. */
export interface PlannedDelivery {
  channel: ChannelKind;
  /** The integration id. */
  endpoint: string;
  /** A person id, `team:ID`, `customer`, or null for the endpoint itself (a webhook). */
  recipient: string | null;
  payload: DeliveryPayload;
}

export interface DeliveryPayload {
  /** Why this recipient hears of it: the event itself, or the part they play (assignee, ladder, approver…). */
  reason: string;
  event: PlannedEvent;
  /** An automation's message or template, when it asked for this notice. */
  message?: string | undefined;
  template?: string | undefined;
  /** For a person: the channels still to try, in order, if this one cannot reach them. */
  fallback?: string[] | undefined;
}

export interface PlannedEvent {
  id: number;
  type: string;
  actor: string | null;
  at: string;
  data: Record<string, unknown>;
}

/** What the planner needs of the escalation the event belongs to. */
export interface EscalationFacts {
  team: string;
  assignee: string | null;
  /** The case id: a Chatwoot conversation's escalation has `chatwoot:<integration>:<conversation id>`. */
  caseId?: string | undefined;
}

/** The case id Handoff gives a Chatwoot conversation it evaluates. */
export const chatwootCaseId = (integration: string, conversationId: number | string): string =>
  `chatwoot:${integration}:${conversationId}`;

/** The actor name of what a helpdesk's webhook wrote: its events are not pushed back to that helpdesk. */
export const helpdeskActor = (integration: string): string => `helpdesk:${integration}`;

/** The events a helpdesk hears of; what it wrote itself (comments, resolving) does not go back to it. */
const HELPDESK_EVENTS: Record<'chatwoot' | 'zendesk', readonly string[]> = {
  chatwoot: ['created', 'assigned', 'commented', 'resolved'],
  zendesk: ['created', 'assigned', 'commented', 'customer_replied', 'resolved', 'reopened'],
};
const helpdeskTakes = (kind: 'chatwoot' | 'zendesk', integration: string, event: PlannedEvent): boolean =>
  HELPDESK_EVENTS[kind].includes(event.type) &&
  (event.type === 'created' || event.actor !== helpdeskActor(integration));

export interface DeliveryPlanner {
  /** False when the playbook declares no integration: nothing is ever written. */
  readonly active: boolean;
  plan(event: PlannedEvent, escalation: EscalationFacts): PlannedDelivery[];
}

const includes = (events: readonly string[] | undefined, type: string): boolean =>
  events === undefined || events.includes('*') || events.includes(type);

/** The events that address particular people, and whom. */
function peopleAddressed(
  event: PlannedEvent,
  escalation: EscalationFacts,
  lead: string | undefined,
): Array<{ person: string; reason: string }> {
  const data = event.data;
  const one = (value: unknown, reason: string) =>
    typeof value === 'string' && value !== '' ? [{ person: value, reason }] : [];
  const many = (value: unknown, reason: string) =>
    Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').map((person) => ({ person, reason }))
      : [];
  switch (event.type) {
    case 'assigned':
      return one(data['assignee'], 'assignee');
    case 'ladder_notified':
      return many(data['people'], 'ladder');
    case 'update_due':
      return one(data['assignee'] ?? escalation.assignee, 'update_due');
    case 'owner_fallback':
      return data['assignee'] === null || data['assignee'] === undefined
        ? one(lead, 'owner_fallback')
        : one(data['assignee'], 'owner_fallback');
    case 'sla_warning':
    case 'sla_breached':
      return one(escalation.assignee ?? lead, event.type);
    case 'approval_requested':
      return many(data['approvers'], 'approver');
    case 'approval_expired':
      // Escalated: the next approvers hear of it; assigned: the person who takes it over; else the owner.
      return Array.isArray(data['approvers'])
        ? many(data['approvers'], 'approver')
        : one(data['person'] ?? escalation.assignee ?? lead, 'approval_expired');
    default:
      return [];
  }
}

/** The channels a person is reached through, in order: their `notify`, or every Slack then e-mail integration. */
export function channelsOf(person: Person, kinds: ReadonlyMap<string, ChannelKind>): string[] {
  const reachable = (id: string) => {
    const kind = kinds.get(id);
    return kind === 'slack' ? true : kind === 'email' ? person.email !== undefined : false;
  };
  if (person.notify !== undefined) {
    return person.notify.filter(reachable);
  }
  const slack = [...kinds].filter(([, kind]) => kind === 'slack').map(([id]) => id);
  const email = [...kinds].filter(([, kind]) => kind === 'email').map(([id]) => id);
  return [...slack, ...email].filter(reachable);
}

export function makeDeliveryPlanner(playbook: Playbook): DeliveryPlanner {
  const integrations: Integrations = playbook.integrations ?? {};
  const kinds = new Map<string, ChannelKind>();
  integrations.webhooks?.forEach((webhook) => kinds.set(webhook.id, 'webhook'));
  integrations.slack?.forEach((slack) => kinds.set(slack.id, 'slack'));
  integrations.email?.forEach((email) => kinds.set(email.id, 'email'));
  integrations.chatwoot?.forEach((chatwoot) => kinds.set(chatwoot.id, 'chatwoot'));
  integrations.zendesk?.forEach((zendesk) => kinds.set(zendesk.id, 'zendesk'));
  const people = new Map((playbook.people ?? []).map((person) => [person.id, person]));
  const leads = new Map(playbook.teams.map((team) => [team.id, team.lead]));
  /** A name in a list of approvers or targets: `person:ID`, `team:ID` (its people), or a bare person id. */
  const partyMembers = (party: string): string[] => {
    if (party.startsWith('team:')) {
      const team = party.slice('team:'.length);
      return (playbook.people ?? [])
        .filter((person) => person.teams.includes(team))
        .map((person) => person.id);
    }
    return [party.startsWith('person:') ? party.slice('person:'.length) : party];
  };
  const customerMail = (integrations.email ?? []).filter((email) => email.customer_replies === true);

  function plan(event: PlannedEvent, escalation: EscalationFacts): PlannedDelivery[] {
    const planned: PlannedDelivery[] = [];
    for (const webhook of integrations.webhooks ?? []) {
      if (includes(webhook.events, event.type)) {
        planned.push({
          channel: 'webhook',
          endpoint: webhook.id,
          recipient: null,
          payload: { reason: 'event', event },
        });
      }
    }
    for (const slack of integrations.slack ?? []) {
      const hasChannel =
        slack.channels?.[escalation.team] !== undefined || slack.default_channel !== undefined;
      if (hasChannel && includes(slack.events, event.type)) {
        planned.push({
          channel: 'slack',
          endpoint: slack.id,
          recipient: `team:${escalation.team}`,
          payload: { reason: 'event', event },
        });
      }
    }
    for (const chatwoot of integrations.chatwoot ?? []) {
      const ours = escalation.caseId?.startsWith(chatwootCaseId(chatwoot.id, '')) === true;
      if (ours && helpdeskTakes('chatwoot', chatwoot.id, event)) {
        planned.push({
          channel: 'chatwoot',
          endpoint: chatwoot.id,
          recipient: null,
          payload: { reason: 'event', event },
        });
      }
    }
    for (const zendesk of integrations.zendesk ?? []) {
      if (helpdeskTakes('zendesk', zendesk.id, event)) {
        planned.push({
          channel: 'zendesk',
          endpoint: zendesk.id,
          recipient: null,
          payload: { reason: 'event', event },
        });
      }
    }
    const seen = new Set<string>();
    const addressed = peopleAddressed(event, escalation, leads.get(escalation.team)).flatMap((entry) =>
      partyMembers(entry.person).map((person) => ({ person, reason: entry.reason })),
    );
    for (const { person: id, reason } of addressed) {
      const person = people.get(id);
      if (person === undefined || seen.has(id)) {
        continue;
      }
      seen.add(id);
      const [first, ...rest] = channelsOf(person, kinds);
      const kind = first === undefined ? undefined : kinds.get(first);
      if (first !== undefined && kind !== undefined) {
        planned.push({
          channel: kind,
          endpoint: first,
          recipient: id,
          payload: { reason, event, ...(rest.length > 0 ? { fallback: rest } : {}) },
        });
      }
    }
    if (event.type === 'notification_recorded') {
      const channel = event.data['channel'];
      const kind = typeof channel === 'string' ? kinds.get(channel) : undefined;
      if (typeof channel === 'string' && kind !== undefined) {
        const message = event.data['message'];
        const template = event.data['template'];
        planned.push({
          channel: kind,
          endpoint: channel,
          recipient: kind === 'webhook' ? null : `team:${escalation.team}`,
          payload: {
            reason: 'automation',
            event,
            ...(typeof message === 'string' ? { message } : {}),
            ...(typeof template === 'string' ? { template } : {}),
          },
        });
      }
    }
    if (event.type === 'commented' && event.data['visibility'] === 'public') {
      for (const email of customerMail) {
        planned.push({
          channel: 'email',
          endpoint: email.id,
          recipient: 'customer',
          payload: { reason: 'public_reply', event },
        });
      }
    }
    return planned;
  }

  return { active: kinds.size > 0, plan };
}

/** The next channel to try for a person whose delivery was set aside, as a planned delivery, or null. */
export function planFallback(
  playbook: Playbook,
  recipient: string | null,
  payload: DeliveryPayload,
): PlannedDelivery | null {
  const [next, ...rest] = payload.fallback ?? [];
  if (next === undefined || recipient === null) {
    return null;
  }
  const kinds = new Map<string, ChannelKind>();
  playbook.integrations?.slack?.forEach((slack) => kinds.set(slack.id, 'slack'));
  playbook.integrations?.email?.forEach((email) => kinds.set(email.id, 'email'));
  const kind = kinds.get(next);
  if (kind === undefined) {
    return planFallback(playbook, recipient, { ...payload, fallback: rest });
  }
  return {
    channel: kind,
    endpoint: next,
    recipient,
    payload: { ...payload, ...(rest.length > 0 ? { fallback: rest } : { fallback: undefined }) },
  };
}

/**
 * Who hears that an endpoint was disabled: every other webhook that takes the event, and every Slack workspace's
 * default channel, so the news never rides on the endpoint that failed.
 */
export function planEndpointNotice(
  playbook: Playbook,
  disabled: string,
  event: PlannedEvent,
): PlannedDelivery[] {
  const planned: PlannedDelivery[] = [];
  for (const webhook of playbook.integrations?.webhooks ?? []) {
    if (webhook.id !== disabled && includes(webhook.events, event.type)) {
      planned.push({
        channel: 'webhook',
        endpoint: webhook.id,
        recipient: null,
        payload: { reason: 'event', event },
      });
    }
  }
  for (const slack of playbook.integrations?.slack ?? []) {
    if (slack.id !== disabled && slack.default_channel !== undefined) {
      planned.push({
        channel: 'slack',
        endpoint: slack.id,
        recipient: 'team:-',
        payload: { reason: 'endpoint_disabled', event },
      });
    }
  }
  return planned;
}
