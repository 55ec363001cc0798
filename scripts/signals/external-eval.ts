// Measures the human-request detector on external labelled lines that this project did not write and does not keep.
// `npx tsx scripts/signals/external-eval.ts DIR [dev|test|all] [--misses]`: DIR holds one text file per source,
// "@source …", "@locale en|tr", "@split dev|test", then "+ line" (asks for a person) or "- line" (does not). The
// sources' licences do not allow keeping their lines here, so only this reader and the figures are committed; the
// sources are listed in docs/signal-quality.md. Never train on these lines: read the dev misses for families only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectHumanRequest } from '../../src/core/signals/human-request.js';

interface Line {
  text: string;
  locale: 'en' | 'tr';
  label: boolean;
  source: string;
  split: string;
}

function readSources(dir: string): Line[] {
  const lines: Line[] = [];
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    let source = name;
    let locale: 'en' | 'tr' = 'en';
    let split = 'dev';
    for (const raw of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.startsWith('@source ')) {
        source = line.slice(8);
      } else if (line.startsWith('@locale ')) {
        locale = line.slice(8) === 'tr' ? 'tr' : 'en';
      } else if (line.startsWith('@split ')) {
        split = line.slice(7);
      } else if (line.startsWith('+ ') || line.startsWith('- ')) {
        lines.push({ text: line.slice(2), locale, label: line.startsWith('+'), source, split });
      }
    }
  }
  return lines;
}

const [dir, which = 'all', flag] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: tsx scripts/signals/external-eval.ts DIR [dev|test|all] [--misses]\n');
  process.exit(2);
}
const lines = readSources(dir).filter((line) => which === 'all' || line.split === which);
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
