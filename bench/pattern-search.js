// Playbook patterns on long, hostile messages: JavaScript's backtracking RegExp against the linear-time engine
// Handoff runs them on, how the work grows when the text doubles, and whole decisions on a 100,000-character
// message. Run: npm run build && node bench/pattern-search.js   (prints markdown)
import { compilePlaybook, loadTemplate } from '../dist/index.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
// The shapes that once froze the server (quadratic when searched unanchored), and two exponential ones.
const PATTERNS = ['.*x', '\\w+@', '[a-z]+\\d', '[^x]*x', '(a+)+b', '(a|aa)+b'];
const EXPONENTIAL = new Set(['(a+)+b', '(a|aa)+b']);
const SIZES = [5_000, 10_000, 20_000];
const BIG = 100_000;

/** Milliseconds of one call: the fastest of several batches long enough to time (the least disturbed by others). */
function time(run, batches = 9) {
  let repeat = 1;
  for (;;) {
    const started = performance.now();
    for (let i = 0; i < repeat; i += 1) {
      run();
    }
    if (performance.now() - started > 50 || repeat >= 4_096) {
      break;
    }
    repeat *= 4;
  }
  const perCall = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const started = performance.now();
    for (let i = 0; i < repeat; i += 1) {
      run();
    }
    perCall.push((performance.now() - started) / repeat);
  }
  return Math.min(...perCall);
}

const template = loadTemplate('customer-support');
const onePattern = (pattern) =>
  compilePlaybook({ ...template, triggers: [{ id: 'p', kind: 'keyword', patterns: [pattern] }] });
const message = (text) => ({ id: 'c1', conversation: [{ role: 'customer', text }] });
const ms = (value) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

const rows = [];
for (const pattern of PATTERNS) {
  const native = new RegExp(pattern, 'iu');
  const nativeTimes = EXPONENTIAL.has(pattern)
    ? null
    : [5_000, 10_000].map((size) => time(() => native.test('a'.repeat(size)), 3));
  const decider = onePattern(pattern);
  const handoff = [...SIZES, BIG].map((size) => {
    const input = message('a'.repeat(size));
    return time(() => decider.decide(input, NOW));
  });
  const ratios = SIZES.slice(1).map((_, index) => (handoff[index + 1] / handoff[index]).toFixed(2));
  rows.push(
    `| \`${pattern.replaceAll('|', '\\|')}\` | ${
      nativeTimes === null
        ? 'never finishes (exponential)'
        : `${ms(nativeTimes[0])} → ${ms(nativeTimes[1])} (×${(nativeTimes[1] / nativeTimes[0]).toFixed(1)})`
    } | ${handoff.slice(0, SIZES.length).map(ms).join(' → ')} (×${ratios.join(', ×')}) | ${ms(handoff[SIZES.length])} |`,
  );
}

const prose = 'I ordered a blue jacket last week and the tracking page has not changed since Monday. ';
const longProse = prose.repeat(Math.ceil(BIG / prose.length)).slice(0, BIG);
const withPatterns = compilePlaybook({
  ...template,
  triggers: [...template.triggers, { id: 'patterns', kind: 'keyword', patterns: PATTERNS }],
});
const plain = compilePlaybook(template);
const whole = [
  ['customer-support template', plain, longProse],
  ['template + the six patterns above', withPatterns, longProse],
  ['template + the six patterns above', withPatterns, 'a'.repeat(BIG)],
].map(([label, decider, text]) => {
  const input = message(text);
  return `| ${label} | ${text === longProse ? 'English prose' : '"aaa…a"'} | ${ms(time(() => decider.decide(input, NOW), 5))} |`;
});

console.log(
  [
    '### Playbook patterns on long messages (linear-time engine)',
    '',
    'Each pattern alone in a keyword trigger of the customer-support template, decided on a customer message of ' +
      `"a" repeated (no match, the worst case for a backtracking search). JavaScript's own \`RegExp.test\` on the ` +
      'same text for comparison. Ms per call (fastest of 9 timed batches); the ratio is the growth when the text doubles (2 = linear, ' +
      `4 = quadratic). A pattern sees at most the first 20,000 characters of a message, so ${BIG.toLocaleString('en-US')} ` +
      'characters cost what 20,000 do.',
    '',
    `| pattern | JavaScript RegExp, 5,000 → 10,000 chars (ms) | Handoff decide, ${SIZES.map((s) => s.toLocaleString('en-US')).join(' → ')} chars (ms) | Handoff decide, ${BIG.toLocaleString('en-US')} chars (ms) |`,
    '| --- | --- | --- | ---: |',
    ...rows,
    '',
    `Whole decisions on one ${BIG.toLocaleString('en-US')}-character customer message (ms, fastest of 5 batches):`,
    '',
    '| playbook | message | ms per decision |',
    '| --- | --- | ---: |',
    ...whole,
  ].join('\n'),
);
