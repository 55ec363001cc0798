// Runs every bench script in bench/ in turn (each in its own process), prints what each reports, and rewrites the
// figures section of bench/README.md with the results and the machine they were measured on.
// Run: npm run bench   (builds first; the scripts import the built dist/)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const readme = new URL('README.md', import.meta.url);
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';
const TIME_LIMIT_MS = 60_000;
/** Scripts that run for minutes by design (driving a server, loading a million escalations) get their own limit. */
const TIME_LIMITS_MS = {
  'http-escalations.js': 300_000,
  'metrics-report.js': 600_000,
  'timers.js': 300_000,
  'drill-throughput.js': 300_000,
  'deliveries.js': 900_000,
  'audit.js': 300_000,
};

const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.js') && name !== 'run.js')
  .sort();

function machine() {
  const cores = cpus();
  const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(0)} GiB`;
  let commit = 'unknown';
  try {
    const git = (...args) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--', '../src', '../bench', '../package.json') !== '';
    commit = `${git('rev-parse', '--short', 'HEAD')}${changed ? ' (with uncommitted changes)' : ''}`;
  } catch {
    // Not a git checkout (an installed package): the commit stays unknown.
  }
  return (
    `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} on ${cores.length} cores ` +
    `(${cores[0]?.model.trim() ?? 'unknown CPU'}), ${gib(totalmem())} RAM (${gib(freemem())} free), ` +
    `${platform()} ${release()}, Node ${process.version}.`
  );
}

const sections = [];
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n── ${script} ──\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [script], {
    cwd: folder,
    encoding: 'utf8',
    timeout: TIME_LIMITS_MS[script] ?? TIME_LIMIT_MS,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) {
    failed += 1;
    const why =
      run.error?.message ?? (run.signal === null ? `exit code ${run.status}` : `signal ${run.signal}`);
    process.stdout.write(`${script} FAILED after ${seconds} s (${why})\n`);
    continue;
  }
  process.stdout.write(`(${script}: ${seconds} s)\n`);
  sections.push(`<!-- ${script} -->\n\n${run.stdout.trim()}`);
}

if (failed > 0) {
  process.stdout.write(`\n${failed} bench script(s) failed; bench/README.md left as it was.\n`);
  process.exitCode = 1;
} else {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`bench/README.md has no ${START} … ${END} section to rewrite`);
  }
  const figures = [START, '', machine(), '', sections.join('\n\n'), '', END].join('\n');
  writeFileSync(readme, text.slice(0, start) + figures + text.slice(end + END.length));
  process.stdout.write('\nbench/README.md: figures rewritten.\n');
}
