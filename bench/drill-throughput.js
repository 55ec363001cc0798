// `handoff drill` over 100,000 past cases as the user runs it: the built CLI as a child process reading a JSON Lines
// file, deciding every case with the customer-support template (and, for the diff, with a candidate too) and
// printing the JSON report. Wall and CPU time per run, median of 3; the target is under 5 s wall.
// Run: npm run build && node bench/drill-throughput.js   (prints markdown)
// BENCH_BASELINE=DIR (a checkout of another commit, built) also runs DIR's CLI on the same file, taking turns run by
// run with this build, checks that it prints the same reports and adds its wall and CPU time to each row: the
// comparison that holds on a machine shared with other jobs. BENCH_CASES_OUT=FILE also writes the cases there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRandom } from './support/random.js';

const CASES = 100_000;
const RUNS = 3;
const bin = fileURLToPath(new URL('../bin/handoff.js', import.meta.url));
const baseline = process.env.BENCH_BASELINE;
const examples = fileURLToPath(new URL('../examples/past-cases.jsonl', import.meta.url));
const template = fileURLToPath(
  new URL('../src/services/playbooks/templates/customer-support.yaml', import.meta.url),
);

// The twelve sample past cases (English and Turkish, one to three messages), varied in id, confidence,
// customer and outcome, and in what the customer wrote: each customer message is a text of the case's language
// from the labelled signal data (50,291 texts), the latest one half the time two of them, so nearly every case
// says something else and no speed-up can come from texts seen before.
const samples = readFileSync(examples, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const texts = { en: [], tr: [] };
for (const name of [
  'human-request-train',
  'human-request-dev',
  'human-request-heldout',
  'sentiment-dev',
  'sentiment-heldout',
]) {
  for (const line of readFileSync(new URL(`../data/signals/${name}.jsonl`, import.meta.url), 'utf8').split(
    '\n',
  )) {
    if (line.trim() !== '') {
      const { text, locale } = JSON.parse(line);
      texts[locale === 'tr' ? 'tr' : 'en'].push(text);
    }
  }
}
const random = makeRandom(4_122_026);
const pick = (list) => list[Math.floor(random() * list.length)];
const outcomes = ['resolved_by_ai', 'resolved_by_ai', 'resolved', 'escalated_later', 'false_escalation'];
const lines = Array.from({ length: CASES }, (_, index) => {
  const sample = samples[index % samples.length];
  const pool = texts[sample.locale === 'tr' ? 'tr' : 'en'];
  const conversation = sample.conversation.map((message, at, all) =>
    message.role === 'customer' || message.role === 'user'
      ? {
          ...message,
          text: at === all.length - 1 && random() < 0.5 ? `${pick(pool)} ${pick(pool)}` : pick(pool),
        }
      : message,
  );
  return JSON.stringify({
    ...sample,
    id: `drill-${index}`,
    ai: { ...sample.ai, confidence: Number((0.5 + 0.5 * random()).toFixed(3)) },
    customer: { ...sample.customer, id: `C-${Math.floor(random() * 50_000)}` },
    conversation,
    outcome: outcomes[Math.floor(random() * outcomes.length)],
  });
});
const distinctTexts = new Set(
  lines.flatMap((line) =>
    JSON.parse(line)
      .conversation.filter((message) => message.role !== 'ai' && message.role !== 'assistant')
      .map((message) => message.text),
  ),
).size;

const dir = mkdtempSync(join(tmpdir(), 'handoff-drill-bench-'));
const casesFile = join(dir, 'past.jsonl');
writeFileSync(casesFile, `${lines.join('\n')}\n`);
if (process.env.BENCH_CASES_OUT !== undefined) {
  // Kept for bench/support/decide-turns.js.
  writeFileSync(process.env.BENCH_CASES_OUT, `${lines.join('\n')}\n`);
}
const candidateFile = join(dir, 'candidate.yaml');
writeFileSync(
  candidateFile,
  readFileSync(template, 'utf8').replace('low: { threshold: 0.6 }', 'low: { threshold: 0.9 }'),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run of a CLI: its wall time, its CPU time (user + system, from the shell's `times`) and its report. */
function runOnce(cli, args) {
  const out = join(dir, 'report.json');
  const started = process.hrtime.bigint();
  const shown = execFileSync(
    'bash',
    [
      '-c',
      '"$@" > "$OUT"; times',
      'drill',
      process.execPath,
      cli,
      'drill',
      ...args,
      '--format',
      'json',
      casesFile,
    ],
    { encoding: 'utf8', env: { ...process.env, OUT: out } },
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  // `times` prints the shell's own line, then its children's: "0m3.210s 0m0.150s".
  const [user, system] = [...(shown.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
    (m) => Number(m[1]) * 60 + Number(m[2]),
  );
  return { wall, cpu: (user ?? 0) + (system ?? 0), report: readFileSync(out, 'utf8') };
}

/** The CLI's wall time and its CPU time, which a busy machine moves less (and the baseline's, taking turns). */
function time(args) {
  const runs = { now: [], before: [] };
  for (let run = 0; run < RUNS; run += 1) {
    runs.now.push(runOnce(bin, args));
    if (baseline !== undefined) {
      runs.before.push(runOnce(join(baseline, 'bin/handoff.js'), args));
      if (runs.before.at(-1).report !== runs.now.at(-1).report) {
        throw new Error(`the baseline's report differs for drill ${args.join(' ')}`);
      }
    }
  }
  const of = (list) =>
    list.length === 0
      ? null
      : { seconds: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)) };
  return { ...of(runs.now), before: of(runs.before), report: JSON.parse(runs.now[0].report) };
}

try {
  const load = loadavg()[0];
  const single = time(['--template', 'customer-support']);
  const diff = time(['--playbook', candidateFile, '--against', template]);
  const oneThread = time(['--template', 'customer-support', '--threads', '1']);
  if (
    single.report.summary.decided !== CASES ||
    diff.report.diff.compared !== CASES ||
    JSON.stringify(oneThread.report) !== JSON.stringify(single.report)
  ) {
    throw new Error('not every case was decided, or the threads disagree with one thread');
  }
  const row = (name, result) =>
    `| ${name} | ${result.seconds.toFixed(2)} | ${result.cpu.toFixed(2)} | ${((result.cpu / CASES) * 1e6).toFixed(0)} | ${Math.round(CASES / result.seconds).toLocaleString('en')} | ${result.seconds < 5 ? 'met' : 'missed'} |${result.before === null ? '' : ` ${result.before.seconds.toFixed(2)} / ${result.before.cpu.toFixed(2)} |`}`;
  const megabytes = (Buffer.byteLength(lines.join('\n')) / 2 ** 20).toFixed(0);
  console.log(
    [
      '### handoff drill: 100,000 past cases',
      '',
      `${CASES.toLocaleString('en')} cases (${megabytes} MiB of JSON Lines: the sample past cases varied in confidence, customer, outcome and what the customer wrote, ${distinctTexts.toLocaleString('en')} distinct customer messages); the built CLI as a child process, wall time from start to the printed JSON report, CPU time (user + system) of the process and its worker threads, median of ${RUNS} runs; ${availableParallelism()} cores, load average ${load.toFixed(1)} at the start.`,
      '',
      `| run | wall s | CPU s | CPU µs per case | cases per second (wall) | under 5 s (wall) |${baseline === undefined ? '' : ' baseline wall / CPU s |'}`,
      `| --- | ---: | ---: | ---: | ---: | --- |${baseline === undefined ? '' : ' ---: |'}`,
      row('`drill --template customer-support` (worker threads, one per core)', single),
      row('`drill --playbook candidate.yaml --against FILE` (two versions, diff)', diff),
      row('`drill --template customer-support --threads 1`', oneThread),
      '',
      `Escalation rate ${(single.report.summary.escalationRate * 100).toFixed(1)} %; the candidate (low-risk threshold 0.9 instead of 0.6) changes ${diff.report.diff.changed.toLocaleString('en')} cases.`,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
