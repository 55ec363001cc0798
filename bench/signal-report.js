// Prints precision/recall of the human-request and sentiment detectors on the labelled sets, as markdown.
// Run: npm run build && node bench/signal-report.js
import { readFileSync } from 'node:fs';
import {
  evaluateHumanRequest,
  evaluateSentiment,
  NEGATIVE_BELOW,
  parseHumanRequestExamples,
  parseSentimentExamples,
  POSITIVE_ABOVE,
} from '../dist/core/signals/index.js';

const fixture = (name) =>
  readFileSync(new URL(`../src/core/signals/__fixtures__/${name}`, import.meta.url), 'utf8');
const percent = (value) => `${(value * 100).toFixed(1)} %`;
const rows = (report) => [
  ['en', report.byLocale.en],
  ['tr', report.byLocale.tr],
  ['all', report.overall],
];

const humanRequest = evaluateHumanRequest(parseHumanRequestExamples(fixture('human-request.jsonl')));
const sentiment = evaluateSentiment(parseSentimentExamples(fixture('sentiment.jsonl')));

const lines = [
  '### Human request (`detectHumanRequest`)',
  '',
  '| locale | examples | precision | recall | false positives | false negatives |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows(humanRequest).map(
    ([locale, m]) =>
      `| ${locale} | ${m.count} | ${percent(m.precision)} | ${percent(m.recall)} | ${m.falsePositives} | ${m.falseNegatives} |`,
  ),
  '',
  `### Sentiment (\`scoreSentiment\`; negative below ${NEGATIVE_BELOW}, positive above ${POSITIVE_ABOVE})`,
  '',
  '| locale | examples | accuracy | negative P / R | neutral P / R | positive P / R |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows(sentiment).map(([locale, m]) => {
    const pr = (label) => `${percent(m.classes[label].precision)} / ${percent(m.classes[label].recall)}`;
    return `| ${locale} | ${m.count} | ${percent(m.accuracy)} | ${pr('negative')} | ${pr('neutral')} | ${pr('positive')} |`;
  }),
];

const errors = [
  ...humanRequest.overall.errors.map((e) => `- human request, expected ${e.expected}: ${e.text}`),
  ...sentiment.overall.errors.map(
    (e) => `- sentiment, expected ${e.expected}, got ${e.actual} (${e.score.toFixed(2)}): ${e.text}`,
  ),
];
if (errors.length > 0) {
  lines.push('', '### Misses', '', ...errors);
}
console.log(lines.join('\n'));
