// /v1/deliveries and /v1/delivery-endpoints over HTTP on every real database: what the outbox holds, filtered and
// paged, retry and replay, and bad input refused with the error envelope and nothing changed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { DIALECTS } from './databases.js';
import { type ApiHarness, type Json, startApi } from './api-harness.js';

const yaml = `${validYaml}integrations:
  webhooks:
    - { id: crm, url: "https://crm.example.com/hooks", secret_env: CRM_SECRET, events: [created, assigned] }
    - { id: audit, url: "https://audit.example.com/hooks", secret_env: AUDIT_SECRET, events: ["*"] }
`;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let escalationId: string;
    const get = (path: string, key = api.keys.admin) => api.request('GET', path, { key });
    const post = (path: string, body?: unknown, key = api.keys.admin) =>
      api.request('POST', path, { key, body });

    beforeAll(async () => {
      api = await startApi(dialect, { yaml });
      const opened = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: 'api-deliveries',
          turn: 1,
          conversation: [{ role: 'customer', text: 'a real person please' }],
        },
      });
      escalationId = opened.body.escalation.id;
    });
    afterAll(() => api.close());

    test('the rows an escalation made are listed, filtered, and paged newest first', async () => {
      const all = await get(`/v1/deliveries?escalation=${escalationId}`);
      expect(all.status).toBe(200);
      const items = all.body.items as Json[];
      expect(items.map((item) => `${item.endpoint}:${item.eventType}`).sort()).toEqual([
        'audit:created',
        'audit:queued_for_team',
        'crm:created',
      ]);
      expect(items.every((item) => item.status === 'pending' && item.channel === 'webhook')).toBe(true);
      const crm = await get(`/v1/deliveries?endpoint=crm&escalation=${escalationId}`);
      expect(crm.body.items).toHaveLength(1);
      const first = await get(`/v1/deliveries?escalation=${escalationId}&limit=2`);
      expect(first.body.items).toHaveLength(2);
      const rest = await get(
        `/v1/deliveries?escalation=${escalationId}&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect([...first.body.items, ...rest.body.items].map((item: Json) => item.id)).toEqual(
        items.map((item) => item.id),
      );
      expect(rest.body.nextCursor).toBeNull();
      const one = await get(`/v1/deliveries/${items[0].id}`);
      // The server's delivery worker may already have tried a row (the secrets are not set here): the log holds
      // exactly the attempts the row counts, each for this row's endpoint.
      expect(one.body).toMatchObject({ id: items[0].id, endpoint: items[0].endpoint });
      expect(one.body.attemptLog).toHaveLength(one.body.attempts);
      for (const attempt of one.body.attemptLog as Json[]) {
        expect(attempt).toMatchObject({ endpoint: items[0].endpoint, channel: 'webhook' });
      }
    });

    test('a pending row cannot be retried (it is in line); replay of an empty range requeues nothing', async () => {
      const [item] = (await get(`/v1/deliveries?escalation=${escalationId}&limit=1`)).body.items as Json[];
      const retry = await post(`/v1/deliveries/${item.id}/retry`);
      expect(retry.status).toBe(409);
      expect(retry.body.error).toMatchObject({ code: 'conflict', path: 'id' });
      const replay = await post('/v1/deliveries/replay', {
        from: '2020-01-01T00:00:00Z',
        to: '2020-01-02T00:00:00Z',
      });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual({ replayed: 0 });
    });

    test('endpoints and their standing; enabling one that is not disabled is a conflict', async () => {
      const endpoints = await get('/v1/delivery-endpoints');
      expect(
        endpoints.body.items.map((item: Json) => [item.endpoint, item.channel, item.disabledAt]),
      ).toEqual([
        ['audit', 'webhook', null],
        ['crm', 'webhook', null],
      ]);
      const enable = await post('/v1/delivery-endpoints/crm/enable');
      expect(enable.status).toBe(409);
    });

    test('/metrics counts what waits, by channel', async () => {
      const metrics = await api.request('GET', '/metrics', { key: api.keys.admin });
      expect(metrics.text).toMatch(/handoff_deliveries_waiting\{channel="webhook"\} [1-9]/);
      expect(metrics.text).toContain('handoff_delivery_lag_seconds');
    });

    test('bad input is refused with the envelope, and nothing changes', async () => {
      const before = (await get('/v1/deliveries?limit=500')).body.items;
      const cases: Array<[Promise<Json>, number, string, string]> = [
        [get('/v1/deliveries?status=lost'), 400, 'bad_request', 'status'],
        [get('/v1/deliveries?channel=fax'), 400, 'bad_request', 'channel'],
        [get('/v1/deliveries?limit=0'), 400, 'bad_request', 'limit'],
        [get('/v1/deliveries?cursor=%21%21'), 400, 'bad_request', 'cursor'],
        [get('/v1/deliveries?nonsense=1'), 400, 'bad_request', ''],
        [get('/v1/deliveries', api.keys.agent), 403, 'forbidden', ''],
        [get('/v1/deliveries/nope'), 404, 'not_found', 'id'],
        [post('/v1/deliveries/nope/retry'), 404, 'not_found', 'id'],
        [
          post('/v1/deliveries/replay', { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' }),
          400,
          'bad_request',
          'from',
        ],
        [
          post('/v1/deliveries/replay', { from: 'yesterday', to: '2026-12-01T00:00:00Z' }),
          400,
          'bad_request',
          'from',
        ],
        [post('/v1/deliveries/replay', { from: '2026-12-01T00:00:00Z' }), 400, 'bad_request', 'to'],
        [
          post('/v1/deliveries/replay', {
            from: '2026-12-01T00:00:00Z',
            to: '2026-12-02T00:00:00Z',
            channel: 'fax',
          }),
          400,
          'bad_request',
          'channel',
        ],
        [post('/v1/delivery-endpoints/nope/enable'), 409, 'conflict', 'endpoint'],
      ];
      for (const [request, status, code, path] of cases) {
        const response = await request;
        expect({ status: response.status, code: response.body.error?.code }).toEqual({ status, code });
        if (path !== '') {
          expect(response.body.error.path).toBe(path);
        }
      }
      // The same rows (the server's delivery worker may have tried one meanwhile: attempts are not compared).
      const rows = (items: Json[]) => items.map((item) => [item.id, item.endpoint, item.eventType]);
      expect(rows((await get('/v1/deliveries?limit=500')).body.items)).toEqual(rows(before));
    });
  });
}
