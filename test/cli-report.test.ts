// `handoff report` as a child process on every database: the table, --json, --group-by, --csv FILE, and bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, type Json, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

function handoff(args: readonly string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    const range = ['--from', iso(t0 - 60 * MIN), '--to', iso(t0 + 24 * 60 * MIN)];
    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
      const ana = await api.keys.human('ana');
      const reply = await api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: {
          id: 'cli-1',
          turn: 1,
          conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
        },
      });
      const id = (reply.body as Json).escalation.id as string;
      await api.request('POST', `/v1/escalations/${id}/claim`, { key: ana, body: {} });
      api.clock.advance(12 * MIN);
      await api.request('POST', `/v1/escalations/${id}/comments`, {
        key: ana,
        body: { body: 'Hello', visibility: 'public' },
      });
      await api.request('POST', `/v1/escalations/${id}/resolve`, { key: ana, body: {} });
    });
    afterAll(() => api.close());

    test('a table with the three headline metrics', async () => {
      const run = await handoff(['report', ...range, '--group-by', 'team'], api.testStore.url);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Time to first human response   median 12m');
      expect(run.stdout).toContain('First-contact resolution       100.0% of 1');
      expect(run.stdout).toMatch(/By team:\n {2}desk +1 /);
    });

    test('--json prints the report the API gives', async () => {
      const run = await handoff(['report', ...range, '--json', '--tz', 'Europe/Istanbul'], api.testStore.url);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Json;
      expect(report.tz).toBe('Europe/Istanbul');
      expect(report.headline.timeToFirstHumanResponse).toMatchObject({ median: 12 * MIN, count: 1 });
    });

    test('--csv FILE writes one row per escalation', async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'handoff-report-')), 'out.csv');
      const run = await handoff(['report', ...range, '--csv', file], api.testStore.url);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`wrote 1 escalations to ${file}\n`);
      expect(readFileSync(file, 'utf8').trimEnd().split('\r\n')).toHaveLength(2);
    });

    test('bad input exits 1 with the reason', async () => {
      const [group, since] = await Promise.all([
        handoff(['report', '--group-by', 'colour'], api.testStore.url),
        handoff(['report', '--since', 'forever'], api.testStore.url),
      ]);
      expect(group.code).toBe(1);
      expect(group.stderr).toContain('group_by');
      expect(since.code).toBe(1);
      expect(since.stderr).toContain('--since forever');
    });
  });
}
