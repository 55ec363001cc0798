// Measures sentiment on labelled JSON Lines files written by people outside the project (see
// data/signals/external/sentiment-sources.md): complaints read negative, neutral lines strongly negative.
// Run: npx tsx scripts/signals/sentiment-external.ts DIR_OR_FILE... (the files themselves are not committed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NEGATIVE_BELOW, scoreSentiment } from '../../src/core/signals/index.js';

interface Line {
  text: string;
  locale: 'en' | 'tr';
  label: 'negative' | 'neutral' | 'positive';
  family: string;
}

const STRONGLY_NEGATIVE = -0.5;

function filesOf(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.jsonl'))
        .map((name) => join(path, name))
    : [path];
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

const showMisses = process.env.MISSES === '1';
for (const file of process.argv.slice(2).flatMap(filesOf)) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line);
  const families = [...new Set(lines.map((line) => line.family))];
  console.log(`\n${file}`);
  console.log('| family | label | lines | read negative | strongly negative |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  const misses: string[] = [];
  for (const family of families) {
    for (const label of ['negative', 'neutral', 'positive'] as const) {
      const chosen = lines.filter((line) => line.family === family && line.label === label);
      if (chosen.length === 0) {
        continue;
      }
      const scores = chosen.map((line) => scoreSentiment(line.text, line.locale).score);
      const negative = scores.filter((score) => score < NEGATIVE_BELOW).length;
      const strong = scores.filter((score) => score < STRONGLY_NEGATIVE).length;
      console.log(
        `| ${family} | ${label} | ${chosen.length} | ${negative} (${percent(negative, chosen.length)}) | ${strong} (${percent(strong, chosen.length)}) |`,
      );
      chosen.forEach((line, index) => {
        const score = scores[index] ?? 0;
        if (
          (label === 'negative' && score >= NEGATIVE_BELOW) ||
          (label !== 'negative' && score < NEGATIVE_BELOW)
        ) {
          misses.push(`${label} ${score.toFixed(2)} ${line.text}`);
        }
      });
    }
  }
  if (showMisses) {
    console.log(misses.join('\n'));
  }
}
