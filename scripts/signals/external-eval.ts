// Measures the human-request detector on external labelled lines that this project did not write and does not keep.
// `npx tsx scripts/signals/external-eval.ts DIR [dev|test|all] [--misses] [--unseen-by DIR,DIR…]`: DIR holds one
// text file per source,
// "@source …", "@locale en|tr", "@split dev|test", then "+ line" (asks for a person) or "- line" (does not). The
// sources' licences do not allow keeping their lines here, so only this reader and the figures are committed; the
// sources are listed in docs/signal-quality.md. Never train on these lines: read the dev misses for families only.
// `--unseen-by` leaves out every line whose words also occur as a line of those folders (the dev halves), so a test
// half's figure counts only lines no round read.
import { detectHumanRequest } from '../../src/core/signals/human-request.js';
import { foldText } from '../../src/core/signals/normalise.js';
import { readExternalLines } from './external-lines.js';

const args = process.argv.slice(2);
const unseenAt = args.indexOf('--unseen-by');
const seenDirs =
  unseenAt === -1 ? [] : (args.splice(unseenAt, 2)[1] ?? '').split(',').filter((dir) => dir !== '');
const [dir, which = 'all', flag] = args;
if (dir === undefined || (unseenAt !== -1 && seenDirs.length === 0)) {
  process.stderr.write(
    'usage: tsx scripts/signals/external-eval.ts DIR [dev|test|all] [--misses] [--unseen-by DIR,DIR…]\n',
  );
  process.exit(2);
}
if (flag === '--misses' && which !== 'dev') {
  // A test half is scored, never read: its lines stay unprinted.
  process.stderr.write('external-eval: --misses prints lines, so only of the dev split\n');
  process.exit(2);
}
const wordsOf = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const seen = new Set(
  seenDirs.flatMap((seenDir) => readExternalLines(seenDir).map((line) => wordsOf(line.text))),
);
const lines = readExternalLines(dir).filter(
  (line) => (which === 'all' || line.split === which) && !seen.has(wordsOf(line.text)),
);
const percent = (part: number, whole: number): string =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
for (const locale of ['en', 'tr'] as const) {
  const mine = lines.filter((line) => line.locale === locale);
  if (mine.length === 0) {
    continue;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: string[] = [];
  for (const line of mine) {
    const found = detectHumanRequest(line.text, locale);
    if (line.label && found.requested) {
      tp += 1;
    } else if (line.label) {
      fn += 1;
      misses.push(`missed: ${line.text}`);
    } else if (found.requested) {
      fp += 1;
      misses.push(`false alarm (${found.source}): ${line.text}`);
    } else {
      tn += 1;
    }
  }
  const sources = new Set(mine.map((line) => line.source)).size;
  process.stdout.write(
    `${which} ${locale}: ${mine.length} lines from ${sources} sources; recall ${percent(tp, tp + fn)} (${tp}/${tp + fn}), ` +
      `false alarms ${percent(fp, fp + tn)} (${fp}/${fp + tn}), precision ${percent(tp, tp + fp)}\n`,
  );
  if (flag === '--misses') {
    process.stdout.write(misses.map((miss) => `  ${miss}\n`).join(''));
  }
}
