// Tabulates where the human-request detector's readings come from on dev data only, and what a stricter model
// threshold would cost: `npx tsx scripts/signals/operating-point.ts [--lines] DIR…` reads the "@split dev" lines of
// each DIR (format of external-eval.ts; a line in several DIRs counts once) and data/signals/human-request-dev.jsonl.
// Test lines are skipped unread. A model reading is split by whether the message names a person or the bot, or only a
// team, a place or a way of contact (namesAPerson in model-anchor.ts); the curve counts a line as found at threshold T
// when the grammar found it or the model did with probability ≥ T, which holds for every T at or above the shipped one.
import { detectHumanRequest } from '../../src/core/signals/human-request.js';
import { namesAPerson } from '../../src/core/signals/model-anchor.js';
import { foldText, tokenize } from '../../src/core/signals/normalise.js';
import { readCorpusSplit, readDevLines, type SetLine } from './external-lines.js';

type Line = SetLine;
type Part = 'rule' | 'model, person' | 'model, team or contact' | 'none';
interface Reading extends Line {
  part: Part;
  probability: number;
}

function read(line: Line): Reading {
  const found = detectHumanRequest(line.text, line.locale);
  let part: Part = 'none';
  if (found.requested && found.source === 'rule') {
    part = 'rule';
  } else if (found.requested) {
    part = namesAPerson(tokenize(foldText(line.text)), line.locale)
      ? 'model, person'
      : 'model, team or contact';
  }
  return { ...line, part, probability: found.probability };
}

const args = process.argv.slice(2);
const printLines = args.includes('--lines');
const seen = new Set<string>();
const lines: Line[] = [];
for (const line of [
  ...args.filter((arg) => arg !== '--lines').flatMap(readDevLines),
  ...readCorpusSplit('dev', 'generated dev'),
]) {
  const key = `${line.set}\u0000${line.locale}\u0000${line.text}`;
  if (!seen.has(key)) {
    seen.add(key);
    lines.push(line);
  }
}
const readings = lines.map(read);
const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
const groups = ['external dev', 'generated dev'].flatMap((set) =>
  (['en', 'tr'] as const).map((locale) => ({
    name: `${set}, ${locale}`,
    items: readings.filter((item) => item.set === set && item.locale === locale),
  })),
);
const PARTS: Part[] = ['rule', 'model, person', 'model, team or contact', 'none'];
const BINS = [0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

process.stdout.write('set | label | lines | ' + PARTS.join(' | ') + ' | model fires by probability ' + '\n');
for (const group of groups) {
  for (const label of [true, false]) {
    const items = group.items.filter((item) => item.label === label);
    const counts = PARTS.map((part) => items.filter((item) => item.part === part).length);
    const model = items.filter((item) => item.part.startsWith('model'));
    const bins = BINS.slice(0, -1).map((low, index) => {
      const high = BINS[index + 1] ?? 1.01;
      const inBin = model.filter((item) => item.probability >= low && item.probability < high);
      const other = inBin.filter((item) => item.part === 'model, team or contact').length;
      return `${low.toFixed(2)}+: ${inBin.length} (${other} team/contact)`;
    });
    process.stdout.write(
      `${group.name} | ${label ? 'requests' : 'others'} | ${items.length} | ${counts.join(' | ')} | ${bins.join(', ')}\n`,
    );
  }
}

const THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
const fires = (item: Reading, all: number, teamOrContact: number): boolean =>
  item.part === 'rule' ||
  (item.part === 'model, person' && item.probability >= all) ||
  (item.part === 'model, team or contact' && item.probability >= Math.max(all, teamOrContact));
for (const [title, policy] of [
  ['one threshold for every model reading', (t: number): [number, number] => [t, t]],
  [
    'a stricter threshold only when the message names no person or bot',
    (t: number): [number, number] => [0.6, t],
  ],
] as const) {
  process.stdout.write(
    `\n${title}\nT | ${groups.map((group) => `${group.name}: recall, false alarms`).join(' | ')}\n`,
  );
  for (const threshold of THRESHOLDS) {
    const [all, other] = policy(threshold);
    const cells = groups.map((group) => {
      const requests = group.items.filter((item) => item.label);
      const others = group.items.filter((item) => !item.label);
      const tp = requests.filter((item) => fires(item, all, other)).length;
      const fp = others.filter((item) => fires(item, all, other)).length;
      return `${percent(tp, requests.length)} (${tp}/${requests.length}), ${percent(fp, others.length)} (${fp}/${others.length})`;
    });
    process.stdout.write(`${threshold.toFixed(2)} | ${cells.join(' | ')}\n`);
  }
}

if (printLines) {
  process.stdout.write('\nmodel readings on the external dev halves (dev only):\n');
  for (const item of readings.filter(
    (entry) => entry.set === 'external dev' && entry.part.startsWith('model'),
  )) {
    process.stdout.write(
      `  ${item.label ? 'request' : 'other  '} ${item.probability.toFixed(3)} ${item.part}: ${item.text}\n`,
    );
  }
}
