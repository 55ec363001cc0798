// `handoff audit` and `handoff report --against-baseline` as child processes: the table, --json, --markdown,
// --html FILE, --export-cases FILE read back by `handoff drill`, --save NAME on every database, and bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type ApiHarness, type Json, startApi, t0 } from './api-harness.js';
import { smallLogCsv } from './audit-fixtures.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';

// Each step starts a Node process; on a busy machine that alone takes seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const MIN = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'handoff-audit-'));
const log = join(dir, 'log.csv');
writeFileSync(log, `${smallLogCsv}3,not a date,New,L1,\n`);

function handoff(args: readonly string[], databaseUrl = join(dir, 'unused.db')) {
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

describe('handoff audit', () => {
  test('a table on the terminal; the unreadable row named by line on stderr', async () => {
    const run = await handoff(['audit', log, '--source', 'events']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/first-contact resolution +100\.0% of 1/);
    expect(run.stdout).toMatch(/time to resolution +median 1h/);
    expect(run.stderr).toContain(`${log}:6: timestamp "not a date" is not a date`);
  });

  test('--json, --markdown and --html FILE', async () => {
    const json = await handoff(['audit', log, '--source', 'events', '--json']);
    expect(JSON.parse(json.stdout).headline).toMatchObject({ cases: 2, reassignmentRate: 0.5 });
    const markdown = await handoff(['audit', log, '--source', 'events', '--markdown']);
    expect(markdown.stdout).toContain('```mermaid');
    const page = join(dir, 'audit.html');
    const html = await handoff(['audit', log, '--source', 'events', '--html', page]);
    expect(html.stdout).toBe(`wrote the report to ${page}\n`);
    expect(readFileSync(page, 'utf8')).toContain('<svg');
  });

  test('--export-cases writes cases that handoff drill decides', async () => {
    const cases = join(dir, 'past.jsonl');
    const run = await handoff(['audit', log, '--source', 'events', '--export-cases', cases, '--json']);
    expect(run.code).toBe(0);
    const lines = readFileSync(cases, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Json);
    expect(lines.map((item) => [item.id, item.outcome ?? null])).toEqual([
      ['1', 'resolved'],
      ['2', null],
    ]);
    const drill = await handoff(['drill', '--template', 'customer-support', '--format', 'json', cases]);
    expect(drill.stderr).toBe('');
    expect(JSON.parse(drill.stdout)).toMatchObject({ summary: { cases: 2, decided: 2 } });
  });

  test('bad input exits 1 with the reason', async () => {
    const [source, map, format, missing, empty] = await Promise.all([
      handoff(['audit', log, '--source', 'jira']),
      handoff(['audit', log, '--source', 'events', '--map', 'ticket']),
      handoff(['audit', log, '--source', 'events', '--date-format', 'HH:mm']),
      handoff(['audit', join(dir, 'nothing.csv'), '--source', 'events']),
      (() => {
        writeFileSync(join(dir, 'empty.csv'), '');
        return handoff(['audit', join(dir, 'empty.csv'), '--source', 'events']);
      })(),
    ]);
    expect(source.code).toBe(1);
    expect(source.stderr).toContain('jira');
    expect(map.code).toBe(1);
    expect(map.stderr).toContain('--map "ticket"');
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('--date-format "HH:mm"');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('holds no rows');
  });
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    const range = [
      '--from',
      new Date(t0 - 60 * MIN).toISOString(),
      '--to',
      new Date(t0 + 24 * 60 * MIN).toISOString(),
    ];
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

    test('--save keeps a baseline; report --against-baseline shows before and after', async () => {
      const saved = await handoff(
        ['audit', log, '--source', 'events', '--save', 'before', '--json'],
        api.testStore.url,
      );
      expect(saved.code, saved.stderr).toBe(0);
      expect(saved.stderr).toContain('saved as baseline "before" (2 cases)');
      const again = await handoff(
        ['audit', log, '--source', 'events', '--save', 'before'],
        api.testStore.url,
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already saved');
      const side = await handoff(
        ['report', ...range, '--against-baseline', 'before', '--json'],
        api.testStore.url,
      );
      expect(side.code, side.stderr).toBe(0);
      const rows = (JSON.parse(side.stdout) as Json).rows as Json[];
      expect(rows.find((row) => row.measure === 'time to resolution, median')).toMatchObject({
        before: 60 * MIN,
      });
      expect(rows.find((row) => row.measure === 'time to first response, median')).toMatchObject({
        before: null,
        after: 12 * MIN,
      });
      expect(rows.find((row) => row.measure === 'first-contact resolution')).toMatchObject({
        before: 1,
        after: 1,
      });
      const table = await handoff(['report', ...range, '--against-baseline', 'before'], api.testStore.url);
      expect(table.stdout).toMatch(/time to first response, median +- +12m +-/);
      const unknown = await handoff(['report', ...range, '--against-baseline', 'nothing'], api.testStore.url);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('no saved audit "nothing"');
    });
  });
}
