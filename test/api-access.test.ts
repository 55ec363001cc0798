// Who may call what over real HTTP on every database: keys and scopes, rate limits per key and per client address.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiKey, hashKey, revokeApiKey } from '../src/services/keys/api-keys.js';
import { type ApiHarness, createKey, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml, open } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('access', () => {
      let api: ApiHarness;
      let ana: string;
      let bora: string;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: workYaml });
        [ana, bora] = await Promise.all([api.keys.human('ana'), api.keys.human('bora')]);
      });
      afterAll(() => api.close());

      const post = (id: string, action: string, key: string, body?: unknown) =>
        api.request('POST', `/v1/escalations/${id}/${action}`, { key, body });

      test('auth: no key 401, wrong scope 403, another team 404, an agent reads only what it opened', async () => {
        const escalation = await open(api);
        const none = await api.request('GET', `/v1/escalations/${escalation.id}`);
        expect(none.status).toBe(401);
        expect(none.body.error.code).toBe('unauthorized');
        expect((await api.request('GET', '/v1/escalations', { key: 'hk_admin_not-a-real-key' })).status).toBe(
          401,
        );
        expect(
          (
            await api.request('GET', '/v1/escalations', {
              headers: { authorization: `Basic ${api.keys.admin}` },
            })
          ).status,
        ).toBe(401);

        const agentClaims = await post(escalation.id, 'claim', api.keys.agent);
        expect(agentClaims.status).toBe(403);
        expect((await post(escalation.id, 'resolve', api.keys.agent)).status).toBe(403);
        expect((await api.request('GET', '/v1/people', { key: api.keys.agent })).status).toBe(403);

        expect((await api.request('GET', `/v1/escalations/${escalation.id}`, { key: bora })).status).toBe(
          404,
        );
        expect((await post(escalation.id, 'claim', bora)).status).toBe(404);
        expect((await post(escalation.id, 'claim', ana, { person: 'ben' })).status).toBe(403);

        const other = await createKey(api, 'agent');
        expect((await api.request('GET', `/v1/escalations/${escalation.id}`, { key: other })).status).toBe(
          404,
        );
        expect(
          (await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.agent })).status,
        ).toBe(200);
        const ownList = await api.request('GET', '/v1/escalations?limit=500', { key: other });
        expect(ownList.body.items).toEqual([]);
        const mine = await open(api, 'I want to talk to a human', other);
        const after = await api.request('GET', '/v1/escalations?limit=500', { key: other });
        expect(after.body.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);

        // A revoked key stops working once the authenticator's 5 s cache has passed.
        const created = await createApiKey(api.store, { scope: 'agent', name: 'to-revoke' }, api.clock.now);
        expect((await api.request('GET', '/v1/escalations', { key: created.key })).status).toBe(200);
        await revokeApiKey(api.store, created.id, api.clock.now);
        api.clock.advance(5_001);
        const revoked = await api.request('GET', '/v1/escalations', { key: created.key });
        expect(revoked.status).toBe(401);
        expect(revoked.body.error.message).toBe('this key is unknown or revoked');
        // Stored hashed: the key itself is nowhere in the row.
        const row = await api.store.db
          .selectFrom('api_keys')
          .selectAll()
          .where('id', '=', created.id)
          .executeTakeFirstOrThrow();
        expect(row.key_hash).toBe(hashKey(created.key));
        expect(JSON.stringify(row)).not.toContain(created.key.slice(9));

        const boraList = await api.request('GET', '/v1/escalations?limit=500', { key: bora });
        expect(boraList.body.items.every((item: { team: string }) => item.team === 'billing')).toBe(true);
        const afterAll = await api.request('GET', `/v1/escalations/${escalation.id}`, {
          key: api.keys.admin,
        });
        expect(afterAll.body).toMatchObject({ version: 1, assignee: null, status: 'new' });
      });
    });

    test('rate limits count per key', async () => {
      const api = await startApi(dialect, {
        yaml: workYaml,
        rateLimitPerMinute: 3,
        authFailuresPerMinute: 3,
      });
      try {
        const statuses = [];
        for (let i = 0; i < 4; i += 1) {
          statuses.push((await api.request('GET', '/v1/escalations', { key: api.keys.admin })).status);
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
        const limited = await api.request('GET', '/v1/escalations', { key: api.keys.admin });
        expect(limited.body.error).toMatchObject({ code: 'rate_limited', path: null });
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        // The same key spelled with padding is the same key: the limit counts the key, not the header.
        for (const padded of [
          `Bearer ${api.keys.admin} `,
          `Bearer ${api.keys.admin}      `,
          `Bearer  ${api.keys.admin}`,
        ]) {
          const reply = await api.request('GET', '/v1/escalations', { headers: { authorization: padded } });
          expect(reply.status).toBe(429);
        }
        expect((await api.request('GET', '/v1/escalations', { key: api.keys.agent })).status).toBe(200);
        expect((await api.request('GET', '/healthz')).status).toBe(200);
        // A flood of wrong keys is limited too, before any key is looked up.
        const guesses = [];
        for (let i = 0; i < 4; i += 1) {
          guesses.push((await api.request('GET', '/v1/escalations', { key: 'hk_admin_guess' })).status);
        }
        expect(guesses).toEqual([401, 401, 401, 429]);
      } finally {
        await api.close();
      }
    });

    test('failed authentications are limited per client address, whatever keys are guessed', async () => {
      const api = await startApi(dialect, { yaml: workYaml, authFailuresPerMinute: 60 });
      try {
        const statuses = new Map<number, number>();
        for (let i = 0; i < 500; i += 1) {
          const reply = await api.request('GET', '/v1/escalations', { key: `hk_admin_guess_${i}` });
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        }
        expect(Object.fromEntries(statuses)).toEqual({ 401: 60, 429: 440 });
        // Refused before any key is looked up: a real key from that address waits out the window too.
        const locked = await api.request('GET', '/v1/escalations', { key: api.keys.admin });
        expect(locked.status).toBe(429);
        expect(locked.body.error).toMatchObject({ code: 'rate_limited', path: null });
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await api.request('GET', '/v1/escalations')).status).toBe(429);
        api.clock.advance(60_000);
        expect((await api.request('GET', '/v1/escalations', { key: api.keys.admin })).status).toBe(200);
      } finally {
        await api.close();
      }
    });
  });
}
