// The dashboard's session over real HTTP on every database: a key is exchanged for an httpOnly, SameSite=Strict
// cookie; requests riding on it that change something must come from the dashboard's own page; forged cookies,
// cross-site requests, ended sessions and revoked keys are refused, and refused sessions clear their cookie.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashKey, revokeApiKey } from '../src/services/keys/api-keys.js';
import { selectApiKeyByHash } from '../src/store/queries/select-api-key-by-hash.js';
import { type ApiHarness, countRows, createKey, startApi } from './api-harness.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { open, workYaml } from './escalation-fixtures.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

const dashboard = { 'x-requested-with': 'handoff-dashboard' };

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
    });
    afterAll(() => api.close());

    /** Signs in with `key` and gives the Cookie header to send back. */
    async function signIn(key: string): Promise<string> {
      const reply = await api.request('POST', '/v1/session', { body: { key }, headers: dashboard });
      expect(reply.status).toBe(200);
      const cookie = reply.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^handoff_session=[\w-]{40,};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
      return cookie.split(';')[0] ?? '';
    }

    test('a person signs in, reads and acts with the cookie alone, and signs out', async () => {
      const ana = await api.keys.human('ana');
      const cookie = await signIn(ana);
      const me = await api.request('GET', '/v1/session', { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ name: 'human-ana', kind: 'human', personId: 'ana', myTeams: ['desk'] });
      expect(me.body.statuses.map((status: { id: string }) => status.id)).toContain('in_progress');

      const escalation = await open(api);
      const listed = await api.request('GET', '/v1/escalations', { headers: { cookie } });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(escalation.id);
      const claimed = await api.request('POST', `/v1/escalations/${escalation.id}/claim`, {
        body: {},
        headers: { cookie, ...dashboard },
      });
      expect(claimed.status).toBe(200);
      expect(claimed.body.assignee).toBe('ana');

      const out = await api.request('DELETE', '/v1/session', { headers: { cookie, ...dashboard } });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/^handoff_session=; .*Max-Age=0/);
      const after = await api.request('GET', '/v1/escalations', { headers: { cookie } });
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('unauthorized');
    });

    test('cross-site requests with a good cookie are refused and write nothing', async () => {
      const cookie = await signIn(await api.keys.human('ana'));
      const escalation = await open(api);
      const before = await countRows(api.store, 'events');
      const attempts: Array<Record<string, string>> = [
        { cookie }, // a cross-site form: no X-Requested-With
        { cookie, ...dashboard, origin: 'https://evil.example' },
        { cookie, ...dashboard, origin: 'null' },
        { cookie, ...dashboard, 'sec-fetch-site': 'cross-site' },
      ];
      for (const headers of attempts) {
        const reply = await api.request('POST', `/v1/escalations/${escalation.id}/comments`, {
          body: { body: 'pwned', visibility: 'public' },
          headers,
        });
        expect(reply.status).toBe(403);
        expect(reply.body.error.code).toBe('forbidden');
        expect(reply.body.error.message).toMatch(/cross-site request refused/);
      }
      expect(await countRows(api.store, 'events')).toBe(before);
      // The same page origin is fine.
      const same = await api.request('POST', `/v1/escalations/${escalation.id}/comments`, {
        body: { body: 'hello', visibility: 'internal' },
        headers: { cookie, ...dashboard, origin: api.url, 'sec-fetch-site': 'same-origin' },
      });
      expect(same.status).toBe(200);
      // Signing in from another site is refused too (login CSRF).
      const elsewhere = await api.request('POST', '/v1/session', {
        body: { key: await api.keys.human('ana') },
        headers: { ...dashboard, origin: 'https://evil.example' },
      });
      expect(elsewhere.status).toBe(403);
      expect(elsewhere.headers.get('set-cookie')).toBeNull();
    });

    test('forged and unknown cookies are refused and cleared; bad sign-ins set no cookie', async () => {
      for (const cookie of [
        'handoff_session=forged',
        `handoff_session=${'A'.repeat(43)}`,
        'handoff_session=',
      ]) {
        const reply = await api.request('GET', '/v1/escalations', { headers: { cookie } });
        expect(reply.status).toBe(401);
        expect(reply.body.error.code).toBe('unauthorized');
      }
      const forged = await api.request('GET', '/v1/session', {
        headers: { cookie: 'handoff_session=forged' },
      });
      expect(forged.headers.get('set-cookie')).toMatch(/Max-Age=0/);

      const wrong = await api.request('POST', '/v1/session', {
        body: { key: 'hk_admin_not-a-real-key' },
        headers: dashboard,
      });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('set-cookie')).toBeNull();
      const agent = await api.request('POST', '/v1/session', {
        body: { key: api.keys.agent },
        headers: dashboard,
      });
      expect(agent.status).toBe(403);
      expect(agent.body.error.path).toBe('key');
      for (const body of [{}, { key: 7 }, { key: 'x', extra: 1 }, 'not json']) {
        const bad = await api.request('POST', '/v1/session', { body, headers: dashboard });
        expect(bad.status).toBeGreaterThanOrEqual(400);
        expect(bad.status).toBeLessThan(500);
        expect(bad.headers.get('set-cookie')).toBeNull();
      }
    });

    test('a revoked key signs its sessions out, and an idle session ends', async () => {
      const key = await createKey(api, 'human', 'ben');
      const cookie = await signIn(key);
      expect((await api.request('GET', '/v1/session', { headers: { cookie } })).status).toBe(200);
      const row = await selectApiKeyByHash(api.store.db, hashKey(key));
      await revokeApiKey(api.store, row?.id ?? '', api.clock.now);
      api.clock.advance(6_000); // past the authenticator's cache
      const revoked = await api.request('GET', '/v1/session', { headers: { cookie } });
      expect(revoked.status).toBe(401);
      expect(revoked.headers.get('set-cookie')).toMatch(/^handoff_session=; .*Max-Age=0/);
      // The session itself is gone: the same cookie stays refused.
      const again = await api.request('GET', '/v1/escalations', { headers: { cookie } });
      expect(again.status).toBe(401);
      expect(again.body.error.message).toMatch(/session has ended/);

      const idle = await signIn(await api.keys.human('ana'));
      api.clock.advance(8 * 3600_000 + 1);
      const expired = await api.request('GET', '/v1/session', { headers: { cookie: idle } });
      expect(expired.status).toBe(401);
      expect(expired.body.error.message).toMatch(/session has ended/);
    });

    test('a session survives a restart of the node: it lives in the database, only its hash stored', async () => {
      const cookie = await signIn(await api.keys.human('ana'));
      const id = cookie.slice('handoff_session='.length);
      const rows = await api.store.db.selectFrom('dashboard_sessions').selectAll().execute();
      expect(rows.some((row) => row.id_hash.includes(id) || id.includes(row.id_hash))).toBe(false);
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.id_hash))).toBe(true);
      const again = await startApi(dialect, { reuse: api.testStore });
      try {
        const me = await again.request('GET', '/v1/session', { headers: { cookie } });
        expect(me.status).toBe(200);
        expect(me.body).toMatchObject({ kind: 'human', personId: 'ana' });
        const out = await again.request('DELETE', '/v1/session', { headers: { cookie, ...dashboard } });
        expect(out.status).toBe(204);
      } finally {
        await again.close();
      }
      const ended = await api.request('GET', '/v1/session', { headers: { cookie } });
      expect(ended.status).toBe(401);
      expect(ended.body.error.message).toMatch(/session has ended/);
    });

    test('a session ends 24 hours after sign-in however busy, and a key holds at most 100', async () => {
      const cookie = await signIn(await api.keys.human('ana'));
      for (let hour = 0; hour < 23; hour += 1) {
        api.clock.advance(3600_000);
        expect((await api.request('GET', '/v1/session', { headers: { cookie } })).status).toBe(200);
      }
      api.clock.advance(3600_000);
      expect((await api.request('GET', '/v1/session', { headers: { cookie } })).status).toBe(401);

      const key = await createKey(api, 'human', 'ben');
      const first = await signIn(key);
      for (let i = 0; i < 100; i += 1) {
        api.clock.advance(1);
        await signIn(key);
      }
      expect((await api.request('GET', '/v1/session', { headers: { cookie: first } })).status).toBe(401);
      const row = await selectApiKeyByHash(api.store.db, hashKey(key));
      const held = await api.store.db
        .selectFrom('dashboard_sessions')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('key_id', '=', row?.id ?? '')
        .executeTakeFirstOrThrow();
      expect(Number(held.n)).toBe(100);
    });

    test('a bearer key still works as before, and wins over a cookie', async () => {
      const reply = await api.request('GET', '/v1/escalations', {
        key: api.keys.admin,
        headers: { cookie: 'handoff_session=forged' },
      });
      expect(reply.status).toBe(200);
    });
  });
}

// Two server processes on one PostgreSQL, as behind a load balancer without affinity: PostgreSQL only, SQLite serves
// one node per file.
describe.skipIf(!DIALECTS.includes('postgres'))('postgres, two nodes', () => {
  const adminKey = 'session-nodes-admin-key-0123456789';
  let store: TestStore;
  const nodes: ServerProcess[] = [];
  beforeAll(async () => {
    store = await makeTestStore('postgres');
    // One start at a time: the first migrates and seeds, the second finds it done.
    nodes.push(await startServerProcess({ databaseUrl: store.url, adminKey }));
    nodes.push(await startServerProcess({ databaseUrl: store.url, adminKey }));
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await store?.close();
  });

  const call = async (url: string, method: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(url, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  };

  test('a cookie from node A works on node B, and signing out on A ends it on B', async () => {
    const [a, b] = nodes;
    if (a === undefined || b === undefined) {
      throw new Error('two nodes expected');
    }
    const signedIn = await call(`${a.url}/v1/session`, 'POST', dashboard, { key: adminKey });
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^handoff_session=/);

    const onB = await call(`${b.url}/v1/escalations`, 'GET', { cookie });
    expect(onB.status).toBe(200);
    const meOnB = await call(`${b.url}/v1/session`, 'GET', { cookie });
    expect(JSON.parse(meOnB.text)).toMatchObject({ kind: 'admin' });

    const out = await call(`${a.url}/v1/session`, 'DELETE', { cookie, ...dashboard });
    expect(out.status).toBe(204);
    const afterOnB = await call(`${b.url}/v1/escalations`, 'GET', { cookie });
    expect(afterOnB.status).toBe(401);
    expect(afterOnB.headers.get('set-cookie')).toMatch(/^handoff_session=; .*Max-Age=0/);
    expect((await call(`${a.url}/v1/session`, 'GET', { cookie })).status).toBe(401);
  });
});
