// A Zendesk on 127.0.0.1, written from its public API reference: tickets created (POST /api/v2/tickets.json), found by
// external_id (GET /api/v2/tickets.json?external_id=), updated (PUT /api/v2/tickets/{id}.json, answering with the
// audit and its Comment events), with Basic auth "{email}/token:{token}"; and the webhook calls Zendesk makes (event
// subscriptions), signed as Zendesk signs them.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ZendeskTicket {
  id: number;
  subject: string;
  priority: string;
  status: string;
  external_id: string | null;
  group_id: number | null;
  assignee_id: number | null;
  comments: Array<{ id: number; body: string; public: boolean }>;
}

export interface FakeZendesk {
  url: string;
  tickets: ZendeskTicket[];
  ticketFor(externalId: string): ZendeskTicket | undefined;
  unauthorized: number;
  /** Makes the next ticket but answers 500, as when the answer is lost on the way back. */
  loseNextCreateAnswer(): void;
  commentAdded(
    ticketId: number,
    comment: { id?: number; body: string; public: boolean; authorId: number; staff: boolean },
  ): object;
  statusChanged(ticketId: number, current: string, previous?: string): object;
  close(): Promise<void>;
}

/** base64(HMAC-SHA256(secret, timestamp + body)): Zendesk's webhook signature. */
export const signZendesk = (secret: string, timestamp: string, body: string): string =>
  createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('base64');

export async function startFakeZendesk(options: { email: string; token: string }): Promise<FakeZendesk> {
  const tickets: ZendeskTicket[] = [];
  let nextId = 5000;
  let nextEvent = 0;
  let unauthorized = 0;
  let loseCreateAnswer = false;
  const expected = `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}`;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = (status: number, body: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (request.headers.authorization !== expected) {
        unauthorized += 1;
        reply(401, { error: "Couldn't authenticate you" });
        return;
      }
      const url = new URL(request.url ?? '/', 'http://zendesk.test');
      const body = (chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'))) as {
        ticket?: Record<string, unknown>;
      };
      const ticketPath = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
      if (request.method === 'GET' && url.pathname === '/api/v2/tickets.json') {
        const externalId = url.searchParams.get('external_id');
        reply(200, { tickets: tickets.filter((ticket) => ticket.external_id === externalId), count: 0 });
      } else if (request.method === 'POST' && url.pathname === '/api/v2/tickets.json') {
        const input = body.ticket ?? {};
        const comment = input['comment'] as { body?: string; public?: boolean } | undefined;
        nextId += 1;
        const ticket: ZendeskTicket = {
          id: nextId,
          subject: String(input['subject'] ?? ''),
          priority: String(input['priority'] ?? 'normal'),
          status: 'new',
          external_id: typeof input['external_id'] === 'string' ? input['external_id'] : null,
          group_id: typeof input['group_id'] === 'number' ? input['group_id'] : null,
          assignee_id: typeof input['assignee_id'] === 'number' ? input['assignee_id'] : null,
          comments:
            comment === undefined
              ? []
              : [{ id: nextId * 10, body: comment.body ?? '', public: comment.public !== false }],
        };
        tickets.push(ticket);
        if (loseCreateAnswer) {
          loseCreateAnswer = false;
          reply(500, { error: 'the answer was lost' });
          return;
        }
        reply(201, { ticket });
      } else if (request.method === 'PUT' && ticketPath !== null) {
        const ticket = tickets.find((item) => item.id === Number(ticketPath[1]));
        if (ticket === undefined) {
          reply(404, { error: 'RecordNotFound' });
          return;
        }
        const input = body.ticket ?? {};
        const events: Array<{ id: number; type: string }> = [];
        const comment = input['comment'] as { body?: string; public?: boolean } | undefined;
        if (comment !== undefined) {
          nextId += 1;
          ticket.comments.push({ id: nextId, body: comment.body ?? '', public: comment.public !== false });
          events.push({ id: nextId, type: 'Comment' });
        }
        if (typeof input['status'] === 'string') {
          ticket.status = input['status'];
        }
        if (typeof input['assignee_id'] === 'number') {
          ticket.assignee_id = input['assignee_id'];
        }
        reply(200, { ticket, audit: { id: nextId + 1, ticket_id: ticket.id, events } });
      } else {
        reply(404, { error: 'InvalidEndpoint' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const event = (type: string, ticketId: number, payload: object) => {
    nextEvent += 1;
    return {
      account_id: 1234,
      detail: { id: String(ticketId), status: 'OPEN' },
      event: payload,
      id: `01HZ-event-${nextEvent}`,
      subject: `zen:ticket:${ticketId}`,
      time: '2026-11-18T12:00:00Z',
      type,
      zendesk_event_version: '2022-11-06',
    };
  };
  return {
    url: `http://127.0.0.1:${port}`,
    tickets,
    ticketFor: (externalId) => tickets.find((ticket) => ticket.external_id === externalId),
    get unauthorized() {
      return unauthorized;
    },
    loseNextCreateAnswer() {
      loseCreateAnswer = true;
    },
    commentAdded(ticketId, comment) {
      nextId += 1;
      return event('zen:event-type:ticket.comment_added', ticketId, {
        comment: {
          id: String(comment.id ?? nextId),
          body: comment.body,
          is_public: comment.public,
          author: { id: String(comment.authorId), is_staff: comment.staff, name: 'someone' },
        },
      });
    },
    statusChanged: (ticketId, current, previous = 'OPEN') =>
      event('zen:event-type:ticket.status_changed', ticketId, { current, previous }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
