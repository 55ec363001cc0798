// The Slack channel against a fake Slack on a real local server, on every real database: one message per
// escalation updated in place, comments in its thread, direct messages by Slack id or e-mail, rate limits.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { makePlaybookRuntime, type PlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import type { DeliveryPayload } from '../src/core/deliveries/plan-deliveries.js';
import type { Actor } from '../src/context.js';
import type { ChannelContext, OutboxMessage } from '../src/runtime/deliveries/channel.js';
import { makeSlackChannel } from '../src/runtime/deliveries/channels/slack.js';
import { claimEscalation } from '../src/services/escalations/claim-escalation.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { slackYaml } from './slack-fixtures.js';
import { openEscalation, serviceContext, type ServiceDeps } from './service-harness.js';

const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);

const logger = pino({ level: 'silent' });
const humanAna: Actor = { kind: 'human', keyId: 'k-ana', name: 'ana', personId: 'ana' };

let messageNumber = 0;
function outbox(
  escalationId: string | null,
  recipient: string | null,
  payload: Partial<DeliveryPayload> & { type?: string; data?: Record<string, unknown> } = {},
): OutboxMessage {
  messageNumber += 1;
  const { type = 'created', data = {}, ...rest } = payload;
  return {
    id: `msg-${messageNumber}`,
    channel: 'slack',
    endpoint: 'slack',
    recipient,
    escalationId,
    payload: {
      reason: 'event',
      event: { id: messageNumber, type, actor: 'handoff', at: new Date(t0).toISOString(), data },
      ...rest,
    },
    attempt: 1,
    createdAt: t0,
  };
}

for (const dialect of DIALECTS) {
  describe(`Slack channel (${dialect})`, () => {
    let store: TestStore;
    let fake: FakeSlack;
    let runtime: PlaybookRuntime;
    let deps: ServiceDeps;
    let context: ChannelContext;

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      fake = await startFakeSlack({ users: [{ id: 'U0BEN', email: 'Ben@Example.com' }] });
      runtime = makePlaybookRuntime(1, parsePlaybook(slackYaml));
      deps = { store: () => store, clock: () => t0, playbook: async () => runtime };
      context = {
        runtime,
        env: { TEST_SLACK_TOKEN: fake.token, HANDOFF_SLACK_API_URL: fake.apiUrl },
        store,
        clock: () => t0,
        logger,
        publicUrl: 'https://handoff.example',
        signal: new AbortController().signal,
      };
    });
    afterAll(async () => {
      await fake.close();
      await store.close();
    });
    beforeEach(() => {
      fake.calls.length = 0;
      fake.messages.length = 0;
    });

    const open = () =>
      openEscalation(deps, {
        id: `case-${Math.random()}`,
        conversation: [{ role: 'customer', text: 'I want to talk to a human <!channel>' }],
      });

    test('the first event posts the escalation message in the team channel; later ones update it in place', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      expect(await channel.send(outbox(id, 'team:desk'), context)).toEqual({ ok: true, status: 200 });
      expect(fake.messages).toHaveLength(1);
      const [message] = fake.messages;
      expect(message?.channel).toBe('C0DESK');
      expect(fake.calls.every((call) => call.authorized)).toBe(true);
      const blocks = JSON.stringify(message?.blocks);
      expect(blocks).toContain('handoff_claim');
      expect(blocks).toContain('handoff_resolve');
      expect(blocks).toContain(`https://handoff.example/escalations/${id}`);
      // The customer's text cannot mention the whole channel.
      expect(blocks).not.toContain('<!channel>');

      await claimEscalation({ ctx: serviceContext(deps, humanAna), id, input: {} });
      expect(await channel.send(outbox(id, 'team:desk', { type: 'claimed' }), context)).toMatchObject({
        ok: true,
      });
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]?.updates).toBe(1);
      const updated = JSON.stringify(fake.messages[0]?.blocks);
      expect(updated).toContain('<@U0ANA>');
      expect(updated).not.toContain('handoff_claim');
      expect(fake.calls.map((call) => call.method)).toEqual(['chat.postMessage', 'chat.update']);
    });

    test('a comment goes to the message thread, marked public or internal', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      await channel.send(outbox(id, 'team:desk'), context);
      const parent = fake.messages[0];
      await channel.send(
        outbox(id, 'team:desk', {
          type: 'commented',
          data: { body: 'Refund sent', visibility: 'internal', author: 'ana' },
        }),
        context,
      );
      expect(fake.messages).toHaveLength(2);
      expect(fake.messages[1]).toMatchObject({ channel: 'C0DESK', threadTs: parent?.ts });
      expect(fake.messages[1]?.text).toContain('Internal note');
      expect(fake.messages[1]?.text).toContain('Refund sent');
    });

    test('a comment before any message posts the message first, then replies in its thread', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      await channel.send(
        outbox(id, 'team:desk', {
          type: 'commented',
          data: { body: 'Hello', visibility: 'public', author: 'ana' },
        }),
        context,
      );
      expect(fake.messages.map((message) => message.threadTs)).toEqual([null, fake.messages[0]?.ts]);
      expect(fake.messages[1]?.text).toContain('Public reply');
    });

    test('an automation notice is a thread reply with its text', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      await channel.send(
        outbox(id, 'team:billing', { reason: 'automation', message: 'VIP waiting' }),
        context,
      );
      expect(fake.messages.map((message) => message.channel)).toEqual(['C0GENERAL', 'C0GENERAL']);
      expect(fake.messages[1]?.text).toBe('VIP waiting');
    });

    test('two deliveries racing for the first post leave one message, the other updates it', async () => {
      const channel = makeSlackChannel();
      const other = makeSlackChannel();
      const id = await open();
      const hold = fake.holdPosts();
      const first = channel.send(outbox(id, 'team:desk'), context);
      const second = channel.send(outbox(id, 'team:desk', { type: 'assigned' }), context);
      await expect.poll(() => hold.waiting()).toBe(1);
      // Another node (its own channel instance) finds the message being posted: it tries again later.
      expect(await other.send(outbox(id, 'team:desk', { type: 'status_changed' }), context)).toMatchObject({
        ok: false,
        retryAfterMs: 5000,
      });
      hold.release();
      expect(await first).toMatchObject({ ok: true });
      // The same node's second delivery waited for the first and updates its message.
      expect(await second).toMatchObject({ ok: true });
      expect(await other.send(outbox(id, 'team:desk', { type: 'status_changed' }), context)).toMatchObject({
        ok: true,
      });
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]?.updates).toBe(2);
    });

    test('a message deleted in Slack is posted again and the new one kept', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      await channel.send(outbox(id, 'team:desk'), context);
      fake.messages.length = 0;
      expect(await channel.send(outbox(id, 'team:desk', { type: 'assigned' }), context)).toMatchObject({
        ok: true,
      });
      await channel.send(outbox(id, 'team:desk', { type: 'status_changed' }), context);
      expect(fake.messages).toHaveLength(1);
      expect(fake.messages[0]?.updates).toBe(1);
    });

    test('a direct message reaches a person by slack_user, and by e-mail look-up (cached)', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      expect(
        await channel.send(outbox(id, 'ana', { reason: 'assignee', type: 'assigned' }), context),
      ).toMatchObject({
        ok: true,
      });
      expect(fake.messages[0]).toMatchObject({ channel: 'DU0ANA' });
      expect(fake.messages[0]?.text).toContain('is now yours');
      expect(fake.messages[0]?.text).toContain(`https://handoff.example/escalations/${id}`);

      await channel.send(
        outbox(id, 'ben', { reason: 'sla_warning', data: { metric: 'first_response', percent: 80 } }),
        context,
      );
      await channel.send(outbox(id, 'ben', { reason: 'ladder', type: 'ladder_notified' }), context);
      expect(fake.messages.slice(1).map((message) => message.channel)).toEqual(['DU0BEN', 'DU0BEN']);
      expect(fake.messages[1]?.text).toContain('first_response clock is at 80 %');
      expect(fake.calls.filter((call) => call.method === 'users.lookupByEmail')).toHaveLength(1);
    });

    test('a person Slack cannot address is a permanent failure (the worker tries their next channel)', async () => {
      const channel = makeSlackChannel();
      const id = await open();
      expect(await channel.send(outbox(id, 'cem', { reason: 'assignee' }), context)).toMatchObject({
        ok: false,
        permanent: true,
      });
      expect(await channel.send(outbox(id, 'dan', { reason: 'assignee' }), context)).toMatchObject({
        ok: false,
        permanent: true,
      });
      expect(await channel.send(outbox(id, 'nobody', { reason: 'assignee' }), context)).toMatchObject({
        ok: false,
        permanent: true,
      });
      expect(fake.messages).toHaveLength(0);
    });

    test("Slack's 429 comes back as retryAfterMs, and nothing is lost: the next attempt posts", async () => {
      const channel = makeSlackChannel();
      const id = await open();
      fake.rateLimitNext(1, 30);
      expect(await channel.send(outbox(id, 'team:desk'), context)).toEqual({
        ok: false,
        status: 429,
        error: 'ratelimited',
        retryAfterMs: 30_000,
      });
      expect(fake.messages).toHaveLength(0);
      expect(await channel.send(outbox(id, 'team:desk'), context)).toMatchObject({ ok: true });
      expect(fake.messages).toHaveLength(1);
    });

    test("Slack's refusals come back with their code; a missing token is a clear failure", async () => {
      const channel = makeSlackChannel();
      const id = await open();
      for (const code of ['invalid_auth', 'channel_not_found', 'not_in_channel']) {
        fake.failNext('chat.postMessage', code);
        expect(await channel.send(outbox(id, 'team:desk'), context)).toMatchObject({
          ok: false,
          error: code,
        });
      }
      const wrongToken = { ...context, env: { ...context.env, TEST_SLACK_TOKEN: 'xoxb-wrong' } };
      expect(await channel.send(outbox(id, 'team:desk'), wrongToken)).toMatchObject({
        ok: false,
        error: 'invalid_auth',
      });
      const noToken = { ...context, env: { HANDOFF_SLACK_API_URL: fake.apiUrl } };
      const missing = await channel.send(outbox(id, 'team:desk'), noToken);
      expect(missing).toMatchObject({ ok: false });
      expect(missing.ok === false && missing.error).toContain('TEST_SLACK_TOKEN');
      expect(fake.messages).toHaveLength(0);
      // After the refusals the reservation is gone: the next attempt posts at once.
      expect(await channel.send(outbox(id, 'team:desk'), context)).toMatchObject({ ok: true });
      expect(fake.messages).toHaveLength(1);
    });

    test('an endpoint disabled is announced in the default channel', async () => {
      const channel = makeSlackChannel();
      const notice = outbox(null, 'team:-', {
        reason: 'endpoint_disabled',
        type: 'endpoint_disabled',
        data: { endpoint: 'crm', why: 'HTTP 410 <gone>' },
      });
      expect(await channel.send(notice, context)).toMatchObject({ ok: true });
      expect(fake.messages).toEqual([
        expect.objectContaining({
          channel: 'C0GENERAL',
          text: 'Handoff stopped delivering to "crm": HTTP 410 &lt;gone&gt;',
        }),
      ]);
    });

    test('an endpoint the playbook does not declare is a permanent failure', async () => {
      const channel = makeSlackChannel();
      const message = { ...outbox(null, 'team:desk'), endpoint: 'gone' };
      expect(await channel.send(message, context)).toMatchObject({ ok: false, permanent: true });
    });
  });
}
