// Handoff as Chatwoot's agent bot, end to end on every real database: the real server and deliveries worker against a
// fake Chatwoot written from its API reference. A customer's message is evaluated; an escalation opens the
// conversation to people, assigns it and leaves the brief as a private note; replies and resolutions flow both ways;
// Handoff's own messages, bot messages and repeated calls change nothing; a call without the token is refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, countRows, makeAvailable, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { type FakeChatwoot, startFakeChatwoot } from './fake-chatwoot.js';
import { playbookYaml } from './playbook-fixtures.js';

const webhookToken = 'cw-hook-3d9a71';

const playbook = (chatwootUrl: string) =>
  playbookYaml({
    name: 'chatwoot',
    teams: '  - { id: desk, name: Desk, assignment: round_robin }\n',
    people: '  - { id: ana, name: Ana, teams: [desk] }\n  - { id: ben, name: Ben, teams: [desk] }\n',
    rest: `integrations:
  chatwoot:
    - id: cw
      url: ${chatwootUrl}
      account_id: 7
      token_env: TEST_CHATWOOT_TOKEN
      webhook_token_env: TEST_CHATWOOT_WEBHOOK_TOKEN
      teams: { desk: 31 }
      people: { ana: 501, ben: 502 }
      allow_private: true
`,
  });

for (const dialect of DIALECTS) {
  describe(`Chatwoot agent bot (${dialect})`, () => {
    let api: ApiHarness;
    let chatwoot: FakeChatwoot;
    let conversationNumber = 100;

    beforeAll(async () => {
      chatwoot = await startFakeChatwoot({ token: 'cw-api-token', accountId: 7 });
      process.env.TEST_CHATWOOT_TOKEN = chatwoot.token;
      process.env.TEST_CHATWOOT_WEBHOOK_TOKEN = webhookToken;
      api = await startApi(dialect, { yaml: playbook(chatwoot.url) });
      await makeAvailable(api, 'ana');
    });
    afterAll(async () => {
      await api.close();
      await chatwoot.close();
    });

    const call = (body: object, token: string | null = webhookToken) =>
      api.request('POST', `/integrations/chatwoot/cw${token === null ? '' : `?token=${token}`}`, { body });
    const read = async (id: string) =>
      (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body;
    const timelineOf = async (id: string) =>
      (await read(id)).timeline as Array<{ type: string; actor: string; data: Record<string, unknown> }>;

    async function escalatedConversation(): Promise<{ conversation: number; escalationId: string }> {
      conversationNumber += 1;
      const conversation = conversationNumber;
      const reply = await call(chatwoot.customerMessage(conversation, 'Can I talk to a real person please?'));
      expect(reply.status).toBe(200);
      expect(reply.body.action).toBe('evaluated');
      expect(reply.body.escalationId).toEqual(expect.any(String));
      await expect.poll(() => chatwoot.conversation(conversation).messages.length).toBe(1);
      return { conversation, escalationId: reply.body.escalationId };
    }

    test('an escalation opens the conversation to people, assigns team and agent, and leaves the brief as a note', async () => {
      const { conversation, escalationId } = await escalatedConversation();
      const state = chatwoot.conversation(conversation);
      expect(state).toMatchObject({ status: 'open', teamId: 31, assigneeId: 501 });
      expect(state.messages[0]).toMatchObject({ message_type: 'outgoing', private: true });
      expect(state.messages[0]?.content).toContain(`Handoff escalation ${escalationId}`);
      const escalation = await read(escalationId);
      expect(escalation.caseId).toBe(`chatwoot:cw:${conversation}`);
    });

    test('a message that needs no person is evaluated and Chatwoot hears nothing', async () => {
      conversationNumber += 1;
      const reply = await call(chatwoot.customerMessage(conversationNumber, 'What are your opening hours?'));
      expect(reply.body).toEqual({ action: 'evaluated', escalationId: null });
      expect(chatwoot.conversation(conversationNumber).messages).toEqual([]);
    });

    test('the same call twice evaluates once', async () => {
      conversationNumber += 1;
      const message = chatwoot.customerMessage(conversationNumber, 'Hello there');
      await call(message);
      const evaluations = await countRows(api.store, 'evaluations');
      const again = await call(message);
      expect(again.body).toEqual({ action: 'duplicate', escalationId: null });
      expect(await countRows(api.store, 'evaluations')).toBe(evaluations);
    });

    test("an agent's reply and private note in Chatwoot become the mapped person's comments, not sent back", async () => {
      const { conversation, escalationId } = await escalatedConversation();
      const reply = await call(chatwoot.agentMessage(conversation, 501, 'Hi, Ana here, looking into it'));
      expect(reply.body).toEqual({ action: 'commented', escalationId });
      const note = await call(chatwoot.agentMessage(conversation, 501, 'refund looks valid', true));
      expect(note.body.action).toBe('commented');
      const comments = (await timelineOf(escalationId)).filter((event) => event.type === 'commented');
      expect(comments.map((event) => event.data)).toEqual([
        { body: 'Hi, Ana here, looking into it', visibility: 'public', author: 'ana' },
        { body: 'refund looks valid', visibility: 'internal', author: 'ana' },
      ]);
      expect((await read(escalationId)).firstResponseAt).not.toBeNull();
      // Only the opening was planned for Chatwoot (it assigns too): its agent's words are not echoed back to it.
      const planned = await api.store.db
        .selectFrom('outbox')
        .select('event_id')
        .where('escalation_id', '=', escalationId)
        .where('channel', '=', 'chatwoot')
        .execute();
      expect(planned).toHaveLength(1);
      expect(chatwoot.conversation(conversation).messages).toHaveLength(1);
    });

    test("a person's comments in Handoff reach Chatwoot; their webhook coming back changes nothing", async () => {
      const { conversation, escalationId } = await escalatedConversation();
      const ana = await api.keys.human('ana');
      await api.request('POST', `/v1/escalations/${escalationId}/comments`, {
        key: ana,
        body: { body: 'We are refunding you today', visibility: 'public' },
      });
      await api.request('POST', `/v1/escalations/${escalationId}/comments`, {
        key: ana,
        body: { body: 'checked with billing' },
      });
      await expect.poll(() => chatwoot.conversation(conversation).messages.length).toBe(3);
      // Two deliveries may be carried by two workers at once: each message is checked, not their order.
      const messages = chatwoot.conversation(conversation).messages;
      const reply = messages.find((message) => message.content === 'We are refunding you today');
      const note = messages.find((message) => message.content === 'checked with billing');
      expect(reply).toMatchObject({
        content: 'We are refunding you today',
        message_type: 'outgoing',
        private: false,
      });
      expect(note).toMatchObject({ content: 'checked with billing', private: true });
      const events = await countRows(api.store, 'events');
      const echo = await call({
        ...chatwoot.agentMessage(conversation, 501, 'We are refunding you today'),
        id: reply?.id,
      });
      expect(echo.body.action).toBe('duplicate');
      const bot = await call({
        ...chatwoot.agentMessage(conversation, 9, 'a bot speaking'),
        sender: { id: 9, type: 'agent_bot' },
      });
      expect(bot.body.action).toBe('ignored');
      expect(await countRows(api.store, 'events')).toBe(events);
    });

    test("the customer's next message joins the open escalation as a customer reply", async () => {
      const { conversation, escalationId } = await escalatedConversation();
      const reply = await call(chatwoot.customerMessage(conversation, 'Any news?'));
      expect(reply.body).toEqual({ action: 'customer_replied', escalationId });
      const replied = (await timelineOf(escalationId)).find((event) => event.type === 'customer_replied');
      expect(replied?.data).toMatchObject({ body: 'Any news?' });
    });

    test('resolved in Chatwoot resolves the escalation; resolved in Handoff resolves the conversation', async () => {
      const first = await escalatedConversation();
      const resolved = await call(chatwoot.statusChanged(first.conversation, 'resolved'));
      expect(resolved.body).toEqual({ action: 'resolved', escalationId: first.escalationId });
      expect((await read(first.escalationId)).status).toBe('resolved');
      const again = await call(chatwoot.statusChanged(first.conversation, 'resolved'));
      expect(again.body.action).toBe('ignored');

      const second = await escalatedConversation();
      const ana = await api.keys.human('ana');
      const reply = await api.request('POST', `/v1/escalations/${second.escalationId}/resolve`, {
        key: ana,
        body: {},
      });
      expect(reply.status).toBe(200);
      await expect.poll(() => chatwoot.conversation(second.conversation).status).toBe('resolved');
    });

    test('a call without the right token is refused with 401 and writes nothing', async () => {
      const { conversation } = await escalatedConversation();
      const before = {
        events: await countRows(api.store, 'events'),
        evaluations: await countRows(api.store, 'evaluations'),
      };
      for (const token of ['wrong-token', null, '']) {
        const reply = await call(chatwoot.customerMessage(conversation, 'I want a human'), token);
        expect(reply.status).toBe(401);
        expect(reply.body).toEqual({
          error: { code: 'unauthorized', message: expect.any(String), path: 'token' },
        });
      }
      const forgedResolve = await call(chatwoot.statusChanged(conversation, 'resolved'), 'nope');
      expect(forgedResolve.status).toBe(401);
      expect(await countRows(api.store, 'events')).toBe(before.events);
      expect(await countRows(api.store, 'evaluations')).toBe(before.evaluations);
    });

    test('bad input is a 400 with its path, and an unknown integration a 404', async () => {
      const bad = await call({ event: 'message_created', id: 'x' });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'bad_request', path: 'id' });
      const unknown = await api.request('POST', `/integrations/chatwoot/nope?token=${webhookToken}`, {
        body: {},
      });
      expect(unknown.status).toBe(404);
    });
  });
}
