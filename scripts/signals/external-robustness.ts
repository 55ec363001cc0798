// Measures how the human-request detector holds when the words around a request change, on external labelled lines
// (see external-eval.ts): each request the detector finds and each non-request it leaves alone is changed one way (a
// greeting before, thanks after, a slip in a word…) and read again. Prints counts only, so a test half stays unread.
// `npx tsx scripts/signals/external-robustness.ts [dev|test] DIR…`
import { detectHumanRequest } from '../../src/core/signals/human-request.js';
import { readExternalLines } from './external-lines.js';
import { makeRandom } from './random.js';

type Change = (text: string, locale: 'en' | 'tr') => string;

const random = makeRandom(7);
const WORD = /\p{L}{5,}/gu;
const LONG_WORD = /\p{L}{6,}/gu;

/** Two neighbouring letters of a word swapped, past its first two. */
function swapped(word: string): string {
  const at = 2 + Math.floor(random() * (word.length - 3));
  return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
}

/** One slip in one word of five letters or more: two letters swapped, one lost or one doubled. */
function oneSlip(text: string): string {
  const found = [...text.matchAll(WORD)];
  if (found.length === 0) {
    return text;
  }
  const match = found[Math.floor(random() * found.length)] as RegExpMatchArray;
  const word = match[0];
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const slipped =
    kind === 0
      ? word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  const index = match.index ?? 0;
  return text.slice(0, index) + slipped + text.slice(index + word.length);
}

/** One letter of a word lost, past its first two. */
function withALetterLost(word: string): string {
  const at = 2 + Math.floor(random() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
}

// Rows draw from one seeded generator in order: a new row goes last, so the rows before it keep their figures.
const CHANGES: Readonly<Record<string, Change>> = {
  'a greeting before': (text, locale) => (locale === 'tr' ? 'Merhaba, ' : 'Hi, ') + text,
  'thanks after': (text, locale) => text + (locale === 'tr' ? ' Teşekkürler.' : ' Thanks.'),
  '"ok so" before': (text, locale) => (locale === 'tr' ? 'tamam ' : 'ok so ') + text,
  '"sorry" before': (text, locale) => (locale === 'tr' ? 'Pardon, ' : 'Sorry, ') + text,
  'a sentence of story before': (text, locale) =>
    (locale === 'tr'
      ? 'Dün siparişimi verdim ama hala gelmedi. '
      : 'I ordered a jacket last week and it still has not arrived. ') + text,
  'a sentence of story after': (text, locale) =>
    text.replace(/[.!?]*$/, '.') +
    (locale === 'tr' ? ' Siparişim iki haftadır gelmedi.' : ' My order has not arrived for two weeks.'),
  'an order number after': (text, locale) =>
    text + (locale === 'tr' ? ' Sipariş no: 48213' : ' Order #48213'),
  'a question after': (text, locale) =>
    text.replace(/[.!?]*$/, '.') + (locale === 'tr' ? ' Yardımcı olur musunuz?' : ' Can you help?'),
  '"asap" after': (text, locale) => text.replace(/[.!?]*$/, '') + (locale === 'tr' ? ' acil' : ' asap'),
  '"please" after': (text, locale) => text + (locale === 'tr' ? ' lütfen' : ' please'),
  'two letters swapped in every long word': (text) => text.replace(LONG_WORD, swapped),
  'one slip in one word': (text) => oneSlip(text),
  'a letter lost in every long word': (text) => text.replace(LONG_WORD, withALetterLost),
};

const [which, ...dirs] = process.argv.slice(2);
if ((which !== 'dev' && which !== 'test') || dirs.length === 0) {
  process.stderr.write('usage: tsx scripts/signals/external-robustness.ts dev|test DIR…\n');
  process.exit(2);
}
const lines = dirs.flatMap((dir) => readExternalLines(dir)).filter((line) => line.split === which);
const rows = [
  '| change to every line | en requests lost | en new false alarms | tr requests lost | tr new false alarms |',
];
rows.push('| --- | ---: | ---: | ---: | ---: |');
for (const [name, change] of Object.entries(CHANGES)) {
  const counts = { en: [0, 0, 0, 0], tr: [0, 0, 0, 0] };
  for (const line of lines) {
    const changed = change(line.text, line.locale);
    const found = detectHumanRequest(line.text, line.locale).requested;
    if (changed === line.text || found !== line.label) {
      continue;
    }
    const count = counts[line.locale];
    const now = detectHumanRequest(changed, line.locale).requested;
    const base = line.label ? 0 : 2;
    count[base + 1] = (count[base + 1] ?? 0) + 1;
    if (now !== line.label) {
      count[base] = (count[base] ?? 0) + 1;
    }
  }
  const cell = (count: number[], at: number) => `${count[at] ?? 0} of ${count[at + 1] ?? 0}`;
  rows.push(
    `| ${name} | ${cell(counts.en, 0)} | ${cell(counts.en, 2)} | ${cell(counts.tr, 0)} | ${cell(counts.tr, 2)} |`,
  );
}
process.stdout.write(`${rows.join('\n')}\n`);
