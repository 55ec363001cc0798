// The built CLI's `signals eval`: figures, confusion tables and misses on labelled lines; bad lines named.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';

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

const lines = [
  { text: 'Can I talk to a real person please?', locale: 'en', label: true },
  { text: 'operatöre bağlar mısınız', label: true },
  { text: 'Where is my parcel?', locale: 'en', label: true },
  { text: 'my travel agent booked it', locale: 'en', label: false },
  { text: 'This is the worst service ever', locale: 'en', label: 'negative' },
  { text: 'Thanks, that was quick!', locale: 'en', sentiment: 'positive' },
  { text: 'kartımı kullanamıyorum', locale: 'tr', label: 'negative' },
  { text: 'Please update my address', locale: 'en', human_request: false, sentiment: 'negative' },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-signals-'));
  writeFileSync(join(dir, 'cases.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
});

describe('handoff signals eval', () => {
  it('prints precision, recall, F1, confusion tables and the misses of both detectors, exit 0', async () => {
    const run = await handoff(['signals', 'eval', 'cases.jsonl'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('# Signal detection on cases.jsonl: 8 labelled cases');
    // Human request: 2 of 3 requests found (the parcel line is mislabelled on purpose), no false alarm.
    expect(run.stdout).toContain('| all | 5 | 100.0 % | 66.7 % | 80.0 % | 0.0 % | 2 | 0 | 1 | 2 |');
    expect(run.stdout).toContain('| request | 2 | 1 |');
    expect(run.stdout).toContain('- line 3, missed: Where is my parcel?');
    expect(run.stdout).toContain('| expected \\ scored | negative | neutral | positive |');
    expect(run.stdout).toMatch(
      /- line 8, expected negative, scored neutral \(0\.00\): Please update my address/,
    );
  });

  it('--json gives the same report as data', async () => {
    const run = await handoff(['signals', 'eval', '--json', 'cases.jsonl'], dir);
    const report = JSON.parse(run.stdout) as {
      humanRequest: { overall: { truePositives: number; recall: number }; byLocale: Record<string, unknown> };
      sentiment: { overall: { count: number; confusion: Record<string, Record<string, number>> } };
    };
    expect(report.humanRequest.overall).toMatchObject({ truePositives: 2 });
    expect(Object.keys(report.humanRequest.byLocale).sort()).toEqual(['en', 'tr']);
    expect(report.sentiment.overall.count).toBe(4);
    expect(report.sentiment.overall.confusion.negative?.negative).toBe(2);
  });

  it('names bad lines as file:line, still scores the others and exits 1', async () => {
    writeFileSync(
      join(dir, 'bad.jsonl'),
      [
        '{"text":"agent please","label":true}',
        '{"text":',
        '{"text":"hi"}',
        '{"text":"x","label":"angry"}',
      ].join('\n'),
    );
    const run = await handoff(['signals', 'eval', 'bad.jsonl'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 labelled cases');
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors[0]).toMatch(/^bad\.jsonl:2: not valid JSON/);
    expect(errors[1]).toBe(
      'bad.jsonl:3: line: a line needs a label: "label", "human_request" or "sentiment"',
    );
    expect(errors[2]).toMatch(/^bad\.jsonl:4: label: /);
  });

  it('a missing file is an error on stderr, exit 1', async () => {
    const run = await handoff(['signals', 'eval', 'nope.jsonl'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.jsonl/);
  });
});
