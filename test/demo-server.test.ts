// `handoff serve --demo`: everyone available and one working admin key, printed afresh at each start; the keys
// of earlier starts stop working instead of piling up.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { startServer } from '../src/transports/server/start-server.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let database: TestStore;
    beforeAll(async () => {
      database = await makeTestStore(dialect);
    });
    afterAll(() => database.close());

    const startDemo = () =>
      startServer({
        databaseUrl: database.url,
        port: 0,
        demo: true,
        seed: { yaml: templateText('customer-support'), source: 'template:customer-support' },
        logger: pino({ level: 'silent' }),
        workers: false,
      });
    const people = (url: string, key: string | null) =>
      fetch(`${url}/v1/people`, { headers: { authorization: `Bearer ${key}` } });

    test('each start prints a working key and revokes the ones printed before', async () => {
      const first = await startDemo();
      const firstKey = first.demoKey;
      try {
        expect(firstKey).toMatch(/^hk_admin_/);
        const listed = await people(first.url, firstKey);
        expect(listed.status).toBe(200);
        const body = (await listed.json()) as { items: Array<{ available: boolean }> };
        expect(body.items.length).toBeGreaterThan(0);
        expect(body.items.every((person) => person.available)).toBe(true);
      } finally {
        await first.close();
      }
      const second = await startDemo();
      try {
        expect(second.demoKey).not.toBe(firstKey);
        expect((await people(second.url, second.demoKey)).status).toBe(200);
        expect((await people(second.url, firstKey)).status).toBe(401);
        const live = await second.store.db
          .selectFrom('api_keys')
          .select('id')
          .where('name', '=', 'demo')
          .where('revoked_at', 'is', null)
          .execute();
        expect(live).toHaveLength(1);
      } finally {
        await second.close();
      }
    });
  });
}
