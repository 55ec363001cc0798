// Counts what each veto of the human-request detector decides alone: `npx tsx scripts/signals/veto-counts.ts [DIR…]`
// reads the training and generated dev corpus (data/signals/human-request-{train,dev}.jsonl) and the "@split dev"
// lines of each DIR (format of external-eval.ts; test lines are skipped unread), then, for each veto in
// human-request-vetoes.ts, detects every line again without that veto. A line whose answer turns to "requested"
// without it is one the veto alone keeps out: a line labelled other is a false alarm it saves, a line labelled a
// request is one it costs. A veto that saves nothing on any set is a candidate for removal (a class may still stand
// on the rows of test/signals-families.test.ts alone). Lines with no veto at work are read once and skipped.
import { detectHumanRequest, VETOES, type Vetoes } from '../../src/core/signals/human-request.js';
import { readCorpusSplit, readDevLines, type SetLine } from './external-lines.js';

const NO_VETOES: Vetoes = { clause: [], sentence: [] };

const dirs = process.argv.slice(2);
if (dirs.some((dir) => dir.startsWith('-'))) {
  process.stderr.write('usage: tsx scripts/signals/veto-counts.ts [DIR…]\n');
  process.exit(2);
}
const seen = new Set<string>();
const lines: SetLine[] = [];
for (const line of [
  ...readCorpusSplit('train', 'corpus train'),
  ...readCorpusSplit('dev', 'corpus dev'),
  ...dirs.flatMap(readDevLines),
]) {
  const key = `${line.set}\u0000${line.locale}\u0000${line.text}`;
  if (!seen.has(key)) {
    seen.add(key);
    lines.push(line);
  }
}
// Only lines that some veto turns away can change when one veto is left out.
const atWork = lines.filter(
  (line) =>
    !detectHumanRequest(line.text, line.locale).requested &&
    detectHumanRequest(line.text, line.locale, undefined, NO_VETOES).requested,
);
const sets = [...new Set(lines.map((line) => line.set))];
process.stdout.write(
  `${lines.length} lines (${sets.join(', ')}); ${atWork.length} turned away by a veto\n` +
    'veto\tkind\t' +
    sets.map((set) => `${set}: saves / costs`).join('\t') +
    '\n',
);
const kinds = [
  ['clause', VETOES.clause],
  ['sentence', VETOES.sentence],
] as const;
for (const [kind, table] of kinds) {
  for (const veto of table) {
    const without: Vetoes = { ...VETOES, [kind]: table.filter((other) => other !== veto) };
    const counts = new Map(sets.map((set) => [set, { saves: 0, costs: 0 }]));
    for (const line of atWork) {
      if (detectHumanRequest(line.text, line.locale, undefined, without).requested) {
        const count = counts.get(line.set) as { saves: number; costs: number };
        if (line.label) {
          count.costs += 1;
        } else {
          count.saves += 1;
        }
      }
    }
    const name = veto.language === undefined ? veto.name : `${veto.name} (${veto.language})`;
    const figures = sets.map((set) => {
      const count = counts.get(set) as { saves: number; costs: number };
      return `${count.saves} / ${count.costs}`;
    });
    process.stdout.write(`${name}\t${kind}\t${figures.join('\t')}\n`);
  }
}
