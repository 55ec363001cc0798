// The built CLI run as a child process: validate, schema, templates and init, with their exit codes.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function handoff(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
});

describe('handoff validate', () => {
  it('a valid playbook: exit 0 and a one-line summary', async () => {
    await handoff(['init', '--template', 'customer-support'], dir);
    const run = await handoff(['validate', 'playbook.yaml'], dir);
    expect(run).toEqual({ code: 0, stdout: 'playbook.yaml: ok (12 triggers, 11 routes)\n', stderr: '' });
  });

  it('an invalid playbook: each problem as file:line:col on stderr, exit 1', async () => {
    await handoff(['init'], dir);
    const file = join(dir, 'playbook.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('    priority: high\n', '    priority: hgih\n').replace('team: vip-care', 'team: vip'),
    );
    const run = await handoff(['validate', 'playbook.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^playbook\.yaml:\d+:15 triggers\[1\]\.priority: "hgih" is not a priority level \(low, normal, high, urgent\)$/,
    );
    expect(lines[1]).toMatch(
      /^playbook\.yaml:\d+:11 routes\[4\]\.team: "vip" is not a team \(support, billing,/,
    );
  });

  it('every problem in one run: an unknown top-level key, schema errors and names that point nowhere', async () => {
    await handoff(['init'], dir);
    const file = join(dir, 'playbook.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace('name: customer-support\n', 'name: customer-support\ncolour: red\n')
        .replace('    capacity: 8\n', '    capacity: -1\n')
        .replace(
          'when: { priority: [urgent] }\n      first_response',
          'when: { priority: [urgnt] }\n      first_response',
        )
        .replace('when: { priority: [high] }', 'when: { priority: [high], team: [biling], tier: [L4] }')
        .replace('default_route:\n  team: support', 'default_route:\n  team: suport'),
    );
    const run = await handoff(['validate', 'playbook.yaml'], dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    const expected = [
      /^playbook\.yaml:\d+:1 colour: unknown key "colour"/,
      /^playbook\.yaml:\d+:15 people\[0\]\.capacity: must be at least 0 \(got -1\)$/,
      /^playbook\.yaml:\d+:9 default_route\.team: "suport" is not a team \(support, billing,/,
      /^playbook\.yaml:\d+:\d+ sla\.policies\[0\]\.when\.priority\[0\]: "urgnt" is not a priority level \(low, normal, high, urgent\)$/,
      /^playbook\.yaml:\d+:\d+ sla\.policies\[1\]\.when\.team\[0\]: "biling" is not a team/,
      /^playbook\.yaml:\d+:\d+ sla\.policies\[1\]\.when\.tier\[0\]: "L4" is not a tier \(L1, L2, L3\)$/,
    ];
    expect(lines).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(lines[index]).toMatch(pattern));
  });

  it('a missing file: a clear message, exit 1', async () => {
    const run = await handoff(['validate', 'nope.yaml'], dir);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'nope.yaml: no such file\n' });
  });
});

describe('handoff schema', () => {
  it('prints the playbook JSON Schema', async () => {
    const run = await handoff(['schema'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Handoff playbook', type: 'object' });
  });
});

describe('handoff templates', () => {
  it('lists each template with its description', async () => {
    const run = await handoff(['templates'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^customer-support {2,}Customer-support escalation/m);
  });
});

describe('handoff init', () => {
  it('writes DIR/playbook.yaml from the template', async () => {
    const run = await handoff(['init', '--template', 'customer-support', 'support'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'support', 'playbook.yaml'), 'utf8')).toMatch(
      /^# Customer-support escalation/,
    );
  });

  it('refuses to overwrite an existing playbook unless --force', async () => {
    writeFileSync(join(dir, 'playbook.yaml'), 'mine\n');
    const refused = await handoff(['init', '--template', 'customer-support'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('playbook.yaml already exists; use --force to overwrite it');
    expect(readFileSync(join(dir, 'playbook.yaml'), 'utf8')).toBe('mine\n');
    const forced = await handoff(['init', '--template', 'customer-support', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'playbook.yaml'), 'utf8')).not.toBe('mine\n');
  });

  it('an unknown template: the names, exit 1, nothing written', async () => {
    const run = await handoff(['init', '--template', 'nope'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^no template named "nope"; templates: customer-support, [a-z, -]+\n$/);
    expect(existsSync(join(dir, 'playbook.yaml'))).toBe(false);
  });
});

describe('handoff usage errors', () => {
  it('an unknown command or option: commander says so, non-zero exit', async () => {
    const command = await handoff(['frobnicate'], dir);
    expect(command.code).not.toBe(0);
    expect(command.stderr).toContain("unknown command 'frobnicate'");
    const option = await handoff(['validate', '--frob', 'x.yaml'], dir);
    expect(option.code).not.toBe(0);
    expect(option.stderr).toContain("unknown option '--frob'");
  });
});
