// The README's tour, run as written against the built CLI: every command works and says what the README shows.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tour = readme.slice(readme.indexOf('## A 5-minute tour'), readme.indexOf('### The server'));
const blocks = (language: string) =>
  [...tour.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (match) => match[1] ?? '',
  );

/** A folder that looks like the top of a clone: the CLI and the examples, nothing else. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-tour-'));
  for (const name of ['bin', 'examples']) {
    symlinkSync(join(root, name), join(dir, name));
  }
});

function sh(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('sh', ['-ec', script], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

describe('the README tour', () => {
  it('has the commands this test runs', () => {
    expect(blocks('sh')).toHaveLength(2);
  });

  it('decides the first case as the README shows', async () => {
    const run = await sh(blocks('sh')[0] ?? '');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout) as Record<string, unknown> & {
      reasons: Array<{ trigger: string }>;
    };
    const shown = blocks('json')[0] ?? '';
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(
      [...shown.matchAll(/"trigger":"([^"]+)"/g)].map((match) => match[1]),
    );
    for (const key of ['action', 'mode', 'route', 'priority'] as const) {
      expect(shown, key).toContain(`"${key}":${JSON.stringify(decision[key])}`);
    }
  }, 180_000);

  it('starts a playbook, checks it and decides the sample past cases, English and Turkish', async () => {
    const run = await sh(blocks('sh')[1] ?? '');
    expect(run.code, run.stderr).toBe(0);
    const cases = readFileSync(join(root, 'examples', 'past-cases.jsonl'), 'utf8')
      .trim()
      .split('\n');
    const decisions = readFileSync(join(dir, 'decisions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; signals: { locale: string } });
    expect(decisions).toHaveLength(cases.length);
    expect(new Set(decisions.map((decision) => decision.signals.locale))).toEqual(new Set(['en', 'tr']));
    expect(new Set(decisions.map((decision) => decision.action))).toEqual(
      new Set(['continue', 'escalate', 'require_approval']),
    );
    const schema = tour.match(/`(\.\/bin\/handoff\.js schema > playbook\.schema\.json)`/)?.[1];
    expect(schema).toBeDefined();
    expect((await sh(schema ?? 'false')).code).toBe(0);
  }, 120_000);
});
