// The built CLI's feedback commands as child processes: drill (formats, diff, malformed input), shadow and
// calibrate on a SQLite file, and their refusals with a message and exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { putPlaybook, seedPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { templateText } from '../src/services/playbooks/templates.js';
import { openDatabase } from '../src/store/database.js';
import pino from 'pino';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const examples = fileURLToPath(new URL('../examples/past-cases.jsonl', import.meta.url));

function handoff(args: readonly string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'handoff-cli-feedback-'));
const template = templateText('customer-support');
const candidateFile = join(dir, 'candidate.yaml');
writeFileSync(candidateFile, template.replace('low: { threshold: 0.6 }', 'low: { threshold: 0.95 }'));

describe('handoff drill', () => {
  it('summarises the sample past cases with their outcomes, as JSON', async () => {
    const run = await handoff(['drill', '--template', 'customer-support', '--format', 'json', examples]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({ cases: 12, decided: 12, actions: { continue: 5, escalate: 6 } });
    expect(report.summary.outcomes.missed.examples.map((e: { id: string }) => e.id)).toEqual(['past-012']);
    expect(report.summary.outcomes.needless.examples.map((e: { id: string }) => e.id)).toEqual(['past-003']);
    // Not a terminal: no progress bar on stderr.
    expect(run.stderr).toBe('');
  });

  it('diffs a candidate against a file, as Markdown', async () => {
    const run = await handoff([
      'drill',
      '--playbook',
      candidateFile,
      '--against',
      join(dir, 'active.yaml'),
      examples,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/active\.yaml/);
    writeFileSync(join(dir, 'active.yaml'), template);
    const diff = await handoff([
      'drill',
      '--playbook',
      candidateFile,
      '--against',
      join(dir, 'active.yaml'),
      '--format',
      'markdown',
      examples,
    ]);
    expect(diff.code, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('## Against ');
    expect(diff.stdout).toMatch(/\| continue→escalate \| \d+ \|/);
  });

  it('a malformed line is reported with its line and exits 1; the rest is still drilled', async () => {
    const file = join(dir, 'bad.jsonl');
    const good = readFileSync(examples, 'utf8').trim().split('\n').slice(0, 2);
    writeFileSync(file, [good[0], '{"id": "broken"', '{"turn": 3}', good[1]].join('\n'));
    const run = await handoff(['drill', '--template', 'customer-support', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:2: not valid JSON`);
    expect(run.stderr).toContain(`${file}:3: invalid case: id`);
    expect(run.stdout).toMatch(/^decided +2$/m);
  });

  it('refuses without a playbook, with an empty file, or an unknown format', async () => {
    expect(await handoff(['drill', examples])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--playbook FILE/),
    });
    writeFileSync(join(dir, 'empty.jsonl'), '\n');
    const empty = await handoff(['drill', '--template', 'customer-support', join(dir, 'empty.jsonl')]);
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringMatching(/holds no cases/) });
    const format = await handoff(['drill', '--template', 'customer-support', '--format', 'xml', examples]);
    expect(format.code).toBe(1);
  });
});

describe('handoff shadow and calibrate on DATABASE_URL', () => {
  const env = { DATABASE_URL: `sqlite:${join(dir, 'handoff.db')}` };

  it('calibrate before any playbook is active says so and exits 1', async () => {
    const run = await handoff(['calibrate'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no playbook is active/);
  });

  it('sets, reports, refuses and promotes a shadow version; drills against the active one', async () => {
    const store = await openDatabase(env.DATABASE_URL);
    try {
      await seedPlaybook(store, template, 'test', Date.now());
      await putPlaybook({
        ctx: {
          store,
          clock: Date.now,
          logger: pino({ level: 'silent' }),
          actor: { kind: 'admin', keyId: null, name: 'test', personId: null },
          events: { publish: () => undefined, subscribe: () => () => undefined },
          playbook: () => Promise.reject(new Error('unused')),
        },
        yaml: readFileSync(candidateFile, 'utf8'),
        activate: false,
      });
    } finally {
      await store.close();
    }
    expect(await handoff(['shadow', 'set', '9'], env)).toMatchObject({
      code: 1,
      stderr: 'no playbook version 9\n',
    });
    expect(await handoff(['shadow', 'set', '2'], env)).toMatchObject({
      code: 0,
      stdout: 'v2 runs in shadow beside the active v1\n',
    });
    const report = await handoff(['shadow', 'report', '--json'], env);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ candidateVersion: 2, evaluations: 0 });
    expect((await handoff(['shadow', 'report', '--since', 'soon'], env)).code).toBe(1);

    const drill = await handoff(
      ['drill', '--playbook', candidateFile, '--against', 'active', '--format', 'json', examples],
      env,
    );
    expect(drill.code, drill.stderr).toBe(0);
    expect(JSON.parse(drill.stdout).against).toMatchObject({ version: 1 });

    expect(await handoff(['shadow', 'promote'], env)).toMatchObject({
      code: 0,
      stdout: 'v2 is active; no version runs in shadow\n',
    });
    expect((await handoff(['shadow', 'promote'], env)).code).toBe(1);
    const calibrate = await handoff(['calibrate', '--write', join(dir, 'proposed.yaml')], env);
    expect(calibrate.code, calibrate.stderr).toBe(0);
    expect(calibrate.stdout).toMatch(/^playbook v2, 0 conversations/);
    expect(calibrate.stderr).toMatch(/no threshold change is proposed/);
    expect((await handoff(['calibrate', '--since', 'x'], env)).code).toBe(1);
  });
});
