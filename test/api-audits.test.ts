// POST /v1/audits on every database: an uploaded log streamed into a report (JSON, Markdown, HTML), saved as a
// baseline and read back; who may; and bad input refused with the one error shape, nothing saved.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, type Json, startApi } from './api-harness.js';
import { smallLogCsv } from './audit-fixtures.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    const upload = (
      query: string,
      body: string | Uint8Array = smallLogCsv,
      type = 'text/csv',
      key?: string,
    ) =>
      api.request('POST', `/v1/audits?${query}`, {
        key: key ?? api.keys.admin,
        body,
        headers: { 'content-type': type },
      });
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
    });
    afterAll(() => api.close());

    test('a CSV upload answers with the report', async () => {
      const reply = await upload('source=events');
      expect(reply.status, reply.text).toBe(200);
      const report = reply.body as Json;
      expect(report.headline).toMatchObject({
        cases: 2,
        resolved: 1,
        open: 1,
        timeToResolution: { median: HOUR, count: 1 },
        firstContactResolution: { rate: 1, count: 1 },
        reassignmentRate: 0.5,
        reopenRate: 0,
      });
      expect(report.flow.groups.edges).toEqual([{ from: 'L1', to: 'L2', count: 1, median: 30 * 60_000 }]);
    });

    test('JSON Lines, Markdown with Mermaid, and a self-contained HTML page', async () => {
      const jsonl = smallLogCsv
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [id, at, status, group, assignee] = line.split(',');
          return JSON.stringify({ case_id: id, timestamp: at, status, group, assignee });
        })
        .join('\n');
      const markdown = await upload('source=events&report=markdown', jsonl, 'application/x-ndjson');
      expect(markdown.status, markdown.text).toBe(200);
      expect(markdown.headers.get('content-type')).toContain('text/markdown');
      expect(markdown.text).toContain('```mermaid\nflowchart LR');
      expect(markdown.text).toContain('-->|"1 · 1h"|');
      const html = await upload('source=events&report=html');
      expect(html.status).toBe(200);
      expect(html.text).toContain('<svg');
      expect(html.text).not.toMatch(/<(script|link|img)\b|src=|@import/);
    });

    test('saved as a baseline: listed, read back, and the name is taken once', async () => {
      const saved = await upload('source=events&save=before-handoff');
      expect(saved.status, saved.text).toBe(201);
      expect(saved.headers.get('location')).toBe('/v1/audits/before-handoff');
      const again = await upload('source=events&save=before-handoff');
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'conflict', path: 'save' });
      const ana = await api.keys.human('ana');
      const list = await api.request('GET', '/v1/audits', { key: ana });
      expect(list.status).toBe(200);
      expect(list.body.audits).toEqual([
        {
          name: 'before-handoff',
          createdAt: new Date(api.clock.now).toISOString(),
          source: 'events',
          cases: 2,
        },
      ]);
      const one = await api.request('GET', '/v1/audits/before-handoff', { key: ana });
      expect(one.status).toBe(200);
      expect(one.body.report.headline.firstContactResolution).toEqual({ rate: 1, count: 1 });
      expect((await api.request('GET', '/v1/audits/nothing', { key: ana })).status).toBe(404);
    });

    test('only admin keys audit', async () => {
      const ana = await api.keys.human('ana');
      const reply = await upload('source=events', smallLogCsv, 'text/csv', ana);
      expect(reply.status).toBe(403);
      expect((await upload('source=events', smallLogCsv, 'text/csv', api.keys.agent)).status).toBe(403);
    });

    test.each([
      ['source=jira', 400, smallLogCsv, 'text/csv', 'source'],
      ['source=events&map=nonsense', 400, smallLogCsv, 'text/csv', 'map'],
      ['source=events&map=ticket%3Dcase_id', 400, smallLogCsv, 'text/csv', 'map'],
      ['source=events&date_format=HH%3Amm', 400, smallLogCsv, 'text/csv', 'date_format'],
      ['source=events&timezone=Nowhere', 400, smallLogCsv, 'text/csv', 'timezone'],
      ['source=events&colour=red', 400, smallLogCsv, 'text/csv', ''],
      ['source=events', 400, '', 'text/csv', 'file'],
      ['source=events', 415, '{"case_id":"1"}', 'application/json', 'content-type'],
      ['source=events&save=a%20b', 400, smallLogCsv, 'text/csv', 'save'],
    ])('%s → %i', async (query, status, body, type, path) => {
      const reply = await upload(query, body, type);
      expect(reply.status, reply.text).toBe(status);
      expect(reply.body.error.code).toBeTypeOf('string');
      if (path !== '') {
        expect(reply.body.error.path).toBe(path);
      }
      const list = await api.request('GET', '/v1/audits', { key: api.keys.admin });
      expect(list.body.audits.map((item: Json) => item.name)).not.toContain('a b');
    });
  });
}
