// The measurement scripts of docs/signal-quality.md, run as a reader of that page would run them, on folders of
// labelled lines written here.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function script(
  name: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join('scripts', 'signals', name), ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let root = '';
let half = '';
let seen = '';
let turkish = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'handoff-signal-scripts-'));
  half = join(root, 'half');
  seen = join(root, 'seen');
  turkish = join(root, 'turkish');
  for (const dir of [half, seen, turkish]) {
    mkdirSync(dir);
  }
  writeFileSync(
    join(half, 'a-shop.txt'),
    [
      '@source a shop bot of our own making',
      '@locale en',
      '@split dev',
      '+ can I talk to a real person',
      '+ put me through to a human agent please',
      '- what time do you open on sundays',
      '- my parcel is late again',
      '@split test',
      '+ i want to speak to a manager',
      '- do you ship to norway',
    ].join('\n'),
  );
  writeFileSync(
    join(half, 'b-bank.txt'),
    ['@source a bank bot of our own making', '@locale en', '@split dev', '- how do i order a new card'].join(
      '\n',
    ),
  );
  // The same words as a line of the half, in other case and punctuation: a line a dev half also holds.
  writeFileSync(
    join(seen, 'dev.txt'),
    ['@locale en', '@split dev', '+ Can I talk to a REAL person?'].join('\n'),
  );
  writeFileSync(
    join(turkish, 'tr.txt'),
    [
      '@locale tr',
      '@split dev',
      '+ müşteri temsilcisine bağlanmak istiyorum',
      '- kargom hala gelmedi',
      '@split test',
      '- faturamı nereden öderim',
    ].join('\n'),
  );
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('external-eval.ts', () => {
  it('scores one split per locale: lines, sources, recall, false alarms, precision', async () => {
    const { code, stdout } = await script('external-eval.ts', [half, 'dev']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'dev en: 5 lines from 2 sources; recall 100.0 % (2/2), false alarms 0.0 % (0/3), precision 100.0 %\n',
    );
  });

  it('leaves out the lines a dev half also holds, whatever their case and punctuation', async () => {
    const { stdout } = await script('external-eval.ts', [half, 'dev', '--unseen-by', seen]);
    expect(stdout).toContain('dev en: 4 lines from 2 sources; recall 100.0 % (1/1)');
  });

  it('prints the misses of a dev split, and refuses to print a test split', async () => {
    const dev = await script('external-eval.ts', [half, 'dev', '--misses']);
    expect(dev.code).toBe(0);
    expect(dev.stdout.split('\n').filter((line) => line.startsWith('  '))).toEqual([]);
    const test = await script('external-eval.ts', [half, 'test', '--misses']);
    expect(test.code).toBe(2);
    expect(test.stdout).toBe('');
    expect(test.stderr).toContain('only of the dev split');
  });

  it('says how to call it when the folder or the dev halves are missing', async () => {
    for (const args of [[], [half, 'dev', '--unseen-by']]) {
      const { code, stderr } = await script('external-eval.ts', args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: tsx scripts/signals/external-eval.ts DIR');
    }
  });
});

describe('error-kinds.ts', () => {
  it('counts false alarms by the part that fired and by file, printing no line', async () => {
    // A line labelled as asking for nobody that the grammar reads as a request: a false alarm by the labels.
    writeFileSync(
      join(half, 'c-labelled-wrong.txt'),
      ['@locale en', '@split dev', '- connect me to a human agent', '- what are your opening hours'].join(
        '\n',
      ),
    );
    const { code, stdout } = await script('error-kinds.ts', [half, '--split', 'dev']);
    rmSync(join(half, 'c-labelled-wrong.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain(`${half} dev en: 1 false alarms in 5 others`);
    expect(stdout).toMatch(/ {2}1\trule: /u);
    expect(stdout).toContain('  file c-labelled-wrong.txt: 1 of 2');
    expect(stdout).toContain('  file a-shop.txt: 0 of 2');
    expect(stdout).not.toContain('connect me to a human agent');
  });

  it('prints lines of a dev split only', async () => {
    const { code, stdout, stderr } = await script('error-kinds.ts', [half, '--split', 'test', '--lines']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--lines: dev only');
  });
});

describe('locale-eval.ts', () => {
  it('counts lines read as the other language and what detection costs the detectors', async () => {
    const { code, stdout } = await script('locale-eval.ts', [turkish, half, '--split', 'dev']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${turkish} tr: 2 lines, 0 read as the other language; requests found 1/1 told the locale, 1 detecting it; ` +
        'false alarms 0/1 and 0',
    );
    expect(stdout).toContain(`${half} en: 5 lines, 0 read as the other language`);
  });

  it('refuses to print the lines of a test split', async () => {
    const { code, stdout, stderr } = await script('locale-eval.ts', [turkish, '--split', 'test', '--misses']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('not of a test split');
  });
});

describe('veto-counts.ts', () => {
  it('counts, for each veto, the dev lines it alone keeps out', async () => {
    const vetoed = join(root, 'vetoed');
    mkdirSync(vetoed);
    writeFileSync(
      join(vetoed, 'a-help-desk.txt'),
      [
        '@locale en',
        '@split dev',
        '- how do I transfer a chat to another agent',
        '- is this a real human or a bot',
        '@split test',
        '- how do I assign a ticket to another agent',
      ].join('\n'),
    );
    const { code, stdout } = await script('veto-counts.ts', [vetoed]);
    expect(code).toBe(0);
    const rows = stdout.split('\n');
    expect(rows[1]).toBe(
      'veto\tkind\tcorpus train: saves / costs\tcorpus dev: saves / costs\texternal dev: saves / costs',
    );
    // The test line is not read: two external lines, each kept out by one veto alone.
    const external = (name: string): string | undefined =>
      rows.find((row) => row.startsWith(`${name}\t`))?.split('\t')[4];
    expect(external('running support (en)')).toBe('1 / 0');
    expect(external('what the bot is')).toMatch(/^\d+ \/ 0$/u);
    expect(rows.filter((row) => /\t(clause|sentence)\t/u.test(row)).length).toBeGreaterThan(30);
  });

  it('says how to call it', async () => {
    const { code, stderr } = await script('veto-counts.ts', ['--lines']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: tsx scripts/signals/veto-counts.ts');
  });
});

describe('external-robustness.ts', () => {
  it('counts, for each change to the lines, the requests lost and the new false alarms of one split, printing no line', async () => {
    const { code, stdout } = await script('external-robustness.ts', ['dev', half, turkish]);
    expect(code).toBe(0);
    const greeting = stdout.split('\n').find((row) => row.startsWith('| a greeting before'));
    // Two English requests and three non-requests of the dev split, one Turkish request and one non-request.
    expect(greeting).toBe('| a greeting before | 0 of 2 | 0 of 3 | 0 of 1 | 0 of 1 |');
    expect(stdout).toMatch(/^\| a letter lost in every long word \| \d of \d \|/m);
    expect(stdout).not.toContain('real person');
    expect(stdout).not.toContain('kargom');
  });

  it('counts only the lines of the split asked for', async () => {
    const { stdout } = await script('external-robustness.ts', ['test', half, turkish]);
    expect(stdout).toContain('| thanks after | 0 of 1 | 0 of 1 | 0 of 0 | 0 of 1 |');
  });

  it('says how to call it without a split or a folder', async () => {
    for (const args of [[], ['dev'], ['all', half]]) {
      const { code, stderr } = await script('external-robustness.ts', args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: tsx scripts/signals/external-robustness.ts dev|test DIR');
    }
  });
});
