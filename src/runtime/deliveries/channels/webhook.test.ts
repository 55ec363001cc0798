import { createServer } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../../test/databases.js';
import { openEscalation } from '../../../../test/service-harness.js';
import { makeVerbBench, minute, t0, type VerbBench, verbYaml } from '../../../../test/verb-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/webhook-receiver.js';
import { webhookPayloadSchema } from '../../../transports/http/openapi-webhooks.js';
import type { ResolveHost } from '../address-guard.js';
import type { Channel, OutboxMessage } from '../channel.js';
import { generateWebhookSecret } from '../standard-webhooks.js';
import { makeWebhookChannel, parseRetryAfter } from './webhook.js';

/** The documented schema with no room for undocumented fields (the event's own data aside). */
function closed(schema: unknown, key = ''): unknown {
  if (Array.isArray(schema)) {
    return schema.map((item) => closed(item));
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }
  const copy = Object.fromEntries(Object.entries(schema).map(([name, value]) => [name, closed(value, name)]));
  return 'properties' in copy && key !== 'data' ? { ...copy, additionalProperties: false } : copy;
}
const matchesDocs = new Ajv2020({ validateFormats: false, strict: false }).compile(
  closed(webhookPayloadSchema) as object,
);

const secret = generateWebhookSecret();
const oldSecret = generateWebhookSecret();
const publicUrl = 'https://handoff.example.com';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function playbookWith(receiver: WebhookReceiver, closed: number): string {
  const hook = (id: string, url: string, more = '') =>
    `    - { id: ${id}, url: "${url}", secret_env: HOOK_SECRET, events: ["*"]${more} }\n`;
  return (
    verbYaml +
    'sla:\n  policies:\n    - { id: quick, first_response: 30m }\n' +
    'integrations:\n  webhooks:\n' +
    hook('ops', receiver.url, ', allow_private: true') +
    `    - { id: rotating, url: "${receiver.url}", secret_env: [HOOK_SECRET_OLD, HOOK_SECRET], events: ["*"], allow_private: true }\n` +
    hook('guarded', receiver.url) +
    hook('named', `http://hooks.test:${receiver.port}/named`, ', allow_private: true') +
    hook('intranet', 'http://intranet.test/hooks') +
    hook('closed', `http://127.0.0.1:${closed}/`, ', allow_private: true') +
    `    - { id: unset, url: "${receiver.url}", secret_env: HOOK_UNSET, events: ["*"], allow_private: true }\n` +
    `    - { id: malformed, url: "${receiver.url}", secret_env: HOOK_SHORT, events: ["*"], allow_private: true }\n`
  );
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let receiver: WebhookReceiver;
    let bench: VerbBench;
    let channel: Channel;
    const lookups: string[] = [];
    const resolve: ResolveHost = async (host) => {
      lookups.push(host);
      return host === 'hooks.test'
        ? [{ address: '127.0.0.1', family: 4 }]
        : [{ address: '10.1.2.3', family: 4 }];
    };
    let escalationId: string;
    let sequence = 0;

    beforeAll(async () => {
      store = await makeTestStore(dialect);
      receiver = await startWebhookReceiver({ secrets: [secret], now: () => bench.clock.now });
      bench = makeVerbBench(() => store, playbookWith(receiver, await closedPort()));
      escalationId = await openEscalation(bench.deps, {
        id: 'conv-hook',
        customer: { id: 'C-7', tier: 'gold' },
        conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
      });
      channel = makeWebhookChannel({ resolve });
    });
    afterAll(async () => {
      await channel.close?.();
      await receiver.close();
      await store.close();
    });
    beforeEach(() => {
      receiver.received.length = 0;
      lookups.length = 0;
    });

    const send = async (message: OutboxMessage, signal = new AbortController().signal) =>
      channel.send(message, {
        runtime: await bench.deps.playbook(),
        env: { HOOK_SECRET: secret, HOOK_SECRET_OLD: oldSecret, HOOK_SHORT: 'whsec_c2hvcnQ=' },
        store,
        clock: () => bench.clock.now,
        logger: pino({ level: 'silent' }),
        publicUrl,
        signal,
      });
    const message = async (endpoint: string, more: Partial<OutboxMessage> = {}): Promise<OutboxMessage> => {
      const detail = await bench.read(escalationId);
      const event = detail.timeline[0];
      if (event === undefined) {
        throw new Error('expected a timeline');
      }
      sequence += 1;
      return {
        id: `msg_${dialect}_${sequence}`,
        channel: 'webhook',
        endpoint,
        recipient: null,
        escalationId,
        payload: {
          reason: 'event',
          event: { id: event.id, type: event.type, actor: event.actor, at: event.at, data: event.data },
        },
        attempt: 1,
        createdAt: bench.clock.now,
        ...more,
      };
    };

    it('posts the event, its escalation and a link, signed, to a loopback endpoint that allows it', async () => {
      const sent = await message('ops');
      await expect(send(sent)).resolves.toEqual({ ok: true, status: 200 });
      expect(receiver.received).toHaveLength(1);
      const [delivery] = receiver.received;
      expect(delivery?.verified).toBe(true);
      expect(delivery?.headers).toMatchObject({
        'webhook-id': sent.id,
        'webhook-timestamp': String(Math.floor(t0 / 1000)),
        'content-type': 'application/json',
        'user-agent': 'Handoff-Webhooks/1',
      });
      expect(delivery?.body).toEqual({
        type: `escalation.${sent.payload.event.type}`,
        timestamp: sent.payload.event.at,
        data: {
          event: sent.payload.event,
          escalation: {
            id: escalationId,
            status: expect.any(String),
            priority: 'high',
            team: 'desk',
            tier: 'L1',
            assignee: null,
            reason: {
              category: null,
              triggers: ['human'],
              detail: 'the customer asked for a person: "talk to a human"',
            },
            customerId: 'C-7',
            slaDueAt: new Date(t0 + 30 * minute).toISOString(),
            openedAt: new Date(t0).toISOString(),
            updatedAt: expect.any(String),
          },
          link: `${publicUrl}/escalations/${escalationId}`,
        },
      });
      expect(matchesDocs(delivery?.body), JSON.stringify(matchesDocs.errors)).toBe(true);
      expect(matchesDocs({ ...(delivery?.body as object), extra: 1 })).toBe(false);
    });

    it('a retried message keeps its webhook-id; the receiver counts it twice under that id', async () => {
      const sent = await message('ops');
      await send(sent);
      bench.clock.advance(5_000);
      await send({ ...sent, attempt: 2 });
      expect(receiver.count(sent.id)).toBe(2);
      expect(receiver.received.map((delivery) => delivery.id)).toEqual([sent.id, sent.id]);
      expect(Number(receiver.received[1]?.headers['webhook-timestamp'])).toBe(
        Math.floor(bench.clock.now / 1000),
      );
    });

    it('rotation: one signature per secret, and a receiver holding either verifies it', async () => {
      const sent = await message('rotating');
      await expect(send(sent)).resolves.toMatchObject({ ok: true });
      const signature = String(receiver.received[0]?.headers['webhook-signature']);
      expect(signature.split(' ')).toHaveLength(2);
      expect(signature.split(' ').every((entry) => entry.startsWith('v1,'))).toBe(true);
      expect(receiver.received[0]?.verified).toBe(true);
    });

    it('an unset or malformed secret variable: a clear failure the worker retries, nothing sent', async () => {
      await expect(send(await message('unset'))).resolves.toEqual({
        ok: false,
        error: 'the environment variable HOOK_UNSET (the secret of webhook "unset") is not set',
      });
      await expect(send(await message('malformed'))).resolves.toEqual({
        ok: false,
        error:
          'the environment variable HOOK_SHORT holds no usable webhook secret: a webhook secret holds 24 to 64 bytes; this one holds 5',
      });
      expect(receiver.received).toHaveLength(0);
    });

    it('127.0.0.1 without allow_private is refused for good, nothing sent', async () => {
      const result = await send(await message('guarded'));
      expect(result).toEqual({
        ok: false,
        permanent: true,
        error: 'refused loopback address 127.0.0.1: set allow_private: true on the endpoint to allow it',
      });
      expect(receiver.received).toHaveLength(0);
    });

    it('a name resolving to a private address is refused; an allowed one is reached at the address checked, once', async () => {
      await expect(send(await message('intranet'))).resolves.toMatchObject({
        ok: false,
        permanent: true,
        error: expect.stringContaining('refused private address 10.1.2.3 (intranet.test)'),
      });
      expect(lookups).toEqual(['intranet.test']);
      lookups.length = 0;
      await expect(send(await message('named'))).resolves.toEqual({ ok: true, status: 200 });
      expect(lookups).toEqual(['hooks.test']);
      expect(receiver.received[0]?.headers.host).toBe(`hooks.test:${receiver.port}`);
    });

    it('410 says the endpoint is gone; 500 is a failure with its status', async () => {
      receiver.answer({ status: 410 }, { status: 500 });
      await expect(send(await message('ops'))).resolves.toEqual({
        ok: false,
        status: 410,
        gone: true,
        error: 'HTTP 410 Gone: the endpoint is gone',
      });
      await expect(send(await message('ops'))).resolves.toEqual({
        ok: false,
        status: 500,
        error: 'HTTP 500 Internal Server Error',
      });
    });

    it('429 and 503 with Retry-After in seconds or as an HTTP date give the wait', async () => {
      receiver.answer(
        { status: 429, headers: { 'retry-after': '120' } },
        { status: 503, headers: { 'retry-after': new Date(bench.clock.now + 90_000).toUTCString() } },
        { status: 429 },
      );
      await expect(send(await message('ops'))).resolves.toMatchObject({
        ok: false,
        status: 429,
        retryAfterMs: 120_000,
      });
      await expect(send(await message('ops'))).resolves.toMatchObject({
        ok: false,
        status: 503,
        retryAfterMs: 90_000,
      });
      const bare = await send(await message('ops'));
      expect(bare).toMatchObject({ ok: false, status: 429 });
      expect(bare).not.toHaveProperty('retryAfterMs');
    });

    it('a redirect is not followed', async () => {
      receiver.answer({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } });
      await expect(send(await message('ops'))).resolves.toEqual({
        ok: false,
        status: 302,
        error: 'HTTP 302 Found: redirects are not followed (to http://169.254.169.254/latest/meta-data)',
      });
      expect(receiver.received).toHaveLength(1);
    });

    it('a huge answer is read only in part and still counts', async () => {
      receiver.answer({ status: 200, body: Buffer.alloc(1024 * 1024, 'x') });
      await expect(send(await message('ops'))).resolves.toEqual({ ok: true, status: 200 });
      await expect(send(await message('ops'))).resolves.toEqual({ ok: true, status: 200 });
    });

    it('a receiver that hangs: the attempt ends when its signal aborts', async () => {
      receiver.answer({ hang: true });
      const controller = new AbortController();
      const result = send(await message('ops'), controller.signal);
      await receiver.waitFor(1);
      controller.abort(new Error('no answer within 15 s'));
      await expect(result).resolves.toEqual({ ok: false, error: 'timed out: no answer within 15 s' });
    });

    it('nothing listening: a failure with the network error', async () => {
      const result = await send(await message('closed'));
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('ECONNREFUSED') });
      expect(result).not.toHaveProperty('permanent');
    });

    it('an endpoint no longer in the playbook, or an escalation that does not exist: permanent', async () => {
      await expect(send(await message('removed'))).resolves.toEqual({
        ok: false,
        permanent: true,
        error: 'no webhook "removed" in the active playbook',
      });
      await expect(send(await message('ops', { escalationId: 'esc-none' }))).resolves.toEqual({
        ok: false,
        permanent: true,
        error: 'escalation esc-none does not exist',
      });
    });

    it('a message with no escalation carries none and no link', async () => {
      await expect(send(await message('ops', { escalationId: null }))).resolves.toEqual({
        ok: true,
        status: 200,
      });
      expect(receiver.received[0]?.body).toMatchObject({ data: { escalation: null, link: null } });
      expect(matchesDocs(receiver.received[0]?.body)).toBe(true);
    });
  });
}

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1);
  it.each([
    ['0', 0],
    ['30', 30_000],
    [new Date(now + 5_000).toUTCString(), 5_000],
    [new Date(now - 5_000).toUTCString(), 0],
  ])('%j waits %i ms', (value, wait) => {
    expect(parseRetryAfter(value, now)).toBe(wait);
  });
  it.each([undefined, '', 'soon', '-5', '1.5'])('%j gives no wait', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
