// `handoff drill` over 100,000 past cases as the user runs it: the built CLI as a child process reading a JSON Lines
// file, deciding every case with the customer-support template (and, for the diff, with a candidate too) and
// printing the JSON report. Wall time per run, median of 3; the target is under 5 s.
// Run: npm run build && node bench/drill-throughput.js   (prints markdown)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CASES = 100_000;
const RUNS = 3;
const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const examples = fileURLToPath(new URL('../examples/past-cases.jsonl', import.meta.url));
const template = fileURLToPath(
  new URL('../src/services/playbooks/templates/customer-support.yaml', import.meta.url),
);

/** A seeded generator (mulberry32), so every run drills the same cases. */
function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The twelve sample past cases (English and Turkish, one to three messages), varied in id, confidence,
// customer and outcome.
const samples = readFileSync(examples, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const random = makeRandom(4_122_026);
const outcomes = ['resolved_by_ai', 'resolved_by_ai', 'resolved', 'escalated_later', 'false_escalation'];
const lines = Array.from({ length: CASES }, (_, index) => {
  const sample = samples[index % samples.length];
  return JSON.stringify({
    ...sample,
    id: `drill-${index}`,
    ai: { ...sample.ai, confidence: Number((0.5 + 0.5 * random()).toFixed(3)) },
    customer: { ...sample.customer, id: `C-${Math.floor(random() * 50_000)}` },
    outcome: outcomes[Math.floor(random() * outcomes.length)],
  });
});

const dir = mkdtempSync(join(tmpdir(), 'handoff-drill-bench-'));
const casesFile = join(dir, 'past.jsonl');
writeFileSync(casesFile, `${lines.join('\n')}\n`);
const candidateFile = join(dir, 'candidate.yaml');
writeFileSync(
  candidateFile,
  readFileSync(template, 'utf8').replace('low: { threshold: 0.6 }', 'low: { threshold: 0.9 }'),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The CLI's wall time and its CPU time (user + system, from the shell's `times`), which a busy machine moves less. */
function time(args) {
  const wall = [];
  const cpu = [];
  let report;
  for (let run = 0; run < RUNS; run += 1) {
    const out = join(dir, 'report.json');
    const started = process.hrtime.bigint();
    const shown = execFileSync(
      'bash',
      [
        '-c',
        '"$@" > "$OUT"; times',
        'drill',
        process.execPath,
        bin,
        'drill',
        ...args,
        '--format',
        'json',
        casesFile,
      ],
      { encoding: 'utf8', env: { ...process.env, OUT: out } },
    );
    wall.push(Number(process.hrtime.bigint() - started) / 1e9);
    // `times` prints the shell's own line, then its children's: "0m3.210s 0m0.150s".
    const [user, system] = [...(shown.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
      (m) => Number(m[1]) * 60 + Number(m[2]),
    );
    cpu.push((user ?? 0) + (system ?? 0));
    report = JSON.parse(readFileSync(out, 'utf8'));
  }
  return { seconds: median(wall), cpu: median(cpu), report };
}

try {
  const single = time(['--template', 'customer-support']);
  const diff = time(['--playbook', candidateFile, '--against', template]);
  if (single.report.summary.decided !== CASES || diff.report.diff.compared !== CASES) {
    throw new Error('not every case was decided');
  }
  const row = (name, result) =>
    `| ${name} | ${result.seconds.toFixed(2)} | ${result.cpu.toFixed(2)} | ${Math.round(CASES / result.seconds).toLocaleString('en')} | ${result.seconds < 5 ? 'met' : 'missed'} |`;
  const megabytes = (Buffer.byteLength(lines.join('\n')) / 2 ** 20).toFixed(0);
  console.log(
    [
      '### handoff drill: 100,000 past cases',
      '',
      `${CASES.toLocaleString('en')} cases (${megabytes} MiB of JSON Lines, the sample past cases varied in confidence, customer and outcome); the built CLI as a child process, wall time from start to the printed JSON report, median of ${RUNS} runs.`,
      '',
      '| run | wall s | CPU s | cases per second (wall) | under 5 s (wall) |',
      '| --- | ---: | ---: | ---: | --- |',
      row('`drill --template customer-support`', single),
      row('`drill --playbook candidate.yaml --against FILE` (two versions, diff)', diff),
      '',
      `Escalation rate ${(single.report.summary.escalationRate * 100).toFixed(1)} %; the candidate (low-risk threshold 0.9 instead of 0.6) changes ${diff.report.diff.changed.toLocaleString('en')} cases.`,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
