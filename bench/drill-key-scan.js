// The drill's key pass: each line's frequency keys (customer.id) read from its bytes (scan-case-keys.ts) beside the
// way it was done before, decoding and parsing the line (readCaseLine and makeKeyReader), on the same 100,000 lines
// in one process, taking turns; both must give the same keys. Run: npm run build && node bench/drill-key-scan.js
import { readFileSync } from 'node:fs';
import { forEachLine } from '../dist/core/drills/case-byte-ranges.js';
import { makeKeyReader } from '../dist/core/drills/partition-cases.js';
import { readCaseLine } from '../dist/core/drills/run-drill.js';
import { makeByteKeyReader } from '../dist/core/drills/scan-case-keys.js';

const LINES = 100_000;
const PASSES = 7;
const PATHS = ['customer.id'];

// The sample past cases (English and Turkish, one to three messages), each line with its own id and customer.
const samples = readFileSync(new URL('../examples/past-cases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const text = Array.from({ length: LINES }, (_, index) => {
  const sample = JSON.parse(samples[index % samples.length]);
  return JSON.stringify({
    ...sample,
    id: `case-${index}`,
    customer: { ...sample.customer, id: `C-${index % 40_000}` },
  });
}).join('\n');
const bytes = Buffer.from(text);
const range = { start: 0, end: bytes.length, firstLine: 1 };

const fromBytes = makeByteKeyReader(PATHS);
const parsedKeys = makeKeyReader(PATHS);

/** One pass of a way of reading keys: the keys read (for the check) and its time in ms. */
function pass(read) {
  const keys = [];
  const started = process.hrtime.bigint();
  forEachLine(bytes, range, (line, start, end) => keys.push(...read(line, start, end)));
  return { keys, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
const ways = {
  scanned: (line, start, end) => {
    const found = fromBytes(bytes, start, end);
    return Array.isArray(found) ? found : [];
  },
  parsed: (line, start, end) => {
    const input = readCaseLine(line, bytes.toString('utf8', start, end));
    return input !== null && 'value' in input ? parsedKeys(input.value) : [];
  },
};

const times = { scanned: [], parsed: [] };
let checked = false;
for (let round = 0; round < PASSES; round += 1) {
  const scanned = pass(ways.scanned);
  const parsed = pass(ways.parsed);
  if (!checked) {
    if (scanned.keys.length !== LINES || scanned.keys.some((key, at) => key !== parsed.keys[at])) {
      throw new Error('the keys read from the bytes differ from the parsed lines’ keys');
    }
    checked = true;
  }
  times.scanned.push(scanned.ms);
  times.parsed.push(parsed.ms);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const [scanned, parsed] = [median(times.scanned), median(times.parsed)];
console.log(
  [
    "### The drill's key pass: 100,000 lines",
    '',
    `${LINES.toLocaleString('en')} lines (${(bytes.length / 2 ** 20).toFixed(0)} MiB) of the sample past cases, key \`customer.id\`; median of ${PASSES} passes each, taking turns, the first (cold) included; the same keys checked.`,
    '',
    '| way | ms per 100,000 lines | µs per line |',
    '| --- | ---: | ---: |',
    `| read from the bytes (scan-case-keys) | ${scanned.toFixed(0)} | ${((scanned * 1000) / LINES).toFixed(2)} |`,
    `| decoded and parsed (before) | ${parsed.toFixed(0)} | ${((parsed * 1000) / LINES).toFixed(2)} |`,
    '',
    `Reading from the bytes takes **${(scanned / parsed).toFixed(2)}×** the time of parsing.`,
  ].join('\n'),
);
