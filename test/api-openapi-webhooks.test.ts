// The API's own document describes what webhooks carry (OpenAPI 3.1 `webhooks`), for receivers to generate from.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
    });
    afterAll(() => api.close());

    test('/openapi.json documents the webhook payload and its signature headers', async () => {
      const openapi = await api.request('GET', '/openapi.json');
      expect(openapi.status).toBe(200);
      const post = openapi.body.webhooks['escalation-event'].post;
      expect(post.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
        'webhook-id',
        'webhook-timestamp',
        'webhook-signature',
        'user-agent',
      ]);
      const schema = post.requestBody.content['application/json'].schema;
      expect(schema.required).toEqual(['type', 'timestamp', 'data']);
      expect(Object.keys(schema.properties.data.properties)).toEqual(['event', 'escalation', 'link']);
      expect(schema.properties.data.properties.escalation.required).toContain('slaDueAt');
    });
  });
}
