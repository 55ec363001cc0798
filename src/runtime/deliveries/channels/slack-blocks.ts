// What Slack shows: the escalation's message in its team's channel (Block Kit, rebuilt from the current state on
// every change), the thread replies, and the direct messages to people by the part they play.
import type { DeliveryPayload } from '../../../core/deliveries/plan-deliveries.js';

/** The escalation as its message shows it. */
export interface EscalationSummary {
  id: string;
  status: string;
  priority: string;
  team: string;
  /** Already formatted: a Slack mention or a name; null when nobody holds it. */
  assignee: string | null;
  customer: string;
  why: string;
  /** The brief's first lines. */
  brief: string;
  slaDueAt: number | null;
  isClaimed: boolean;
  isDone: boolean;
  url: string;
}

/** The action ids of the buttons, read back by the interactions route. */
export const slackActionIds = {
  claim: 'handoff_claim',
  resolve: 'handoff_resolve',
  open: 'handoff_open',
} as const;

/** Slack's mrkdwn treats `&`, `<` and `>` as control characters: a customer's text must not mention @channel. */
export const escapeMrkdwn = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const clip = (text: string, length: number): string =>
  text.length <= length ? text : `${text.slice(0, length - 1)}…`;

/** Slack renders `<!date^…>` in each reader's own time zone; the fallback text is UTC. */
const slackDate = (ms: number): string => {
  const iso = new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${iso} UTC>`;
};

export function escalationText(summary: EscalationSummary): string {
  return clip(`Escalation ${summary.id} (${summary.priority}, ${summary.status}): ${summary.customer}`, 3000);
}

export function escalationBlocks(summary: EscalationSummary): unknown[] {
  const fields = [
    `*Customer*\n${escapeMrkdwn(clip(summary.customer, 300))}`,
    `*Assignee*\n${summary.assignee ?? `nobody yet (team ${escapeMrkdwn(summary.team)})`}`,
    `*Priority*\n${escapeMrkdwn(summary.priority)}`,
    `*Status*\n${escapeMrkdwn(summary.status)}`,
    `*SLA due*\n${summary.slaDueAt === null ? '—' : slackDate(summary.slaDueAt)}`,
    `*Why*\n${escapeMrkdwn(clip(summary.why, 500))}`,
  ];
  const buttons: unknown[] = [];
  if (!summary.isClaimed && !summary.isDone) {
    buttons.push({
      type: 'button',
      action_id: slackActionIds.claim,
      text: { type: 'plain_text', text: 'Claim' },
      style: 'primary',
      value: summary.id,
    });
  }
  if (!summary.isDone) {
    buttons.push({
      type: 'button',
      action_id: slackActionIds.resolve,
      text: { type: 'plain_text', text: 'Resolve' },
      value: summary.id,
    });
  }
  buttons.push({
    type: 'button',
    action_id: slackActionIds.open,
    text: { type: 'plain_text', text: 'Open' },
    url: summary.url,
    value: summary.id,
  });
  return [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*<${summary.url}|Escalation ${escapeMrkdwn(summary.id)}>*` },
    },
    { type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) },
    ...(summary.brief === ''
      ? []
      : [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(clip(summary.brief, 2900)) } }]),
    { type: 'actions', block_id: `handoff_actions_${summary.id}`.slice(0, 255), elements: buttons },
  ];
}

/** A comment or a customer's message, for the escalation's thread; null for events that have no thread reply. */
export function threadReply(payload: DeliveryPayload): string | null {
  const { event } = payload;
  // An automation's notice, or any notice that carries its own words (an incident's message to its contacts).
  if (payload.reason === 'automation' || payload.message !== undefined) {
    return escapeMrkdwn(clip(payload.message ?? payload.template ?? 'An automation sent a notice.', 3000));
  }
  const body = typeof event.data['body'] === 'string' ? clip(event.data['body'], 2900) : '';
  if (event.type === 'commented') {
    const author =
      typeof event.data['author'] === 'string' ? event.data['author'] : (event.actor ?? 'someone');
    const kind = event.data['visibility'] === 'internal' ? 'Internal note' : 'Public reply';
    return `*${kind}* by ${escapeMrkdwn(author)}:\n${escapeMrkdwn(body)}`;
  }
  if (event.type === 'customer_replied') {
    return `*The customer wrote:*\n${escapeMrkdwn(body)}`;
  }
  return null;
}

/** A notice that belongs to no escalation (an endpoint disabled, an automation's note), for a channel. */
export function channelNotice(payload: DeliveryPayload): string {
  const { event } = payload;
  if (payload.reason === 'endpoint_disabled' || event.type === 'endpoint_disabled') {
    const endpoint = String(event.data['endpoint'] ?? 'an endpoint');
    const why = String(event.data['why'] ?? 'it kept failing');
    return escapeMrkdwn(clip(`Handoff stopped delivering to "${endpoint}": ${why}`, 3000));
  }
  return threadReply(payload) ?? escapeMrkdwn(`Handoff: ${event.type}`);
}

const reasonLines: Record<string, (id: string, data: Record<string, unknown>) => string> = {
  assignee: (id) => `Escalation ${id} is now yours.`,
  ladder: (id) => `Escalation ${id} still has no one on it: you are next on its ladder.`,
  update_due: (id) => `An update on escalation ${id} is due.`,
  sla_warning: (id, data) =>
    `Escalation ${id}: its ${String(data['metric'] ?? 'SLA')} clock is at ${String(data['percent'] ?? '')} %.`,
  sla_breached: (id, data) => `Escalation ${id} breached its ${String(data['metric'] ?? 'SLA')} target.`,
  approver: (id) => `Escalation ${id} waits for your approval.`,
  approval_expired: (id) => `The approval of escalation ${id} expired without a verdict.`,
  owner_fallback: (id) => `Escalation ${id} waited too long with no owner: it is yours now.`,
};

/** A direct message to a person: why they hear of it, the escalation in one line, and the link. */
export function directMessage(payload: DeliveryPayload, summary: EscalationSummary | null): string {
  const id = summary?.id ?? 'an escalation';
  const line =
    payload.reason === 'automation' || payload.message !== undefined
      ? (payload.message ?? payload.template ?? `A notice about ${id}.`)
      : (reasonLines[payload.reason]?.(id, payload.event.data) ?? `Escalation ${id}: ${payload.event.type}.`);
  if (summary === null) {
    return escapeMrkdwn(clip(line, 3000));
  }
  const about = `${summary.priority} · ${summary.status} · ${clip(summary.customer, 200)}`;
  return `${escapeMrkdwn(clip(line, 1000))}\n${escapeMrkdwn(about)}\n<${summary.url}|Open escalation ${escapeMrkdwn(summary.id)}>`;
}
