// `handoff drill` on worker threads gives, byte for byte, the report of one thread: the built CLI over past cases in
// which customers come back (so the frequency trigger counts across cases), a bad line among them, with a diff.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const template = fileURLToPath(
  new URL('../src/services/playbooks/templates/customer-support.yaml', import.meta.url),
);
const examples = fileURLToPath(new URL('../examples/past-cases.jsonl', import.meta.url));

/** The sample past cases, each a case object to vary. */
function readSamples(): Record<string, unknown>[] {
  return readFileSync(examples, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function handoff(args: readonly string[], stdin?: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe('handoff drill --threads', () => {
  let dir: string;
  let cases: string;
  let candidate: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-drill-threads-'));
    const samples = readSamples();
    const lines = Array.from({ length: 3_000 }, (_, n) => {
      const sample = samples[n % samples.length] ?? {};
      return JSON.stringify({
        ...sample,
        id: `t-${n}`,
        customer: { ...(sample.customer as object), id: `C-${(n * 7) % 500}` },
        ai: { ...(sample.ai as object), confidence: 0.5 + ((n * 37) % 500) / 1000 },
      });
    });
    lines.splice(1_234, 0, '{ not json');
    cases = join(dir, 'past.jsonl');
    writeFileSync(cases, `${lines.join('\n')}\n`);
    candidate = join(dir, 'candidate.yaml');
    writeFileSync(
      candidate,
      readFileSync(template, 'utf8').replace('low: { threshold: 0.6 }', 'low: { threshold: 0.9 }'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('two and three threads print the report one thread prints, JSON and Markdown', async () => {
    for (const format of ['json', 'markdown']) {
      const args = ['drill', '--playbook', candidate, '--against', template, '--format', format, cases];
      const one = await handoff([...args, '--threads', '1']);
      expect(one.code).toBe(1);
      expect(one.stderr).toContain(':1235: not valid JSON');
      for (const threads of format === 'json' ? ['2', '3'] : ['2']) {
        const many = await handoff([...args, '--threads', threads]);
        expect(many.stdout).toBe(one.stdout);
        expect(many.stderr).toBe(one.stderr);
        expect(many.code).toBe(1);
      }
      if (format === 'json') {
        const report = JSON.parse(one.stdout) as {
          summary: { decided: number; byTrigger: Record<string, number> };
          diff: { changed: number };
        };
        expect(report.summary.decided).toBe(3_000);
        expect(report.summary.byTrigger['repeat-contact']).toBeGreaterThan(0);
        expect(report.diff.changed).toBeGreaterThan(0);
      }
    }
  }, 600_000);

  test('CRLF, blank lines, multi-byte text, a bad case and no final line break: the threads read as one thread', async () => {
    const samples = readSamples();
    const lines = Array.from({ length: 2_500 }, (_, n) => {
      const sample = samples[n % samples.length] ?? {};
      // Turkish and emoji text of varying length, so range cuts fall inside multi-byte characters.
      const said = `${'şikayet İPTAL ğüı 😀 '.repeat(1 + (n % 7))}${n}`;
      return JSON.stringify({
        ...sample,
        id: `m-${n}`,
        customer: { id: `C-${(n * 13) % 300}` },
        conversation: [{ role: 'customer', text: said, at: '2026-11-16T09:00:00Z' }],
      });
    });
    lines.splice(700, 0, '', '   ', '{"id": 7}');
    const file = join(dir, 'crlf.jsonl');
    writeFileSync(file, lines.join('\r\n'));
    const args = ['drill', '--playbook', candidate, '--against', template, '--format', 'json'];
    const one = await handoff([...args, '--threads', '1', file]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(':703: invalid case');
    expect((JSON.parse(one.stdout) as { summary: { cases: number } }).summary.cases).toBe(2_501);
    for (const threads of ['2', '3']) {
      const many = await handoff([...args, '--threads', threads, file]);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
    }
    const piped = await handoff([...args, '--threads', '2', '-'], lines.join('\r\n'));
    expect(piped.stdout).toBe(one.stdout);
  }, 600_000);

  test('customers who come back close together (most cases tied to no other thread): the threads read as one', async () => {
    const samples = readSamples();
    // Groups of eight neighbouring lines: only the groups a range cut falls in span two threads.
    const lines = Array.from({ length: 3_000 }, (_, n) => {
      const sample = samples[n % samples.length] ?? {};
      return JSON.stringify({
        ...sample,
        id: `n-${n}`,
        customer: { ...(sample.customer as object), id: `C-${Math.floor(n / 8)}` },
      });
    });
    const file = join(dir, 'neighbours.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const args = ['drill', '--playbook', candidate, '--against', template, '--format', 'json', file];
    const one = await handoff([...args, '--threads', '1']);
    expect(one.code).toBe(0);
    const report = JSON.parse(one.stdout) as { summary: { byTrigger: Record<string, number> } };
    expect(report.summary.byTrigger['repeat-contact']).toBeGreaterThan(0);
    for (const threads of ['2', '3']) {
      const many = await handoff([...args, '--threads', threads]);
      expect(many.stdout).toBe(one.stdout);
    }
  }, 600_000);

  test('one JSON array over many lines is read as one document, on any number of threads', async () => {
    const file = join(dir, 'array.json');
    const cases = Array.from({ length: 700 }, (_, n) => ({
      id: `a-${n}`,
      conversation: [{ role: 'customer', text: 'hi' }],
    }));
    writeFileSync(file, JSON.stringify(cases, null, 2));
    const one = await handoff([
      'drill',
      '--template',
      'customer-support',
      '--format',
      'json',
      '--threads',
      '1',
      file,
    ]);
    const two = await handoff([
      'drill',
      '--template',
      'customer-support',
      '--format',
      'json',
      '--threads',
      '2',
      file,
    ]);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { summary: { cases: number } }).summary.cases).toBe(700);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  test('workers started ahead for a large file end with the drill: a JSON array, a bad playbook', async () => {
    // Over 256 KiB, so the workers start before the file is read; it is one JSON document, drilled on one thread.
    const file = join(dir, 'big-array.json');
    const many = Array.from({ length: 2_500 }, (_, n) => ({
      id: `b-${n}`,
      conversation: [{ role: 'customer', text: `where is my parcel ${'please '.repeat(20)}${n}` }],
    }));
    writeFileSync(file, JSON.stringify(many, null, 2));
    const args = ['drill', '--template', 'customer-support', '--format', 'json', file];
    const one = await handoff([...args, '--threads', '1']);
    const two = await handoff([...args, '--threads', '2']);
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { summary: { cases: number } }).summary.cases).toBe(2_500);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(0);
    const badPlaybook = join(dir, 'bad.yaml');
    writeFileSync(badPlaybook, 'name: [unclosed\n');
    const bad = await handoff(['drill', '--playbook', badPlaybook, '--threads', '2', cases]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
  }, 120_000);

  test('a bad --threads is refused', async () => {
    const run = await handoff(['drill', '--template', 'customer-support', '--threads', 'many', cases]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--threads');
  }, 120_000);
});
