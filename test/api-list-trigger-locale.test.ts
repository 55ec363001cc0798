// Listing escalations by the trigger that escalated them and by the case's locale, over real HTTP on every database;
// bad values are refused with a 400 naming the filter.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
      const cases: Array<[string, string | undefined, string]> = [
        ['human-tr', 'tr', 'Bir insanla görüşmek istiyorum'],
        ['human-en', 'en-GB', 'I want to talk to a human'],
        ['invoice-tr', 'tr-TR', 'invoice yanlış'],
        ['both-none', undefined, 'invoice wrong, let me talk to a human'],
        ['invoice-de', 'de', 'invoice falsch'],
      ];
      for (const [id, locale, text] of cases) {
        const reply = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: {
            id,
            turn: 1,
            ...(locale === undefined ? {} : { locale }),
            conversation: [{ role: 'customer', text }],
          },
        });
        expect(reply.status, reply.text).toBe(201);
        api.clock.advance(1_000);
      }
    });
    afterAll(() => api.close());

    const list = async (query: string): Promise<string[]> => {
      const reply = await api.request('GET', `/v1/escalations?${query}`, { key: api.keys.admin });
      expect(reply.status, reply.text).toBe(200);
      return reply.body.items.map((item: { caseId: string }) => item.caseId).sort();
    };

    test('by trigger: any of the listed triggers among the reasons', async () => {
      expect(await list('trigger=invoice')).toEqual(['both-none', 'invoice-de', 'invoice-tr']);
      expect(await list('trigger=human')).toEqual(['both-none', 'human-en', 'human-tr']);
      expect(await list('trigger=human,invoice')).toHaveLength(5);
      expect(await list('trigger=nothing-fires-this')).toEqual([]);
      // A prefix or a near name is not the trigger.
      expect(await list('trigger=hum')).toEqual([]);
    });

    test('by locale: the tag or its sub-tags, in any case, with the other filters', async () => {
      expect(await list('locale=tr')).toEqual(['human-tr', 'invoice-tr']);
      expect(await list('locale=TR-tr')).toEqual(['invoice-tr']);
      expect(await list('locale=en,de')).toEqual(['human-en', 'invoice-de']);
      expect(await list('locale=trk')).toEqual([]);
      expect(await list('locale=tr&trigger=invoice')).toEqual(['invoice-tr']);
      expect(await list('locale=tr&team=billing')).toEqual(['invoice-tr']);
    });

    test('pages of a filtered list visit every match once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const reply = await api.request(
          'GET',
          `/v1/escalations?trigger=invoice&limit=1${cursor === null ? '' : `&cursor=${cursor}`}`,
          { key: api.keys.admin },
        );
        seen.push(...reply.body.items.map((item: { caseId: string }) => item.caseId));
        cursor = reply.body.nextCursor;
      } while (cursor !== null && seen.length < 10);
      expect(seen).toEqual(['invoice-de', 'both-none', 'invoice-tr']);
    });

    test('bad values: a 400 naming the filter, never a 500', async () => {
      for (const [query, path] of [
        ['trigger=', 'trigger'],
        ['trigger=a,,b', 'trigger'],
        ["trigger=x'%20or%201=1", 'trigger'],
        ['trigger=%25', 'trigger'],
        ['locale=', 'locale'],
        ['locale=t', 'locale'],
        ['locale=turkish!', 'locale'],
        ['locale=tr_%25', 'locale'],
        [`locale=${'tr,'.repeat(300)}tr`, 'locale'],
      ]) {
        const reply = await api.request('GET', `/v1/escalations?${query}`, { key: api.keys.admin });
        expect(reply.status, query).toBe(400);
        expect(reply.body.error, query).toMatchObject({ code: 'bad_request', path });
      }
    });
  });
}
