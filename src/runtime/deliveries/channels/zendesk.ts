// The Zendesk channel: each escalation a ticket (subject, the brief and context as an internal note, priority, group
// and assignee mapped, external_id = the escalation id), then its comments, assignments, resolution and reopening as
// updates. The ticket is made once: its link is reserved first, and a retry finds a ticket already made by its
// external_id. Comments written are recorded, so their webhook coming back is not taken as an agent's comment.
import type { HandoffBrief } from '../../../core/brief/handoff-brief.js';
import type { ZendeskInstance } from '../../../core/playbook/integrations-schema.js';
import { isHandoffError } from '../../../errors.js';
import {
  deleteHelpdeskLinkReservation,
  insertHelpdeskLinkIfAbsent,
  selectHelpdeskLink,
  takeOverStaleHelpdeskLink,
  updateHelpdeskLinkExternalId,
} from '../../../store/queries/helpdesk-links.js';
import { insertHelpdeskReceipt } from '../../../store/queries/helpdesk-receipts.js';
import { type EscalationRow, selectEscalationRow } from '../../../store/queries/select-escalation-row.js';
import { decodeJson } from '../../../store/json.js';
import type { Channel, ChannelContext, OutboxMessage, SendResult } from '../channel.js';
import {
  callOrFail,
  HelpdeskCallFailed,
  type HelpdeskHttp,
  makeHelpdeskHttp,
  makeSerializer,
} from './helpdesk-http.js';

/** A reservation older than this whose creator never recorded the ticket is taken over (the creator died). */
const staleReservationMs = 60_000;
/** How long an update waits for its escalation's ticket to be made. */
const pendingRetryMs = 5_000;
/** The context is cut here in the ticket's first comment: the whole of it stays in Handoff. */
const maxContextChars = 20_000;
const ZENDESK_PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);

const fail = (error: string, extra: { permanent?: boolean; retryAfterMs?: number } = {}): SendResult => ({
  ok: false,
  error,
  ...extra,
});

/** The Zendesk priority of a playbook priority: the mapping, else the same name when Zendesk has it, else normal. */
export function zendeskPriority(instance: ZendeskInstance, priority: string): string {
  return instance.priorities?.[priority] ?? (ZENDESK_PRIORITIES.has(priority) ? priority : 'normal');
}

/** The ticket a new escalation becomes. */
export function zendeskTicket(instance: ZendeskInstance, row: EscalationRow, publicUrl: string) {
  const brief = decodeJson(row.brief) as Partial<HandoffBrief>;
  const context = JSON.stringify(decodeJson(row.context), null, 2);
  const shown = context.length > maxContextChars ? `${context.slice(0, maxContextChars)}\n…` : context;
  const group = instance.groups?.[row.team];
  const assignee = row.assignee === null ? undefined : instance.people?.[row.assignee];
  const wants = typeof brief.wants === 'string' && brief.wants !== '' ? brief.wants : `case ${row.case_id}`;
  return {
    subject: `[Handoff] ${wants}`.slice(0, 250),
    comment: {
      body: [
        typeof brief.text === 'string' ? brief.text : '',
        `Escalation ${row.id}: ${publicUrl}/escalations/${encodeURIComponent(row.id)}`,
        `Context:\n${shown}`,
      ].join('\n\n'),
      public: false,
    },
    priority: zendeskPriority(instance, row.priority),
    external_id: row.id,
    tags: ['handoff'],
    ...(group === undefined ? {} : { group_id: group }),
    ...(assignee === undefined ? {} : { assignee_id: assignee }),
  };
}

export function makeZendeskChannel(): Channel {
  const http: HelpdeskHttp = makeHelpdeskHttp();
  const serialize = makeSerializer();

  function client(instance: ZendeskInstance, token: string, context: ChannelContext) {
    const base = instance.url.replace(/\/+$/, '');
    const authorization = `Basic ${Buffer.from(`${instance.email}/token:${token}`).toString('base64')}`;
    return (what: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
      callOrFail(
        http,
        what,
        method,
        new URL(`${base}${path}`),
        {
          headers: { authorization },
          ...(body === undefined ? {} : { body }),
          allowPrivate: instance.allow_private === true,
          signal: context.signal,
        },
        context.clock(),
      );
  }

  async function createTicket(
    context: ChannelContext,
    instance: ZendeskInstance,
    call: ReturnType<typeof client>,
    row: EscalationRow,
  ): Promise<SendResult> {
    const db = context.store.db;
    const key = { integration: instance.id, escalationId: row.id };
    const existing = await selectHelpdeskLink(db, instance.id, row.id);
    if (existing !== undefined && existing.external_id !== '') {
      return { ok: true, status: 200 };
    }
    const now = context.clock();
    const ours =
      existing === undefined
        ? await insertHelpdeskLinkIfAbsent(db, { ...key, externalId: '' }, now)
        : await takeOverStaleHelpdeskLink(db, instance.id, row.id, now - staleReservationMs, now);
    if (!ours) {
      return fail('zendesk_ticket_pending: another delivery is making this ticket', {
        retryAfterMs: pendingRetryMs,
      });
    }
    try {
      // A ticket made by an attempt whose answer was lost is found by its external_id, not made twice.
      const found = await call(
        'looking the ticket up',
        'GET',
        `/api/v2/tickets.json?external_id=${encodeURIComponent(row.id)}`,
      );
      const tickets = (found.body as { tickets?: Array<{ id?: unknown }> } | null)?.tickets ?? [];
      let ticketId = tickets.find((ticket) => typeof ticket.id === 'number')?.id;
      if (ticketId === undefined) {
        const made = await call('creating the ticket', 'POST', '/api/v2/tickets.json', {
          ticket: zendeskTicket(instance, row, context.publicUrl),
        });
        ticketId = (made.body as { ticket?: { id?: unknown } } | null)?.ticket?.id;
      }
      if (typeof ticketId !== 'number') {
        throw new HelpdeskCallFailed({ ok: false, error: 'Zendesk answered without a ticket id' });
      }
      await updateHelpdeskLinkExternalId(db, { ...key, externalId: String(ticketId) });
      return { ok: true, status: 201 };
    } catch (error) {
      await deleteHelpdeskLinkReservation(db, instance.id, row.id);
      throw error;
    }
  }

  async function updateTicket(
    context: ChannelContext,
    instance: ZendeskInstance,
    call: ReturnType<typeof client>,
    row: EscalationRow,
    message: OutboxMessage,
  ): Promise<SendResult> {
    const link = await selectHelpdeskLink(context.store.db, instance.id, row.id);
    if (link === undefined || link.external_id === '') {
      return fail(`zendesk_ticket_pending: escalation ${row.id} has no ticket yet`, {
        retryAfterMs: pendingRetryMs,
      });
    }
    const { event } = message.payload;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    let ticket: Record<string, unknown> | null = null;
    switch (event.type) {
      case 'commented':
        ticket = {
          comment: { body: text(event.data['body']), public: event.data['visibility'] === 'public' },
        };
        break;
      case 'customer_replied':
        ticket = { comment: { body: `The customer wrote:\n\n${text(event.data['body'])}`, public: false } };
        break;
      case 'assigned': {
        const person = event.data['assignee'];
        const assignee = typeof person === 'string' ? instance.people?.[person] : undefined;
        ticket = assignee === undefined ? null : { assignee_id: assignee };
        break;
      }
      case 'resolved': {
        const note = text(event.data['note']);
        ticket = { status: 'solved', ...(note === '' ? {} : { comment: { body: note, public: false } }) };
        break;
      }
      case 'reopened':
        ticket = { status: 'open' };
        break;
      default:
        ticket = null;
    }
    if (ticket === null || (ticket['comment'] as { body?: string } | undefined)?.body === '') {
      return { ok: true, status: 200 };
    }
    const answer = await call('updating the ticket', 'PUT', `/api/v2/tickets/${link.external_id}.json`, {
      ticket,
    });
    const events = (answer.body as { audit?: { events?: Array<{ type?: unknown; id?: unknown }> } } | null)
      ?.audit?.events;
    for (const written of events ?? []) {
      if (written.type === 'Comment' && (typeof written.id === 'number' || typeof written.id === 'string')) {
        await insertHelpdeskReceipt(
          context.store.db,
          { integration: instance.id, key: `comment:${written.id}`, escalationId: row.id },
          context.clock(),
        );
      }
    }
    return { ok: true, status: 200 };
  }

  return {
    kind: 'zendesk',
    async send(message, context) {
      const instance = context.runtime.playbook.integrations?.zendesk?.find(
        (item) => item.id === message.endpoint,
      );
      if (instance === undefined) {
        return fail(`no Zendesk integration "${message.endpoint}" in the active playbook`, {
          permanent: true,
        });
      }
      const token = context.env[instance.token_env];
      if (token === undefined || token === '') {
        return fail(
          `the variable ${instance.token_env} (token_env of Zendesk integration "${instance.id}") is not set`,
        );
      }
      if (message.escalationId === null) {
        return fail('Zendesk hears only of escalations', { permanent: true });
      }
      try {
        const escalationId = message.escalationId;
        return await serialize(`${instance.id}\u0000${escalationId}`, async () => {
          const row = await selectEscalationRow(context.store.db, escalationId);
          const call = client(instance, token, context);
          return message.payload.event.type === 'created'
            ? createTicket(context, instance, call, row)
            : updateTicket(context, instance, call, row, message);
        });
      } catch (error) {
        if (error instanceof HelpdeskCallFailed) {
          return error.result;
        }
        if (isHandoffError(error) && error.code === 'not_found') {
          return fail(error.message, { permanent: true });
        }
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
    close() {
      http.close();
      return Promise.resolve();
    },
  };
}
