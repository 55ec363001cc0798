// A Chatwoot on 127.0.0.1, written from its public API reference: the application API an agent bot calls
// (toggle_status, assignments, messages under /api/v1/accounts/{account}/conversations/{conversation}, with the
// api_access_token header), and the webhook calls Chatwoot makes (message_created, conversation_status_changed).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatwootConversation {
  status: string;
  assigneeId: number | null;
  teamId: number | null;
  messages: Array<{ id: number; content: string; message_type: string; private: boolean }>;
}

export interface FakeChatwoot {
  url: string;
  token: string;
  accountId: number;
  conversation(id: number): ChatwootConversation;
  /** Calls refused for a wrong token. */
  unauthorized: number;
  /** The payload of a customer's message in a conversation, as Chatwoot's agent bot webhook sends it. */
  customerMessage(
    conversation: number,
    content: string,
    contact?: { id: number; identifier?: string },
  ): object;
  /** An agent's reply (private: a note) as Chatwoot sends it. */
  agentMessage(conversation: number, agentId: number, content: string, isPrivate?: boolean): object;
  statusChanged(conversation: number, status: string): object;
  close(): Promise<void>;
}

export async function startFakeChatwoot(options: {
  token: string;
  accountId: number;
}): Promise<FakeChatwoot> {
  const conversations = new Map<number, ChatwootConversation>();
  let nextMessage = 1000;
  let unauthorized = 0;
  const conversation = (id: number): ChatwootConversation => {
    let found = conversations.get(id);
    if (found === undefined) {
      found = { status: 'pending', assigneeId: null, teamId: null, messages: [] };
      conversations.set(id, found);
    }
    return found;
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = (status: number, body: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (request.headers['api_access_token'] !== options.token) {
        unauthorized += 1;
        reply(401, { error: 'You need to sign in or sign up before continuing.' });
        return;
      }
      const match =
        /^\/api\/v1\/accounts\/(\d+)\/conversations\/(\d+)\/(toggle_status|assignments|messages)$/.exec(
          request.url ?? '',
        );
      if (request.method !== 'POST' || match === null || Number(match[1]) !== options.accountId) {
        reply(404, { error: 'Resource could not be found' });
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const found = conversation(Number(match[2]));
      if (match[3] === 'toggle_status') {
        found.status = String(body['status'] ?? (found.status === 'open' ? 'resolved' : 'open'));
        reply(200, {
          meta: {},
          payload: { success: true, current_status: found.status, conversation_id: Number(match[2]) },
        });
      } else if (match[3] === 'assignments') {
        if (typeof body['assignee_id'] === 'number') {
          found.assigneeId = body['assignee_id'];
        }
        if (typeof body['team_id'] === 'number') {
          found.teamId = body['team_id'];
        }
        reply(200, { id: found.assigneeId ?? found.teamId });
      } else {
        nextMessage += 1;
        const message = {
          id: nextMessage,
          content: String(body['content'] ?? ''),
          message_type: String(body['message_type'] ?? 'outgoing'),
          private: body['private'] === true,
        };
        found.messages.push(message);
        reply(200, { ...message, conversation_id: Number(match[2]), sender: { type: 'agent_bot' } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const account = { id: options.accountId, name: 'Acme Inc' };
  const message = (conversationId: number, extra: Record<string, unknown>) => {
    nextMessage += 1;
    return {
      event: 'message_created',
      id: nextMessage,
      created_at: '2026-11-18T12:00:00.000Z',
      content_type: 'text',
      content_attributes: {},
      source_id: null,
      inbox: { id: 1, name: 'Acme Support' },
      account,
      ...extra,
      conversation: {
        id: conversationId,
        inbox_id: 1,
        channel: 'Channel::WebWidget',
        status: conversation(conversationId).status,
        meta: (extra['meta'] as object | undefined) ?? { sender: { id: 14, type: 'contact' } },
      },
    };
  };
  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    accountId: options.accountId,
    conversation,
    get unauthorized() {
      return unauthorized;
    },
    customerMessage: (conversationId, content, contact = { id: 14 }) =>
      message(conversationId, {
        content,
        message_type: 'incoming',
        private: false,
        sender: { id: contact.id, name: 'little-haze-776', type: 'contact' },
        meta: {
          sender: {
            id: contact.id,
            type: 'contact',
            identifier: contact.identifier ?? null,
            email: null,
            name: 'Jane',
          },
        },
      }),
    agentMessage: (conversationId, agentId, content, isPrivate = false) =>
      message(conversationId, {
        content,
        message_type: 'outgoing',
        private: isPrivate,
        sender: { id: agentId, name: 'Agent', email: 'agent@example.com', type: 'user' },
      }),
    statusChanged: (conversationId, status) => ({
      event: 'conversation_status_changed',
      id: conversationId,
      inbox_id: 1,
      status,
      channel: 'Channel::WebWidget',
      messages: [],
      meta: { sender: { id: 14, type: 'contact' } },
      timestamp: 1_795_000_000,
    }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
