// The built CLI's `evaluate` run as a child process: cases in, one decision per line out, bad lines on stderr.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { Decision, DecisionRoute, Reason } from '../src/core/decide/decision.js';

const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function handoff(args: readonly string[], cwd: string, input = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** Every stdout line parsed and checked against the Decision contract. */
function decisions(run: Run): Decision[] {
  return run.stdout
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => Decision.parse(JSON.parse(line)));
}

const confident = { id: 'ok-1', task: { type: 'order_status' }, ai: { confidence: 0.95 } };
const unsure = { id: 'unsure-1', task: { type: 'order_status' }, ai: { confidence: 0.3 } };

/** The tour of README.md: the case it pipes in (as `tr -d '\n'` leaves it) and the decision it shows. */
function readmeTour(): { input: string; shown: string } {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const command =
    /echo '([^']+)' \\\n\s*\| tr -d '\\n' \| \.\/bin\/handoff\.js evaluate\n```\n\n```json\n([^`]+)```/.exec(
      readme,
    );
  if (command?.[1] === undefined || command[2] === undefined) {
    throw new Error('README.md has no tour example of handoff evaluate');
  }
  return { input: command[1].replaceAll('\n', ''), shown: command[2] };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-evaluate-'));
});

describe('handoff evaluate', () => {
  it('one case in a file: one decision line with the case id, exit 0', async () => {
    writeFileSync(join(dir, 'case.json'), JSON.stringify(unsure, null, 2));
    const run = await handoff(['evaluate', 'case.json'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')).toHaveLength(2);
    const [decision] = decisions(run);
    expect(decision).toMatchObject({ id: 'unsure-1', action: 'escalate', mode: 'proactive' });
    expect(decision?.reasons[0]).toMatchObject({
      trigger: 'low-confidence',
      detail: 'confidence 0.30 is below 0.60 for task order_status (risk low)',
    });
  });

  it('JSON Lines with a broken line in the middle: the error names the line, the others are decided, exit 1', async () => {
    const text = [JSON.stringify(confident), '{"id":"broken",', '', JSON.stringify(unsure)].join('\n');
    writeFileSync(join(dir, 'cases.jsonl'), `${text}\n`);
    const run = await handoff(['evaluate', 'cases.jsonl'], dir);
    expect(run.code).toBe(1);
    expect(decisions(run).map((decision) => [decision.id, decision.action])).toEqual([
      ['ok-1', 'continue'],
      ['unsure-1', 'escalate'],
    ]);
    expect(run.stderr).toMatch(/^cases\.jsonl:2: not valid JSON \(.+\)\n$/);
  });

  it('cases that break the contract: each named by line and field, the valid one still decided', async () => {
    const text = [
      JSON.stringify({ id: 'bad-turn', turn: 'x' }),
      JSON.stringify(confident),
      JSON.stringify({ turn: 2, ai: { confidence: 0.5 } }),
    ].join('\n');
    const run = await handoff(['evaluate', '-'], dir, text);
    expect(run.code).toBe(1);
    expect(decisions(run).map((decision) => decision.id)).toEqual(['ok-1']);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^<stdin>:1: invalid case: turn: .*expected number/);
    expect(errors[1]).toMatch(/^<stdin>:3: invalid case: id: /);
  });

  it('reads standard input when no file is given, and a JSON array as many cases', async () => {
    const run = await handoff(['evaluate'], dir, JSON.stringify([confident, unsure]));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(decisions(run).map((decision) => decision.id)).toEqual(['ok-1', 'unsure-1']);
  });

  it('frequency triggers count across the whole run', async () => {
    const text = [1, 2, 3]
      .map((n) => JSON.stringify({ ...confident, id: `contact-${n}`, customer: { id: 'C-7' } }))
      .join('\n');
    const run = await handoff(['evaluate'], dir, text);
    expect(run.code).toBe(0);
    expect(decisions(run).map((decision) => decision.action)).toEqual(['continue', 'continue', 'escalate']);
    expect(decisions(run)[2]?.reasons.map((reason) => reason.trigger)).toEqual(['repeat-contact']);
  });

  it('the README tour case in Turkish: escalate, reactive, with the reasons, route and priority the README shows', async () => {
    const tour = readmeTour();
    const run = await handoff(['evaluate'], dir, tour.input);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [decision] = decisions(run);
    expect(decision).toMatchObject({
      id: 'conv-8812',
      turn: 3,
      action: 'escalate',
      mode: 'reactive',
      signals: { locale: 'tr', humanRequested: true, keywords: ['iptal*'] },
    });
    // Every reason, the route and the priority printed in the README are what the command prints.
    const shownReasons = [...tour.shown.matchAll(/\{"trigger":[^{}]*\}/g)].map((match) =>
      Reason.parse(JSON.parse(match[0])),
    );
    expect(shownReasons.map((reason) => reason.trigger)).toEqual([
      'low-confidence',
      'asks-for-human',
      'cancel-keyword',
      'missing-order-id',
    ]);
    expect(decision?.reasons).toEqual(shownReasons);
    const shownRoute = /"route":(\{[^{}]*\})/.exec(tour.shown)?.[1] ?? '{}';
    expect(decision?.route).toEqual(DecisionRoute.parse(JSON.parse(shownRoute)));
    expect(tour.shown).toContain(`"priority":"${decision?.priority ?? ''}"`);
    expect(decision?.priority).toBe('urgent');
  });

  it('--playbook decides with that playbook instead of the template', async () => {
    await handoff(['init'], dir);
    const file = join(dir, 'playbook.yaml');
    const stricter = readFileSync(file, 'utf8').replace(
      'order_status: { risk: low }',
      'order_status: { risk: high }',
    );
    writeFileSync(file, stricter);
    const fairlySure = JSON.stringify({ ...confident, ai: { confidence: 0.85 } });
    const byTemplate = await handoff(['evaluate'], dir, fairlySure);
    expect(decisions(byTemplate)[0]?.action).toBe('continue');
    const byPlaybook = await handoff(['evaluate', '--playbook', 'playbook.yaml'], dir, fairlySure);
    expect(byPlaybook.code).toBe(0);
    expect(decisions(byPlaybook)[0]?.reasons[0]?.detail).toBe(
      'confidence 0.85 is below 0.90 for task order_status (risk high)',
    );
  });
});

describe('handoff evaluate: playbook problems stop the run', () => {
  it('an unknown template: the template names on stderr, exit 1, no decisions', async () => {
    const run = await handoff(['evaluate', '--template', 'nope'], dir, JSON.stringify(confident));
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^no template named "nope"; templates: customer-support, [a-z, -]+\n$/);
  });

  it('an invalid --playbook: every problem as file:line:col, exit 1, no decisions', async () => {
    await handoff(['init'], dir);
    const file = join(dir, 'playbook.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    priority: high\n', '    priority: hgih\n'));
    const run = await handoff(['evaluate', '--playbook', 'playbook.yaml'], dir, JSON.stringify(confident));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^playbook\.yaml:\d+:15 triggers\[1\]\.priority: "hgih" is not a priority level \(low, normal, high, urgent\)\n$/,
    );
  });

  it('--playbook and --template together: refused, exit 1', async () => {
    const run = await handoff(
      ['evaluate', '--playbook', 'playbook.yaml', '--template', 'customer-support'],
      dir,
      JSON.stringify(confident),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      "option '-p, --playbook <file>' cannot be used with option '-t, --template <name>'",
    );
  });

  it('a missing cases file: a clear message, exit 1', async () => {
    const run = await handoff(['evaluate', 'nope.jsonl'], dir);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'nope.jsonl: no such file\n' });
  });
});
