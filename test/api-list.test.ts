// Listing escalations over real HTTP on every database: filters, time filters and cursor pages.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml, open } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('listing', () => {
      let api: ApiHarness;
      let bora: string;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: workYaml });
        bora = await api.keys.human('bora');
      });
      afterAll(() => api.close());

      const post = (id: string, action: string, key: string, body?: unknown) =>
        api.request('POST', `/v1/escalations/${id}/${action}`, { key, body });

      test('list: filters and cursor pagination visit every match once, newest first', async () => {
        await open(api); // a request for a person: high priority, at the desk
        const billing = [];
        for (let i = 0; i < 5; i += 1) {
          billing.push(await open(api, `invoice number ${i} is wrong`));
          if (i % 2 === 0) {
            api.clock.advance(1_000);
          }
        }
        await post(billing[1].id, 'claim', bora);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `/v1/escalations?team=billing&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
          const page = await api.request('GET', query, { key: bora });
          expect(page.status).toBe(200);
          expect(page.body.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.body.items.map((item: { id: string }) => item.id));
          cursor = page.body.nextCursor;
          pages += 1;
        } while (cursor !== null && pages < 10);
        const expected = [...billing]
          .sort((a, b) =>
            b.openedAt === a.openedAt ? (b.id < a.id ? -1 : 1) : b.openedAt < a.openedAt ? -1 : 1,
          )
          .map((item) => item.id);
        expect(seen).toEqual(expected);
        expect(pages).toBe(3);

        const claimed = await api.request('GET', '/v1/escalations?team=billing&status=in_progress', {
          key: api.keys.admin,
        });
        expect(claimed.body.items.map((item: { id: string }) => item.id)).toEqual([billing[1].id]);
        const byAssignee = await api.request('GET', '/v1/escalations?assignee=bora', { key: api.keys.admin });
        expect(byAssignee.body.items.map((item: { id: string }) => item.id)).toEqual([billing[1].id]);
        const high = await api.request('GET', '/v1/escalations?team=billing,desk&priority=high&limit=500', {
          key: api.keys.admin,
        });
        expect(high.body.items.length).toBeGreaterThan(0);
        expect(
          high.body.items.every(
            (item: { priority: string; team: string }) => item.priority === 'high' && item.team === 'desk',
          ),
        ).toBe(true);
        const tier = await api.request('GET', '/v1/escalations?tier=L3&limit=500', { key: api.keys.admin });
        expect(tier.body.items.every((item: { tier: string }) => item.tier === 'L3')).toBe(true);
        const bad = await api.request('GET', '/v1/escalations?cursor=bm9wZQ', { key: api.keys.admin });
        expect(bad.status).toBe(400);
        expect(bad.body.error.path).toBe('cursor');
      });

      test('list: opened_after, opened_before and updated_after filter by time; bad instants are 400', async () => {
        const iso = (ms: number) => new Date(ms).toISOString();
        api.clock.advance(60_000);
        const start = api.clock.now;
        const early = await open(api, 'invoice number 100 is wrong');
        api.clock.advance(60_000);
        const late = await open(api, 'invoice number 101 is wrong');
        api.clock.advance(60_000);
        expect((await post(early.id, 'claim', bora)).status).toBe(200);
        const ids = async (query: string) => {
          const reply = await api.request('GET', `/v1/escalations?limit=500&${query}`, {
            key: api.keys.admin,
          });
          expect(reply.status).toBe(200);
          return reply.body.items.map((item: { id: string }) => item.id);
        };
        expect(await ids(`opened_after=${iso(start)}`)).toEqual([late.id, early.id]);
        expect(await ids(`opened_after=${iso(start)}&opened_before=${iso(start + 60_000)}`)).toEqual([
          early.id,
        ]);
        expect(await ids(`opened_before=${iso(start)}&team=billing`)).not.toContain(early.id);
        expect(await ids(`updated_after=${iso(start + 120_000)}`)).toEqual([early.id]);
        expect(await ids(`opened_after=${encodeURIComponent('2026-11-18T15:01:00+03:00')}`)).toEqual(
          expect.arrayContaining([late.id, early.id]),
        );

        for (const [query, path] of [
          ['opened_after=yesterday', 'opened_after'],
          ['updated_after=2026-13-01T00:00:00Z', 'updated_after'],
          ['opened_before=2026-11-18', 'opened_before'],
          [`opened_after=${iso(start + 1)}&opened_before=${iso(start)}`, 'opened_after'],
          ['since=2026-11-18T00:00:00Z', ''],
        ] as const) {
          const reply = await api.request('GET', `/v1/escalations?${query}`, { key: api.keys.admin });
          expect(reply.status, query).toBe(400);
          expect(reply.body.error.code).toBe('bad_request');
          if (path !== '') {
            expect(reply.body.error.path, query).toBe(path);
          }
        }
      });
    });
  });
}
