// How long a playbook at the size limits takes to check and compile: both run on the event loop of every node
// that activates the version, so the limits (256 KiB of YAML, 10,000 keywords and patterns) bound that stall.
// Run: npm run build && node bench/playbook-size.js   (prints markdown)
import { stringify } from 'yaml';
import { compilePlaybook, loadTemplate, parsePlaybook } from '../dist/index.js';

const ROUNDS = 9;
const KEYWORDS = 9_900; // with the template's own, just under the 10,000 allowed
const LIMIT = 262_144;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const template = loadTemplate('customer-support');
const keywords = Array.from({ length: KEYWORDS }, (_, index) => `phrase ${index}`);
let yaml = stringify(
  { ...template, triggers: [...template.triggers, { id: 'many', kind: 'keyword', keywords }] },
  { flowCollectionPadding: false },
);
// Fill up to just under the limit with comments, as long descriptions would.
const filler = `# ${'x'.repeat(98)}\n`;
yaml += filler.repeat(Math.floor((LIMIT - yaml.length - 1) / filler.length));

/** Median ms to check and to compile `text`, after two warm-up rounds. */
function measure(text) {
  const parse = [];
  const compile = [];
  for (let round = 0; round < ROUNDS + 2; round += 1) {
    let started = performance.now();
    const playbook = parsePlaybook(text);
    const parsed = performance.now() - started;
    started = performance.now();
    compilePlaybook(playbook);
    const compiled = performance.now() - started;
    if (round >= 2) {
      parse.push(parsed);
      compile.push(compiled);
    }
  }
  return [median(parse), median(compile)];
}

const templateYaml = stringify(template);
const rows = [
  ['the customer-support template', templateYaml],
  ['at the limits', yaml],
].map(([label, text]) => {
  const [p, c] = measure(text);
  return `| ${label} | ${text.length.toLocaleString('en-US')} | ${p.toFixed(0)} | ${c.toFixed(0)} | ${(p + c).toFixed(0)} |`;
});

console.log(
  [
    '### A playbook at the size limits',
    '',
    `The customer-support template plus one keyword trigger of ${KEYWORDS.toLocaleString('en-US')} keywords, filled ` +
      `with comments to ${yaml.length.toLocaleString('en-US')} characters (the limit is ${LIMIT.toLocaleString('en-US')}). ` +
      `Median of ${ROUNDS} rounds after two warm-up rounds; a node does both when a version becomes active, and ` +
      'serves nothing else meanwhile.',
    '',
    '| playbook | characters | check ms (`parsePlaybook`: YAML, schema, references, patterns) | compile ms (`compilePlaybook`) | together ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
