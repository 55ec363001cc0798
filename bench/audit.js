// `handoff audit` over a generated log of 1,000,000 events as the user runs it: the built CLI as a child process
// streaming a CSV file (100,000 cases of 10 events: New → Open → In Progress, a group move in one case of four, a
// reopening in one of ten, one case in five still open, one row in a hundred written twice, one case in fifty
// written out of order), JSON report. Wall time, CPU time and the child's peak resident set.
// Run: npm run build && node bench/audit.js   (prints markdown)
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRandom } from './support/random.js';

const CASES = 100_000;
const cli = fileURLToPath(new URL('../dist/transports/cli/main.js', import.meta.url));

const random = makeRandom(17_2026);
const dir = mkdtempSync(join(tmpdir(), 'handoff-audit-bench-'));
const file = join(dir, 'events.csv');
const fd = openSync(file, 'w');
writeSync(fd, 'case_id,timestamp,status,group,assignee,priority,channel,made_sla\n');
const start = Date.UTC(2025, 0, 1);
const groups = ['L1', 'L2', 'Billing', 'Network', 'Security'];
const channels = ['email', 'phone', 'chat', 'web'];
let events = 0;
let batch = [];
for (let c = 0; c < CASES; c += 1) {
  const id = `INC${String(c).padStart(7, '0')}`;
  let at = start + Math.floor(random() * 365 * 86_400_000);
  const priority = `P${1 + Math.floor(random() * 4)}`;
  const channel = channels[Math.floor(random() * channels.length)];
  let group = groups[Math.floor(random() * 2)];
  const isOpen = random() < 0.2;
  const steps = [
    ['New', ''],
    ['Open', 'ana'],
    ['In Progress', 'ana'],
    ['Pending', 'ana'],
    ['In Progress', 'ana'],
  ];
  // One case in four moves to another group and person at its sixth row.
  const isMoved = random() < 0.25;
  const p = isMoved ? 'bo' : 'ana';
  if (isMoved) {
    group = groups[2 + Math.floor(random() * 3)];
  }
  steps.push(['In Progress', p]);
  if (isOpen) {
    steps.push(['Pending', p], ['In Progress', p], ['Pending', p], ['Pending', p]);
  } else if (random() < 0.1) {
    steps.push(['Resolved', p], ['In Progress', p], ['Resolved', p], ['Closed', p]);
  } else {
    steps.push(['Pending', p], ['In Progress', p], ['Resolved', p], ['Closed', p]);
  }
  const rows = steps.slice(0, 10).map(([status, person], index) => {
    at += Math.floor(random() * 4 * 3_600_000) + 60_000;
    const sla = index === 9 ? String(random() < 0.8) : '';
    return `${id},${new Date(at).toISOString()},${status},${index >= 5 ? group : groups[0]},${person},${priority},${channel},${sla}`;
  });
  if (random() < 0.02) {
    rows.reverse();
  }
  for (const row of rows) {
    batch.push(row);
    events += 1;
    if (random() < 0.01) {
      batch.push(row);
    }
  }
  if (batch.length >= 10_000) {
    writeSync(fd, `${batch.join('\n')}\n`);
    batch = [];
  }
}
writeSync(fd, `${batch.join('\n')}\n`);
closeSync(fd);
const bytes = statSync(file).size;

// The child reports its own peak resident set as it exits.
const wrapper =
  "process.argv.splice(1, 0, 'handoff');" +
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('maxrss ' + u.maxRSS + ' cpu ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });" +
  `await import(${JSON.stringify(cli)});`;
const started = process.hrtime.bigint();
const run = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', wrapper, 'audit', file, '--source', 'events', '--json'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const wallS = Number(process.hrtime.bigint() - started) / 1e9;
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  throw new Error(`handoff audit exited ${run.status}`);
}
const report = JSON.parse(run.stdout);
const usage = /maxrss (\d+) cpu (\d+)/.exec(run.stderr);
const maxRssKiB = Number(usage?.[1] ?? 0);
const cpuS = Number(usage?.[2] ?? 0) / 1e6;
const fmt = (n) => n.toLocaleString('en');
console.log(`### handoff audit: 1,000,000 events

${fmt(events)} events of ${fmt(CASES)} cases (${(bytes / 2 ** 20).toFixed(0)} MiB of CSV, ${fmt(report.input.rows)} rows with the duplicates); the built CLI as a child process streaming the file, JSON report.

| measure | value |
| --- | ---: |
| wall time | ${wallS.toFixed(2)} s |
| CPU time (user + system) | ${cpuS.toFixed(2)} s |
| events per second (wall) | ${fmt(Math.round(report.input.rows / wallS))} |
| peak resident set of the process | ${(maxRssKiB / 1024).toFixed(0)} MiB |
| duplicates dropped | ${fmt(report.input.duplicates)} |
| cases resolved / open | ${fmt(report.headline.resolved)} / ${fmt(report.headline.open)} |
| reassignment rate, reopen rate | ${(report.headline.reassignmentRate * 100).toFixed(1)} %, ${(report.headline.reopenRate * 100).toFixed(1)} % |
`);
