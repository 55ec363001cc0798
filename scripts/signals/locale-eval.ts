// Measures locale detection where the text's language is known: how often detectLocale names the other language, and
// what that costs the detectors (requests for a person found, complaints read negative) against being told the
// locale. `npx tsx scripts/signals/locale-eval.ts [PATH…] [--split dev|test] [--misses]`: with no PATH, the
// project's labelled sets (the generated dev split, the hand-written held-out sets, the fixtures); a PATH is a folder
// of external lines (`*.txt`, see external-lines.ts, and `*.jsonl` of sentiment lines, see sentiment-external.ts) or
// one `.jsonl` file. `--misses` prints the lines read as the other language (never with --split test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  detectHumanRequest,
  detectLocale,
  NEGATIVE_BELOW,
  scoreSentiment,
  type SignalLocale,
} from '../../src/core/signals/index.js';
import { readExternalLines } from './external-lines.js';

interface KnownLine {
  text: string;
  locale: SignalLocale;
  /** A request for a person or not, where the set says. */
  request?: boolean;
  /** The sentiment class, where the set says. */
  sentiment?: string;
  split?: string;
}

function jsonLines(file: string): KnownLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((row) => row.locale === 'en' || row.locale === 'tr')
    .map((row) => ({
      text: String(row.text),
      locale: row.locale as SignalLocale,
      ...(typeof row.label === 'boolean' ? { request: row.label } : {}),
      ...(typeof row.label === 'string' ? { sentiment: row.label } : {}),
      ...(typeof row.sentiment === 'string' ? { sentiment: row.sentiment } : {}),
      ...(typeof row.split === 'string' ? { split: row.split } : {}),
    }));
}

function linesOf(path: string): KnownLine[] {
  if (!statSync(path).isDirectory()) {
    return jsonLines(path);
  }
  const external = readExternalLines(path).map((line) => ({
    text: line.text,
    locale: line.locale,
    request: line.label,
    split: line.split,
  }));
  const sentiment = readdirSync(path)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => jsonLines(join(path, name)));
  return [...external, ...sentiment];
}

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = splitAt === -1 ? undefined : args[splitAt + 1];
const showMisses = args.includes('--misses');
if (showMisses && split === 'test') {
  process.stderr.write('locale-eval: --misses prints lines, so not of a test split\n');
  process.exit(2);
}
const paths = args.filter((arg, index) => !arg.startsWith('--') && (splitAt === -1 || index !== splitAt + 1));
const sets = (
  paths.length > 0
    ? paths
    : [
        'data/signals/human-request-dev.jsonl',
        'data/signals/sentiment-dev.jsonl',
        'data/signals/human-request-heldout.jsonl',
        'data/signals/sentiment-heldout.jsonl',
        'src/core/signals/__fixtures__/human-request.jsonl',
        'src/core/signals/__fixtures__/sentiment.jsonl',
      ]
).map((path) => ({
  path,
  lines: linesOf(path).filter(
    (line) => split === undefined || line.split === undefined || line.split === split,
  ),
}));

const count = (lines: readonly KnownLine[], test: (line: KnownLine) => boolean): number =>
  lines.reduce((sum, line) => sum + (test(line) ? 1 : 0), 0);

for (const { path, lines } of sets) {
  for (const locale of ['en', 'tr'] as const) {
    const mine = lines.filter((line) => line.locale === locale);
    if (mine.length === 0) {
      continue;
    }
    const wrong = mine.filter((line) => detectLocale(line.text) !== locale);
    const requests = mine.filter((line) => line.request === true);
    const others = mine.filter((line) => line.request === false);
    const negatives = mine.filter((line) => line.sentiment === 'negative');
    const found = (line: KnownLine, given: boolean) =>
      detectHumanRequest(line.text, given ? locale : undefined).requested;
    const negative = (line: KnownLine, given: boolean) =>
      scoreSentiment(line.text, given ? locale : undefined).score < NEGATIVE_BELOW;
    const parts = [`${path} ${locale}: ${mine.length} lines, ${wrong.length} read as the other language`];
    if (requests.length + others.length > 0) {
      parts.push(
        `requests found ${count(requests, (line) => found(line, true))}/${requests.length} told the locale, ` +
          `${count(requests, (line) => found(line, false))} detecting it; false alarms ` +
          `${count(others, (line) => found(line, true))}/${others.length} and ${count(others, (line) => found(line, false))}`,
      );
    }
    if (negatives.length > 0) {
      parts.push(
        `complaints read negative ${count(negatives, (line) => negative(line, true))}/${negatives.length} told the ` +
          `locale, ${count(negatives, (line) => negative(line, false))} detecting it`,
      );
    }
    process.stdout.write(`${parts.join('; ')}\n`);
    if (showMisses) {
      process.stdout.write(wrong.map((line) => `  read as the other language: ${line.text}\n`).join(''));
    }
  }
}
