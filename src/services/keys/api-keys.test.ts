// API keys on every real database: made and shown once, who they stand for, revoked, replaced, and refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { t0 } from '../../../test/verb-fixtures.js';
import { createApiKey, ensureApiKey, makeAuthenticator, replaceApiKey, revokeApiKey } from './api-keys.js';

const ttlMs = 5_000;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let now = t0;
    const clock = () => now;
    /** A fresh authenticator, so a test sees the store rather than another test's cache. */
    const authenticate = (token: string | undefined) =>
      makeAuthenticator(store, clock, ttlMs).authenticate(token);
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a new key is shown once and stands for its holder: scope, name and person', async () => {
      const created = await createApiKey(store, { scope: 'human', name: 'ana laptop', person: 'ana' }, now);
      expect(created).toMatchObject({ scope: 'human', name: 'ana laptop', person: 'ana' });
      expect(created.key).toMatch(/^hk_human_[A-Za-z0-9_-]{43}$/);
      expect(await authenticate(created.key)).toEqual({
        kind: 'human',
        keyId: created.id,
        name: 'ana laptop',
        personId: 'ana',
      });
      const bot = await createApiKey(store, { scope: 'agent', name: 'bot' }, now);
      expect(await authenticate(bot.key)).toMatchObject({ kind: 'agent', personId: null });
      expect(bot.key).not.toBe(created.key);
    });

    test('a revoked key stops working once the cache has passed, and cannot be revoked twice', async () => {
      const authenticator = makeAuthenticator(store, clock, ttlMs);
      const created = await createApiKey(store, { scope: 'agent', name: 'to revoke' }, now);
      expect((await authenticator.authenticate(created.key)).keyId).toBe(created.id);
      await revokeApiKey(store, created.id, now);
      now += ttlMs;
      expect((await authenticator.authenticate(created.key)).keyId).toBe(created.id);
      now += 1;
      await expect(authenticator.authenticate(created.key)).rejects.toMatchObject({
        code: 'unauthorized',
        message: 'this key is unknown or revoked',
      });
      await expect(revokeApiKey(store, created.id, now)).rejects.toMatchObject({
        code: 'not_found',
        path: 'id',
      });
      await expect(revokeApiKey(store, 'no-such-key', now)).rejects.toMatchObject({ code: 'not_found' });
    });

    test('replacing a key by name revokes every live key of that name', async () => {
      const first = await createApiKey(store, { scope: 'admin', name: 'demo admin' }, now);
      const second = await replaceApiKey(store, { scope: 'admin', name: 'demo admin' }, now);
      await expect(authenticate(first.key)).rejects.toMatchObject({ code: 'unauthorized' });
      expect(await authenticate(second.key)).toMatchObject({ kind: 'admin', keyId: second.id });
    });

    test('a key given as text is added once; the same text again changes nothing', async () => {
      const text = 'hk_test_given_admin_key_text';
      await ensureApiKey(store, text, 'admin', 'HANDOFF_ADMIN_KEY', now);
      const first = await authenticate(text);
      await ensureApiKey(store, text, 'admin', 'HANDOFF_ADMIN_KEY', now);
      expect(await authenticate(text)).toEqual(first);
      await expect(ensureApiKey(store, 'short', 'admin', 'HANDOFF_ADMIN_KEY', now)).rejects.toMatchObject({
        code: 'bad_request',
      });
      await expect(authenticate('short')).rejects.toMatchObject({ code: 'unauthorized' });
    });

    test('no key, or one nobody made, is unauthorized', async () => {
      await expect(authenticate(undefined)).rejects.toMatchObject({ code: 'unauthorized' });
      await expect(authenticate('')).rejects.toMatchObject({ code: 'unauthorized' });
      await expect(authenticate('hk_admin_not-a-real-key')).rejects.toMatchObject({ code: 'unauthorized' });
    });

    test('bad input is refused naming the field', async () => {
      await expect(createApiKey(store, { scope: 'human', name: 'nobody' }, now)).rejects.toMatchObject({
        code: 'bad_request',
        path: 'person',
      });
      await expect(createApiKey(store, { scope: 'root', name: 'x' }, now)).rejects.toMatchObject({
        code: 'bad_request',
        path: 'scope',
      });
      await expect(createApiKey(store, { scope: 'agent', name: '' }, now)).rejects.toMatchObject({
        code: 'bad_request',
        path: 'name',
      });
    });
  });
}
