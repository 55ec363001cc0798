// The CPU time of deciding the same cases with this build and another, in one process and taking turns chunk by
// chunk (each build keeps its own decider and counters across chunks, as one drill would): the comparison of
// `decide`'s own cost that holds on a machine shared with other jobs. Also checks that both reports are the same.
// Run: npm run build && node bench/support/decide-turns.js BASELINE_DIR CASES.jsonl   (BASELINE_DIR: a built checkout;
// CASES.jsonl: JSON Lines of cases, e.g. the drill bench's)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHUNKS = 20;
const [baselineDir, casesFile] = process.argv.slice(2);
if (baselineDir === undefined || casesFile === undefined) {
  throw new Error('usage: node bench/support/decide-turns.js BASELINE_DIR CASES.jsonl');
}
const bytes = readFileSync(casesFile);
const inputs = [];
for (let start = 0, line = 1; start < bytes.length; line += 1) {
  const found = bytes.indexOf(10, start);
  const end = found === -1 ? bytes.length : found;
  const text = bytes.toString('utf8', start, end);
  if (text.trim() !== '') {
    inputs.push({ line, value: JSON.parse(text) });
  }
  start = end + 1;
}

async function open(root) {
  const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
  const { loadTemplate } = await load('index.js');
  const { compilePlaybook } = await load('core/decide/compile-playbook.js');
  const { makeMemoryCounterStore } = await load('core/decide/counters.js');
  const { makeDrillRun } = await load('core/drills/run-drill.js');
  const decider = compilePlaybook(loadTemplate('customer-support'), { counters: makeMemoryCounterStore() });
  return { run: makeDrillRun({ name: 'turns', version: null, decider }, { now: 1_800_000_000_000 }), cpu: 0 };
}

const builds = [await open(baselineDir), await open(new URL('../..', import.meta.url).pathname)];
const size = Math.ceil(inputs.length / CHUNKS);
const ratios = [];
for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  const spent = [0, 0];
  for (const which of chunk % 2 === 0 ? [1, 0] : [0, 1]) {
    const before = process.cpuUsage();
    for (let index = chunk * size; index < Math.min(inputs.length, (chunk + 1) * size); index += 1) {
      builds[which].run.add(inputs[index]);
    }
    const used = process.cpuUsage(before);
    spent[which] = used.user + used.system;
    builds[which].cpu += spent[which];
  }
  ratios.push(spent[0] / spent[1]);
}
const [baseline, now] = builds.map((build) => JSON.stringify(build.run.finish()));
if (baseline !== now) {
  throw new Error('the two builds report differently');
}
ratios.sort((a, b) => a - b);
console.log(
  `${inputs.length.toLocaleString('en')} cases: baseline ${(builds[0].cpu / 1e6).toFixed(2)} s CPU, this build ${(builds[1].cpu / 1e6).toFixed(2)} s; this build is ${ratios[CHUNKS >> 1].toFixed(2)}× as fast (median of ${CHUNKS} chunk ratios); reports identical`,
);
