// The deliveries worker on every real database: at least once with a stable message id, attempts recorded,
// retries on schedule, dead letters, a person's next channel, endpoints disabled, one slow endpoint holding up
// no other, and two nodes sharing the work. The channels here are scripted stand-ins behind the Channel
// interface (the worker is under test); the real channels are tested against real servers beside them.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import type { ChannelKind } from '../src/core/playbook/integrations-schema.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import type { Channel, OutboxMessage, SendResult } from '../src/runtime/deliveries/channel.js';
import { makeDeliveriesWorker } from '../src/runtime/deliveries/deliveries-worker.js';
import { assignEscalation } from '../src/services/escalations/assign-escalation.js';
import { listDeliveries } from '../src/services/deliveries/list-deliveries.js';
import { getDelivery } from '../src/services/deliveries/get-delivery.js';
import { retryDelivery } from '../src/services/deliveries/retry-delivery.js';
import { replayDeadLetters } from '../src/services/deliveries/replay-dead-letters.js';
import {
  enableDeliveryEndpoint,
  listDeliveryEndpoints,
} from '../src/services/deliveries/delivery-endpoints.js';
import { isHandoffError } from '../src/errors.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { askForHuman, playbookYaml } from './playbook-fixtures.js';
import { admin, agent, openEscalation, serviceContext, type ServiceDeps } from './service-harness.js';

const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);
const yaml = (extra = '') =>
  playbookYaml({
    name: 'deliveries',
    teams: '  - { id: support, name: Support, lead: lena }\n',
    people: `  - { id: ayse, name: Ayse, teams: [support], email: ayse@example.com, notify: [chat, mail] }
  - { id: lena, name: Lena, teams: [support], email: lena@example.com }
`,
    priorities: ['normal', 'high'],
    triggers: askForHuman(undefined, 'asks-for-human'),
    defaultTeam: 'support',
    rest: `integrations:
  disable_after: 20
  webhooks:
    - { id: crm, url: "https://crm.example.com/hooks", secret_env: CRM_SECRET, events: [created] }
    - { id: audit, url: "https://audit.example.com/hooks", secret_env: AUDIT_SECRET, events: ["*"] }
  slack:
    - { id: chat, token_env: SLACK_TOKEN, signing_secret_env: SLACK_SIGNING }
  email:
    - { id: mail, from: "Handoff <handoff@example.com>" }
${extra}`,
  });

type Script = (message: OutboxMessage) => SendResult | Promise<SendResult>;

/** A channel whose answers the test scripts per endpoint; it records every message it was given. */
function scriptedChannels() {
  const sent: OutboxMessage[] = [];
  const scripts = new Map<string, Script>();
  const make = (kind: ChannelKind): Channel => ({
    kind,
    async send(message) {
      sent.push(message);
      return (scripts.get(message.endpoint) ?? (() => ({ ok: true, status: 200 })))(message);
    },
  });
  return {
    sent,
    script: (endpoint: string, script: Script) => scripts.set(endpoint, script),
    channels: { webhook: make('webhook'), slack: make('slack'), email: make('email') },
  };
}

const fail = (status: number, extra: Partial<Extract<SendResult, { ok: false }>> = {}): SendResult => ({
  ok: false,
  status,
  error: `HTTP ${status}`,
  ...extra,
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let now = t0;
    let runtime = makePlaybookRuntime(1, parsePlaybook(yaml()));
    const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => runtime };
    let scripted = scriptedChannels();
    const worker = (nodeId = 'node-a', target: TestStore = store) =>
      makeDeliveriesWorker({
        store: target,
        clock: () => now,
        logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
        events: makeEventBus(),
        playbook: async () => runtime,
        channels: scripted.channels,
        nodeId,
        env: {},
        publicUrl: 'http://handoff.test',
        random: () => 0.5,
      });
    const open = (caseId: string) =>
      openEscalation(
        deps,
        { id: caseId, conversation: [{ role: 'customer', text: 'I want to talk to a person' }] },
        agent,
      );
    const rowsOf = async (escalationId: string) =>
      store.db
        .selectFrom('outbox')
        .selectAll()
        .where('escalation_id', '=', escalationId)
        .orderBy('id')
        .execute();

    // A database per test: rows one test leaves pending must not fail or succeed in another.
    /** The escalation's one row for the crm webhook. */
    const crmOf = async (escalationId: string) => {
      const row = (await rowsOf(escalationId)).find((candidate) => candidate.endpoint === 'crm');
      if (row === undefined) {
        throw new Error(`no crm row for ${escalationId}`);
      }
      return row;
    };

    beforeEach(async () => {
      store = await makeTestStore(dialect);
    });
    afterEach(() => store.close());

    test('each row is delivered once, with its row id as the message id, and every attempt is recorded', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('once-1');
      const rows = await rowsOf(id);
      // created → crm and audit; queued_for_team → audit; nobody is assigned yet.
      expect(rows.map((row) => [row.endpoint, JSON.parse(row.payload).event.type]).sort()).toEqual([
        ['audit', 'created'],
        ['audit', 'queued_for_team'],
        ['crm', 'created'],
      ]);
      const w = worker();
      expect(await w.drain()).toBe(3);
      expect(scripted.sent.map((message) => message.id).sort()).toEqual(rows.map((row) => row.id).sort());
      expect(await w.drain()).toBe(0);
      const after = await rowsOf(id);
      expect(after.every((row) => row.status === 'delivered' && Number(row.delivered_at) === t0)).toBe(true);
      const one = await getDelivery({ ctx: serviceContext(deps, admin), id: rows[0]?.id ?? '' });
      expect(one.attemptLog).toEqual([
        expect.objectContaining({ attempt: 1, statusCode: 200, error: null, node: 'node-a' }),
      ]);
      expect(w.counters().delivered).toEqual({ webhook: 3 });
    });

    test('a failure is retried on the schedule, Retry-After honoured, with the same message id', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('retry-1');
      let calls = 0;
      scripted.script('crm', () => {
        calls += 1;
        return calls === 1
          ? fail(500)
          : calls === 2
            ? fail(429, { retryAfterMs: 60_000 })
            : { ok: true, status: 204 };
      });
      const w = worker();
      await w.drain();
      const crm = await crmOf(id);
      expect(crm).toMatchObject({ status: 'pending', attempts: 1, last_status: 500 });
      expect(Number(crm.next_attempt_at)).toBe(t0 + 5_000);
      now = t0 + 4_999;
      expect(await w.drain()).toBe(0);
      now = t0 + 5_000;
      await w.drain();
      const second = await crmOf(id);
      // The schedule says 5 min; the endpoint asked for 1 min: the longer wins... here the schedule's 5 min.
      expect(Number(second.next_attempt_at)).toBe(t0 + 5_000 + 300_000);
      now = t0 + 305_000;
      await w.drain();
      const crmIds = scripted.sent
        .filter((message) => message.endpoint === 'crm')
        .map((message) => message.id);
      expect(new Set(crmIds).size).toBe(1);
      expect(
        scripted.sent.filter((message) => message.endpoint === 'crm').map((message) => message.attempt),
      ).toEqual([1, 2, 3]);
      const detail = await getDelivery({ ctx: serviceContext(deps, admin), id: crm.id });
      expect(detail).toMatchObject({ status: 'delivered', attempts: 3 });
      expect(detail.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 429, 204]);
    });

    test('a Retry-After longer than the schedule is waited out', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('retry-after-1');
      scripted.script('crm', () => fail(503, { retryAfterMs: 3_600_000 }));
      await worker().drain();
      const crm = await crmOf(id);
      expect(Number(crm.next_attempt_at)).toBe(t0 + 3_600_000);
    });

    test('after the last attempt the row is a dead letter; retry and replay put it back with its id', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('dead-1');
      scripted.script('crm', () => fail(500));
      const w = worker('node-dead');
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await w.drain();
        now += 11 * 3_600_000;
      }
      const crm = await crmOf(id);
      expect(crm).toMatchObject({ status: 'dead', attempts: 8, next_attempt_at: null });
      const ctx = serviceContext(deps, admin);
      const dead = await listDeliveries({ ctx, input: { status: 'dead', escalation: id } });
      expect(dead.items.map((item) => item.id)).toEqual([crm.id]);

      scripted.script('crm', () => ({ ok: true, status: 200 }));
      await retryDelivery({ ctx, id: crm.id });
      await expect(retryDelivery({ ctx, id: crm.id })).rejects.toMatchObject({ code: 'conflict' });
      await w.drain();
      expect((await getDelivery({ ctx, id: crm.id })).status).toBe('delivered');
      expect(scripted.sent.filter((m) => m.endpoint === 'crm').every((m) => m.id === crm.id)).toBe(true);

      // Replay: a dead letter in the range goes again; one outside it stays.
      scripted.script('crm', () => fail(500));
      const other = await open('dead-2');
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await w.drain();
        now += 11 * 3_600_000;
      }
      scripted.script('crm', () => ({ ok: true, status: 200 }));
      const before = new Date(now - 1_000 * 3_600_000).toISOString();
      expect(
        await replayDeadLetters({
          ctx,
          input: { from: before, to: new Date(now - 900 * 3_600_000).toISOString() },
        }),
      ).toEqual({ replayed: 0 });
      expect(
        await replayDeadLetters({
          ctx,
          input: { from: before, to: new Date(now + 1).toISOString(), endpoint: 'crm' },
        }),
      ).toEqual({ replayed: 1 });
      await w.drain();
      expect((await rowsOf(other)).filter((row) => row.endpoint === 'crm')[0]).toMatchObject({
        status: 'delivered',
      });
    });

    test('a person their first channel cannot reach is tried on the next one they listed', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('fallback-1');
      await worker().drain();
      await assignEscalation({ ctx: serviceContext(deps, admin), id, input: { person: 'ayse' } });
      scripted.script('chat', () => ({ ok: false, permanent: true, error: 'no Slack user for ayse' }));
      await worker().drain();
      const personal = (await rowsOf(id)).filter((row) => row.recipient === 'ayse');
      expect(personal.map((row) => [row.channel, row.endpoint, row.status]).sort()).toEqual([
        ['email', 'mail', 'delivered'],
        ['slack', 'chat', 'dead'],
      ]);
      // A recipient nobody can address says nothing of the endpoint's health.
      expect(
        (await listDeliveryEndpoints({ ctx: serviceContext(deps, admin) })).find(
          (e) => e.endpoint === 'chat',
        ),
      ).toMatchObject({ failures: 0, disabledAt: null });
    });

    test('410 Gone disables the endpoint, says so on another channel, and sets its rows aside', async () => {
      scripted = scriptedChannels();
      now = t0;
      scripted.script('crm', () => fail(410, { gone: true }));
      const id = await open('gone-1');
      const w = worker();
      await w.drain();
      const endpoints = await listDeliveryEndpoints({ ctx: serviceContext(deps, admin) });
      expect(endpoints.find((e) => e.endpoint === 'crm')).toMatchObject({
        channel: 'webhook',
        disabledReason: 'the endpoint answered 410 Gone',
      });
      // The audit webhook takes every event, so it hears of it; crm itself does not.
      const told = await store.db
        .selectFrom('outbox')
        .select(['endpoint', 'payload'])
        .where('event_id', '=', 0)
        .execute();
      expect(told.map((row) => [row.endpoint, JSON.parse(row.payload).event])).toEqual([
        [
          'audit',
          expect.objectContaining({
            type: 'endpoint_disabled',
            data: { endpoint: 'crm', why: 'the endpoint answered 410 Gone' },
          }),
        ],
      ]);
      await w.drain();
      const later = await open('gone-2');
      scripted.sent.length = 0;
      await w.drain();
      expect(scripted.sent.some((message) => message.endpoint === 'crm')).toBe(false);
      expect((await rowsOf(later)).find((row) => row.endpoint === 'crm')).toMatchObject({
        status: 'dead',
        last_error: 'endpoint disabled',
        attempts: 0,
      });
      expect((await rowsOf(id)).find((row) => row.endpoint === 'crm')).toMatchObject({ status: 'dead' });

      scripted.script('crm', () => ({ ok: true, status: 200 }));
      // Enabled again: what was set aside while it was disabled goes out.
      expect(await enableDeliveryEndpoint({ ctx: serviceContext(deps, admin), endpoint: 'crm' })).toEqual({
        requeued: 2,
      });
      await w.drain();
      expect((await rowsOf(later)).find((row) => row.endpoint === 'crm')).toMatchObject({
        status: 'delivered',
      });
      expect((await rowsOf(id)).find((row) => row.endpoint === 'crm')).toMatchObject({ status: 'delivered' });
      await expect(
        enableDeliveryEndpoint({ ctx: serviceContext(deps, admin), endpoint: 'crm' }),
      ).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    test('too many failures in a row disable an endpoint; a slow one holds up no other', async () => {
      scripted = scriptedChannels();
      now = t0;
      scripted.script('audit', () => fail(500));
      runtime = makePlaybookRuntime(
        3,
        parsePlaybook(yaml().replace('disable_after: 20', 'disable_after: 6')),
      );
      const ids: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        ids.push(await open(`flaky-${i}`));
      }
      const w = worker('node-flaky');
      await w.drain();
      // 8 audit rows failed: the circuit opened after 5, so some were not even tried; 6 in a row disable it.
      const attempts = scripted.sent.filter((message) => message.endpoint === 'audit').length;
      expect(attempts).toBeGreaterThanOrEqual(5);
      now += 60 * 60_000;
      await w.drain();
      now += 60 * 60_000;
      await w.drain();
      const audit = (await listDeliveryEndpoints({ ctx: serviceContext(deps, admin) })).find(
        (e) => e.endpoint === 'audit',
      );
      expect(audit?.disabledReason).toMatch(/^6 deliveries in a row failed/);
      // crm was never held up by audit.
      for (const id of ids) {
        expect((await rowsOf(id)).find((row) => row.endpoint === 'crm')).toMatchObject({
          status: 'delivered',
        });
      }
      await enableDeliveryEndpoint({ ctx: serviceContext(deps, admin), endpoint: 'audit' });
      runtime = makePlaybookRuntime(1, parsePlaybook(yaml()));
    });

    test('an open circuit sends nothing; once the pause is over, one probe goes before the rest', async () => {
      scripted = scriptedChannels();
      now = t0;
      scripted.script('audit', () => fail(500));
      for (let i = 0; i < 5; i += 1) {
        await open(`circuit-${i}`);
      }
      const w = worker('node-circuit');
      await w.drain();
      const tried = () => scripted.sent.filter((message) => message.endpoint === 'audit').length;
      // Five failures in a row open it (attempts already in flight, at most 4, still finish): the rest wait.
      const opened = tried();
      expect(opened).toBeGreaterThanOrEqual(5);
      expect(opened).toBeLessThan(10);
      now += 10_000;
      await w.drain();
      expect(tried()).toBe(opened);
      now = t0 + 31_000;
      await w.drain();
      expect(tried()).toBe(opened + 1);
      // The probe failed: open again, for twice as long.
      now = t0 + 61_000;
      await w.drain();
      expect(tried()).toBe(opened + 1);
      scripted.script('audit', () => ({ ok: true, status: 200 }));
      now = t0 + 92_000;
      await w.drain();
      // The probe passed and closed it: everything due went.
      expect(tried()).toBeGreaterThan(opened + 2);
    });

    test('an endpoint gone from the playbook: its rows are set aside, not retried for ever', async () => {
      scripted = scriptedChannels();
      now = t0;
      const id = await open('removed-1');
      runtime = makePlaybookRuntime(2, parsePlaybook(yaml().replace(/    - \{ id: crm.*\n/, '')));
      try {
        await worker().drain();
        expect((await rowsOf(id)).find((row) => row.endpoint === 'crm')).toMatchObject({
          status: 'dead',
          last_error: 'no integration "crm" in the active playbook',
        });
      } finally {
        runtime = makePlaybookRuntime(1, parsePlaybook(yaml()));
      }
    });

    test('bad input to the delivery verbs is refused clearly', async () => {
      const ctx = serviceContext(deps, admin);
      const refusal = async (promise: Promise<unknown>) => {
        try {
          await promise;
        } catch (error) {
          if (isHandoffError(error)) {
            return { code: error.code, path: error.path };
          }
          throw error;
        }
        throw new Error('expected a refusal');
      };
      expect(await refusal(listDeliveries({ ctx, input: { status: 'lost' } }))).toEqual({
        code: 'bad_request',
        path: 'status',
      });
      expect(await refusal(listDeliveries({ ctx, input: { cursor: '!!!' } }))).toEqual({
        code: 'bad_request',
        path: 'cursor',
      });
      expect(
        await refusal(
          replayDeadLetters({ ctx, input: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } }),
        ),
      ).toEqual({ code: 'bad_request', path: 'from' });
      expect(await refusal(retryDelivery({ ctx, id: 'nope' }))).toEqual({ code: 'not_found', path: 'id' });
      expect(await refusal(listDeliveries({ ctx: serviceContext(deps, agent), input: {} }))).toMatchObject({
        code: 'forbidden',
      });
    });

    test.runIf(dialect === 'postgres')(
      'two nodes share the backlog: each row is taken by one of them',
      async () => {
        scripted = scriptedChannels();
        now = t0;
        const ids: string[] = [];
        for (let i = 0; i < 20; i += 1) {
          ids.push(await open(`shared-${i}`));
        }
        const { openDatabase } = await import('../src/store/database.js');
        const other = (await openDatabase(store.url)) as TestStore;
        try {
          const a = worker('node-a', store);
          const b = worker('node-b', other);
          await Promise.all([a.drain(), b.drain()]);
          const attempts = await store.db
            .selectFrom('delivery_attempts')
            .select(['outbox_id', 'node'])
            .where(
              'outbox_id',
              'in',
              (await Promise.all(ids.map(rowsOf))).flat().map((row) => row.id),
            )
            .execute();
          expect(attempts).toHaveLength(60);
          expect(new Set(attempts.map((attempt) => attempt.outbox_id)).size).toBe(60);
        } finally {
          await other.close();
        }
      },
    );
  });
}
