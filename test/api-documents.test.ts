// GET /v1/playbook/versions/:v/documents/:kind on both databases: the four documents, formats, scopes, bad input.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: templateText('customer-support') });
    });
    afterAll(() => api.close());
    const admin = () => ({ key: api.keys.admin });

    test('each document of the active version, in each format', async () => {
      const matrix = await api.request('GET', '/v1/playbook/versions/1/documents/matrix', admin());
      expect(matrix.status).toBe(200);
      expect(matrix.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(matrix.text).toContain('version 1 by Handoff');
      expect(matrix.text).toContain('| chargeback-flag |');
      const html = await api.request(
        'GET',
        '/v1/playbook/versions/1/documents/comms-plan?format=html&locale=tr',
        admin(),
      );
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(html.text).toContain('<h1>İletişim planı</h1>');
      const csv = await api.request('GET', '/v1/playbook/versions/1/documents/raci?format=csv', admin());
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toBe('inline; filename="playbook-v1-raci.en.csv"');
      const sop = await api.request('GET', '/v1/playbook/versions/1/documents/sop', admin());
      expect(sop.text).toContain('## 3. Where escalations go');
    });

    test('a new version changes the document', async () => {
      const yaml = templateText('customer-support').replace('name: Legal and Compliance', 'name: Legal Desk');
      const put = await api.request('PUT', '/v1/playbook', {
        ...admin(),
        body: yaml,
        headers: { 'content-type': 'application/yaml' },
      });
      expect(put.status).toBe(201);
      const two = await api.request('GET', '/v1/playbook/versions/2/documents/matrix', admin());
      const one = await api.request('GET', '/v1/playbook/versions/1/documents/matrix', admin());
      expect(two.text).toContain('Legal Desk');
      expect(one.text).not.toContain('Legal Desk');
    });

    test('bad input: unknown kind, format, locale or version', async () => {
      const kind = await api.request('GET', '/v1/playbook/versions/1/documents/poster', admin());
      expect(kind.status).toBe(400);
      expect(kind.body.error.path).toContain('kind');
      const format = await api.request('GET', '/v1/playbook/versions/1/documents/matrix?format=pdf', admin());
      expect(format.status).toBe(400);
      expect(format.body.error.path).toContain('format');
      const locale = await api.request('GET', '/v1/playbook/versions/1/documents/matrix?locale=de', admin());
      expect(locale.status).toBe(400);
      const missing = await api.request('GET', '/v1/playbook/versions/99/documents/matrix', admin());
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    });

    test('an AI agent key may not read the documents; no key is 401', async () => {
      const agent = await api.request('GET', '/v1/playbook/versions/1/documents/matrix', {
        key: api.keys.agent,
      });
      expect(agent.status).toBe(403);
      const none = await api.request('GET', '/v1/playbook/versions/1/documents/matrix');
      expect(none.status).toBe(401);
    });
  });
}
