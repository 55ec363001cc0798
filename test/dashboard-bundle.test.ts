// The dashboard's bundle stays small and self-contained: under 150 KB of JavaScript gzipped, nothing loaded from
// another origin, served at / with a Content-Security-Policy beside the API (which keeps its JSON 404s).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultWebRoot } from '../src/transports/http/routes/dashboard.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

const LIMIT = 150 * 1024;
const assets = join(defaultWebRoot, 'assets');

describe('the dashboard bundle (built by npm run build; npm test builds it first)', () => {
  test(`its JavaScript is under ${LIMIT / 1024} KB gzipped`, () => {
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThan(LIMIT);
  });

  test('loads nothing from another origin', () => {
    const page = readFileSync(join(defaultWebRoot, 'index.html'), 'utf8');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const name of readdirSync(assets)) {
      expect(readFileSync(join(assets, name), 'utf8'), name).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
    });
    afterAll(() => api.close());

    test('/ serves the page and its assets without a key, under a strict policy', async () => {
      const page = await api.request('GET', '/');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const script = page.text.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? '';
      const asset = await api.request('GET', script);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      const missing = await api.request('GET', '/assets/nothing.js');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
      const api404 = await api.request('GET', '/v1/nothing', { key: api.keys.admin });
      expect(api404.status).toBe(404);
      expect(api404.body.error.code).toBe('not_found');
    });
  });
}
