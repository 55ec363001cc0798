// A digest of everything the text signals say, to show a speed change altered no result: every line of
// data/signals/*.jsonl through each detector (fold, tokens, clauses, locale, human request with and without a
// locale, the model's reading, sentiment, frustration cues, PII and its redaction), then whole decisions of the
// customer-support template over the drill bench's 100,000 varied cases (as drill-throughput.js makes them,
// once with their locale tag and once without, so detection runs) and the text-signals bench's conversations.
// Run: npm run build && node bench/support/signals-digest.js [BUILD_DIR]   (BUILD_DIR: another built checkout)
// Prints one sha256 per part and one over all; the same build always prints the same figures.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRandom } from './random.js';

const root = resolve(process.argv[2] ?? new URL('../..', import.meta.url).pathname);
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { compilePlaybook, loadTemplate } = await load('index.js');
const normalise = await load('core/signals/normalise.js');
const { detectLocale } = await load('core/signals/detect-locale.js');
const { detectHumanRequest } = await load('core/signals/human-request.js');
const { readWithModel } = await load('core/signals/human-request-model.js');
const { scoreSentiment, scoreConversation } = await load('core/signals/sentiment.js');
const { findFrustrationCues } = await load('core/signals/frustration.js');
const { findPii, redactPii } = await load('core/signals/pii.js');
const { clauseTokens } = await load('core/signals/keyword-negation.js');

const dataDir = new URL('../../data/signals/', import.meta.url);
const files = readdirSync(dataDir)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
const texts = { en: [], tr: [] };
const rows = [];
for (const name of files) {
  for (const line of readFileSync(new URL(name, dataDir), 'utf8').split('\n')) {
    if (line.trim() !== '') {
      const { text, locale } = JSON.parse(line);
      rows.push({ text, locale });
    }
  }
}
// The drill bench's pools: the same five files in its order.
for (const name of [
  'human-request-train',
  'human-request-dev',
  'human-request-heldout',
  'sentiment-dev',
  'sentiment-heldout',
]) {
  for (const line of readFileSync(new URL(`${name}.jsonl`, dataDir), 'utf8').split('\n')) {
    if (line.trim() !== '') {
      const { text, locale } = JSON.parse(line);
      texts[locale === 'tr' ? 'tr' : 'en'].push(text);
    }
  }
}

const all = createHash('sha256');
const parts = [];
function part(name, run) {
  const hash = createHash('sha256');
  let count = 0;
  const add = (value) => {
    hash.update(JSON.stringify(value) ?? 'undefined');
    hash.update('\n');
    count += 1;
  };
  run(add);
  const digest = hash.digest('hex');
  all.update(`${name} ${digest}\n`);
  parts.push(`${digest.slice(0, 16)}  ${String(count).padStart(7)}  ${name}`);
}

part('data lines: each detector', (add) => {
  for (const { text, locale } of rows) {
    const folded = normalise.foldText(text);
    const tokens = normalise.tokenize(text);
    add([
      folded,
      tokens,
      normalise.tokenizeClauses(text),
      normalise.splitFoldedClauses(folded, false),
      normalise.splitFoldedClauses(folded, true),
      clauseTokens(text),
      detectLocale(text),
    ]);
    add([
      detectHumanRequest(text, locale),
      detectHumanRequest(text),
      readWithModel(folded, locale === 'tr' ? 'tr' : 'en'),
      scoreSentiment(text, locale),
      scoreSentiment(text),
      findFrustrationCues(text, tokens),
      findPii(text),
      redactPii(text),
    ]);
  }
});

part('data lines: conversations of five', (add) => {
  for (let index = 0; index + 5 <= rows.length; index += 5) {
    const messages = rows.slice(index, index + 5).map(({ text }, at) => ({
      role: at % 2 === 0 ? 'customer' : 'ai',
      text,
    }));
    const locale = rows[index].locale;
    add([scoreConversation(messages, locale), scoreConversation(messages)]);
    // The same complaint twice in a row, for the repeated-complaint reading.
    add(scoreConversation([messages[0], { role: 'customer', text: `still ${messages[0].text}` }], locale));
  }
});

const NOW = Date.parse('2026-11-20T10:00:00Z');
const samples = readFileSync(new URL('../../examples/past-cases.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const random = makeRandom(4_122_026);
const pick = (list) => list[Math.floor(random() * list.length)];
const outcomes = ['resolved_by_ai', 'resolved_by_ai', 'resolved', 'escalated_later', 'false_escalation'];
const drillCases = Array.from({ length: 100_000 }, (_, index) => {
  const sample = samples[index % samples.length];
  const pool = texts[sample.locale === 'tr' ? 'tr' : 'en'];
  const conversation = sample.conversation.map((message, at, list) =>
    message.role === 'customer' || message.role === 'user'
      ? {
          ...message,
          text: at === list.length - 1 && random() < 0.5 ? `${pick(pool)} ${pick(pool)}` : pick(pool),
        }
      : message,
  );
  return {
    ...sample,
    id: `drill-${index}`,
    ai: { ...sample.ai, confidence: Number((0.5 + 0.5 * random()).toFixed(3)) },
    customer: { ...sample.customer, id: `C-${Math.floor(random() * 50_000)}` },
    conversation,
    outcome: outcomes[Math.floor(random() * outcomes.length)],
  };
});

part('drill cases: decisions', (add) => {
  const decider = compilePlaybook(loadTemplate('customer-support'));
  for (const item of drillCases) {
    add(decider.decide(item, NOW));
  }
});

part('drill cases without locale: decisions', (add) => {
  const decider = compilePlaybook(loadTemplate('customer-support'));
  for (const item of drillCases) {
    const { locale: _locale, ...rest } = item;
    add(decider.decide(rest, NOW));
  }
});

part('text-signals bench: decisions', (add) => {
  // The bench's own conversations are made when it runs; its lines are re-read from its source here.
  const source = readFileSync(new URL('../text-signals-throughput.js', import.meta.url), 'utf8');
  const quoted = [...source.matchAll(/^\s+(['"])(.*)\1,$/gm)].map((match) => match[2].replace(/\\'/g, "'"));
  const decider = compilePlaybook(loadTemplate('customer-support'));
  for (let index = 0; index + 10 <= quoted.length; index += 1) {
    const conversation = quoted
      .slice(index, index + 10)
      .map((text, at) => ({ role: at % 2 === 0 ? 'customer' : 'ai', text }));
    add(decider.decide({ id: `bench-${index}`, turn: 5, ai: { confidence: 0.8 }, conversation }, NOW));
  }
});

console.log(parts.join('\n'));
console.log(`${all.digest('hex')}  all (${root})`);
