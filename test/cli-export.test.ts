// `handoff export` run as a child process: the four documents, the formats, and its bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateText } from '../src/services/playbooks/templates.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

function handoff(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-export-'));
  writeFileSync(join(dir, 'playbook.yaml'), templateText('customer-support'));
});

describe('handoff export', () => {
  it('writes the escalation matrix as Markdown by default', async () => {
    const run = await handoff(['export', 'matrix', 'playbook.yaml'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Escalation matrix\n/);
    expect(run.stdout).toContain('| legal-keyword |');
  });

  it('writes Turkish HTML to a file with --out', async () => {
    const run = await handoff(
      ['export', 'sop', 'playbook.yaml', '--format', 'html', '--locale', 'tr', '--out', 'sop.html'],
      dir,
    );
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(join(dir, 'sop.html'), 'utf8');
    expect(html).toContain('<h1>Eskalasyon prosedürü (SOP)</h1>');
    expect(html).toContain('2. Yapay zekâ ne zaman bir kişiye devreder');
  });

  it('writes the RACI chart as CSV', async () => {
    const run = await handoff(['export', 'raci', 'playbook.yaml', '--format', 'csv'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toBe('\uFEFFStage,Responsible,Accountable,Consulted,Informed');
  });

  it('refuses an unknown document, format or locale with a message and exit 1', async () => {
    const kind = await handoff(['export', 'poster', 'playbook.yaml'], dir);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('no document "poster"; documents: matrix, raci, sop, comms-plan');
    const format = await handoff(['export', 'matrix', 'playbook.yaml', '--format', 'pdf'], dir);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain("argument 'pdf' is invalid");
    const locale = await handoff(['export', 'matrix', 'playbook.yaml', '--locale', 'de'], dir);
    expect(locale.code).not.toBe(0);
    expect(locale.stderr).toContain("argument 'de' is invalid");
  });

  it('refuses an invalid playbook with file:line:col and writes nothing', async () => {
    writeFileSync(
      join(dir, 'broken.yaml'),
      templateText('customer-support').replace('default_route:', 'default_rout:'),
    );
    const run = await handoff(['export', 'matrix', 'broken.yaml', '--out', 'never.md'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(() => readFileSync(join(dir, 'never.md'))).toThrow();
  });

  it('refuses a missing file', async () => {
    const run = await handoff(['export', 'matrix', 'nowhere.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nowhere.yaml');
  });
});

describe("the README's documents commands, run as written", () => {
  it('init, then the matrix on standard output and the Turkish SOP as a file', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Documents generated from the playbook'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const lines = block.split('\n').filter((line) => line.startsWith('./bin/handoff.js'));
    expect(lines).toHaveLength(3);
    const clone = mkdtempSync(join(tmpdir(), 'handoff-readme-docs-'));
    symlinkSync(join(root, 'bin'), join(clone, 'bin'));
    const outputs: string[] = [];
    for (const line of lines) {
      const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
        execFile('sh', ['-ec', line], { cwd: clone }, (error, stdout) => {
          resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout });
        });
      });
      expect(run.code).toBe(0);
      outputs.push(run.stdout);
    }
    expect(outputs[1]).toMatch(/^# Escalation matrix\n/);
    expect(readFileSync(join(clone, 'sop.html'), 'utf8')).toContain('<html lang="tr">');
  }, 120_000);
});
