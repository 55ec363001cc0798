// Health, metrics and the API documentation over real HTTP on every database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, countRows, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { open, workYaml } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('health', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: workYaml });
      });
      afterAll(() => api.close());

      test('/healthz, /readyz, /metrics, /openapi.json and /docs', async () => {
        await open(api); // one evaluation and one escalation for the counters
        const health = await api.request('GET', '/healthz');
        expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
        const ready = await api.request('GET', '/readyz');
        expect(ready).toMatchObject({ status: 200, body: { status: 'ready', playbookVersion: 1 } });

        expect((await api.request('GET', '/metrics')).status).toBe(401);
        expect((await api.request('GET', '/metrics', { key: api.keys.agent })).status).toBe(403);
        const metrics = await api.request('GET', '/metrics', { key: api.keys.admin });
        expect(metrics.status).toBe(200);
        expect(metrics.headers.get('content-type')).toContain('text/plain');
        const escalations = await countRows(api.store, 'escalations');
        const total = [...metrics.text.matchAll(/^handoff_escalations\{[^}]*\} (\d+)$/gm)].reduce(
          (sum, match) => sum + Number(match[1]),
          0,
        );
        expect(total).toBe(escalations);
        expect(metrics.text).toMatch(/^handoff_evaluations_total\{action="escalate"\} \d+$/m);
        expect(metrics.text).toContain('# TYPE handoff_events_total counter');

        const openapi = await api.request('GET', '/openapi.json');
        expect(openapi.status).toBe(200);
        expect(openapi.body.openapi).toBe('3.1.0');
        expect(Object.keys(openapi.body.paths)).toEqual(
          expect.arrayContaining([
            '/v1/evaluate',
            '/v1/escalations',
            '/v1/escalations/{id}/claim',
            '/v1/people/{id}/availability',
            '/v1/stream',
          ]),
        );
        // The case is checked by the verb, not the route, and still documented.
        const caseSchema =
          openapi.body.paths['/v1/evaluate'].post.requestBody.content['application/json'].schema;
        expect(caseSchema.required).toContain('id');
        expect(Object.keys(caseSchema.properties)).toEqual(
          expect.arrayContaining(['id', 'turn', 'ai', 'conversation', 'customer']),
        );
        const docs = await api.request('GET', '/docs');
        expect(docs.status).toBe(200);
        expect(docs.text.toLowerCase()).toContain('<html');
      });
    });
  });
}
