// Zendesk tickets for escalations, end to end on every real database: the real server and deliveries worker against a
// fake Zendesk written from its API reference. Each escalation becomes one ticket; comments, assignment and resolution
// go to it; Zendesk's signed webhooks bring agents' and requesters' comments and solved tickets back; forged, stale
// and repeated calls change nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, countRows, makeAvailable, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { type FakeZendesk, signZendesk, startFakeZendesk } from './fake-zendesk.js';
import { askForHuman, playbookYaml } from './playbook-fixtures.js';

const secret = 'zd-signing-secret-77b1';

const playbook = (zendeskUrl: string) =>
  playbookYaml({
    name: 'zendesk',
    teams: '  - { id: desk, name: Desk, assignment: round_robin }\n',
    people: '  - { id: ana, name: Ana, teams: [desk] }\n',
    triggers: askForHuman('high'),
    rest: `integrations:
  zendesk:
    - id: zd
      url: ${zendeskUrl}
      email: bot@acme.example
      token_env: TEST_ZENDESK_TOKEN
      signing_secret_env: TEST_ZENDESK_SECRET
      groups: { desk: 360001 }
      people: { ana: 601 }
      priorities: { high: urgent }
      allow_private: true
`,
  });

for (const dialect of DIALECTS) {
  describe(`Zendesk tickets (${dialect})`, () => {
    let api: ApiHarness;
    let zendesk: FakeZendesk;
    let caseNumber = 0;

    beforeAll(async () => {
      zendesk = await startFakeZendesk({ email: 'bot@acme.example', token: 'zd-api-token' });
      process.env.TEST_ZENDESK_TOKEN = 'zd-api-token';
      process.env.TEST_ZENDESK_SECRET = secret;
      api = await startApi(dialect, { yaml: playbook(zendesk.url) });
      await makeAvailable(api, 'ana');
    });
    afterAll(async () => {
      await api.close();
      await zendesk.close();
    });

    const read = async (id: string) =>
      (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body;

    /** A Zendesk call, signed with `signingSecret` at `timestamp` (now by default). */
    const call = (
      body: object,
      options: { signingSecret?: string; timestamp?: string; signature?: string } = {},
    ) => {
      const raw = JSON.stringify(body);
      const timestamp = options.timestamp ?? new Date(api.clock.now).toISOString();
      return api.request('POST', '/integrations/zendesk/zd', {
        body: raw,
        headers: {
          'x-zendesk-webhook-signature':
            options.signature ?? signZendesk(options.signingSecret ?? secret, timestamp, raw),
          'x-zendesk-webhook-signature-timestamp': timestamp,
        },
      });
    };

    async function escalationWithTicket(): Promise<{ escalationId: string; ticketId: number }> {
      caseNumber += 1;
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: `zd-${caseNumber}`,
          conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
        },
      });
      expect(reply.status).toBe(201);
      const escalationId: string = reply.body.escalation.id;
      await expect.poll(() => zendesk.ticketFor(escalationId)).toBeDefined();
      return { escalationId, ticketId: zendesk.ticketFor(escalationId)?.id ?? 0 };
    }

    test('an escalation becomes one ticket: brief and context, priority, group and assignee mapped', async () => {
      const { escalationId } = await escalationWithTicket();
      const ticket = zendesk.ticketFor(escalationId);
      expect(ticket).toMatchObject({ priority: 'urgent', group_id: 360001, assignee_id: 601, status: 'new' });
      expect(ticket?.subject).toMatch(/^\[Handoff\] /);
      expect(ticket?.comments[0]?.public).toBe(false);
      expect(ticket?.comments[0]?.body).toContain(`Escalation ${escalationId}`);
      expect(ticket?.comments[0]?.body).toContain('I want to talk to a human');
      expect(zendesk.tickets.filter((item) => item.external_id === escalationId)).toHaveLength(1);
    });

    test('a retry after a lost answer finds the ticket by its external_id instead of making a second', async () => {
      zendesk.loseNextCreateAnswer();
      caseNumber += 1;
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: `zd-${caseNumber}`,
          conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
        },
      });
      const escalationId: string = reply.body.escalation.id;
      await expect.poll(() => zendesk.ticketFor(escalationId)).toBeDefined();
      const linked = () =>
        api.store.db
          .selectFrom('helpdesk_links')
          .select('external_id')
          .where('escalation_id', '=', escalationId)
          .executeTakeFirst();
      // The retry is due on the worker's schedule, by the server's (fake) clock.
      await expect
        .poll(async () => {
          api.clock.advance(60_000);
          return (await linked())?.external_id;
        })
        .toBe(String(zendesk.ticketFor(escalationId)?.id));
      expect(zendesk.tickets.filter((ticket) => ticket.external_id === escalationId)).toHaveLength(1);
    });

    test("a person's comments and the resolution in Handoff update the ticket", async () => {
      const { escalationId, ticketId } = await escalationWithTicket();
      const ana = await api.keys.human('ana');
      await api.request('POST', `/v1/escalations/${escalationId}/comments`, {
        key: ana,
        body: { body: 'Refund approved', visibility: 'public' },
      });
      await expect.poll(() => zendesk.ticketFor(escalationId)?.comments.length).toBe(2);
      await api.request('POST', `/v1/escalations/${escalationId}/resolve`, { key: ana, body: {} });
      await expect.poll(() => zendesk.ticketFor(escalationId)?.status).toBe('solved');
      const ticket = zendesk.tickets.find((item) => item.id === ticketId);
      expect(ticket?.comments[1]).toMatchObject({ body: 'Refund approved', public: true });
    });

    test("agents' and requesters' comments come back; Handoff's own and repeated calls change nothing", async () => {
      const { escalationId, ticketId } = await escalationWithTicket();
      const agent = zendesk.commentAdded(ticketId, {
        body: 'On it',
        public: true,
        authorId: 601,
        staff: true,
      });
      expect((await call(agent)).body).toEqual({ action: 'commented', escalationId });
      expect((await call(agent)).body).toEqual({ action: 'duplicate', escalationId: null });
      const requester = zendesk.commentAdded(ticketId, {
        body: 'Thanks!',
        public: true,
        authorId: 9,
        staff: false,
      });
      expect((await call(requester)).body).toEqual({ action: 'customer_replied', escalationId });
      const timeline = (await read(escalationId)).timeline as Array<{
        type: string;
        data: Record<string, unknown>;
      }>;
      expect(timeline.filter((event) => event.type === 'commented').map((event) => event.data)).toEqual([
        { body: 'On it', visibility: 'public', author: 'ana' },
      ]);
      expect(timeline.find((event) => event.type === 'customer_replied')?.data).toMatchObject({
        body: 'Thanks!',
      });
      // Neither went back to Zendesk: the ticket has its first comment and, next, the one written in Handoff.
      const ana = await api.keys.human('ana');
      await api.request('POST', `/v1/escalations/${escalationId}/comments`, {
        key: ana,
        body: { body: 'note' },
      });
      await expect.poll(() => zendesk.tickets.find((item) => item.id === ticketId)?.comments.length).toBe(2);
      const own = zendesk.tickets.find((item) => item.id === ticketId)?.comments[1];
      expect(own).toMatchObject({ body: 'note', public: false });
      const echo = zendesk.commentAdded(ticketId, {
        id: own?.id,
        body: 'note',
        public: false,
        authorId: 1,
        staff: true,
      });
      expect((await call(echo)).body).toMatchObject({ action: 'ignored', why: "Handoff's own comment" });
    });

    test('a solved ticket resolves the escalation', async () => {
      const { escalationId, ticketId } = await escalationWithTicket();
      const reply = await call(zendesk.statusChanged(ticketId, 'SOLVED'));
      expect(reply.body).toEqual({ action: 'resolved', escalationId });
      expect((await read(escalationId)).status).toBe('resolved');
    });

    test('forged, stale or unsigned calls are refused with 401 and write nothing', async () => {
      const { ticketId } = await escalationWithTicket();
      const comment = zendesk.commentAdded(ticketId, {
        body: 'forged',
        public: true,
        authorId: 601,
        staff: true,
      });
      const before = await countRows(api.store, 'events');
      const forged = await call(comment, { signingSecret: 'not-the-secret' });
      expect(forged.status).toBe(401);
      expect(forged.body).toEqual({
        error: { code: 'unauthorized', message: expect.any(String), path: 'x-zendesk-webhook-signature' },
      });
      const stale = await call(comment, { timestamp: new Date(api.clock.now - 6 * 60_000).toISOString() });
      expect(stale.status).toBe(401);
      expect(stale.body.error.path).toBe('x-zendesk-webhook-signature-timestamp');
      const unsigned = await api.request('POST', '/integrations/zendesk/zd', { body: comment });
      expect(unsigned.status).toBe(401);
      const solvedForged = await call(zendesk.statusChanged(ticketId, 'SOLVED'), {
        signature: 'A'.repeat(43) + '=',
      });
      expect(solvedForged.status).toBe(401);
      expect(await countRows(api.store, 'events')).toBe(before);
    });

    test('a signed call that is not a Zendesk event is a 400 with its path', async () => {
      const reply = await call({ type: 'zen:event-type:ticket.comment_added' });
      expect(reply.status).toBe(400);
      expect(reply.body.error).toMatchObject({ code: 'bad_request', path: 'id' });
    });
  });
}
