// The same 20-rule escalation policy in json-rules-engine and in a compiled Handoff playbook, decided over the
// same generated cases in one run: time per decision for each, the ratio, and whether they agree.
// Run: npm run build && node bench/decide-vs-rules-engine.js   (prints markdown)
import { Engine } from 'json-rules-engine';
import { compilePlaybook, parsePlaybook } from '../dist/index.js';
import { makeRandom } from './support/random.js';

const CASES = 4_000;
// Timed passes per engine; a Handoff pass is short, so it gets more of them (a multiple of rulesEngine).
const ROUNDS = { handoff: 21, rulesEngine: 7 };
const NOW = Date.parse('2026-11-20T10:00:00Z');

// Structured fields only: no keyword or text triggers, so both engines do the same kind of work. Each rule is
// written twice, once per engine; `action` is what firing it asks for.
const is = (fact, path, operator, value) => ({ fact, path: `$.${path}`, operator, value });
const policy = [
  {
    id: 'low-confidence',
    handoff: { kind: 'confidence', below: 0.35 },
    rules: { all: [is('ai', 'confidence', 'lessThan', 0.35)] },
  },
  {
    id: 'vip-customer',
    handoff: { kind: 'customer', tier: ['vip', 'platinum'] },
    rules: { all: [is('customer', 'tier', 'in', ['vip', 'platinum'])] },
  },
  {
    id: 'chargeback-or-fraud',
    handoff: { kind: 'flag', flags: ['chargeback', 'fraud'] },
    rules: {
      any: [
        { fact: 'flags', operator: 'contains', value: 'chargeback' },
        { fact: 'flags', operator: 'contains', value: 'fraud' },
      ],
    },
  },
  {
    id: 'legal-hold',
    handoff: { kind: 'flag', flags: ['legal_hold'] },
    rules: { all: [{ fact: 'flags', operator: 'contains', value: 'legal_hold' }] },
  },
  {
    id: 'very-negative',
    handoff: { kind: 'sentiment', below: -0.7 },
    rules: { all: [{ fact: 'sentiment', operator: 'lessThan', value: -0.7 }] },
  },
  {
    id: 'refund-without-order',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'task.type', equals: 'refund' }] },
        { kind: 'field', required: ['order_id'] },
      ],
    },
    rules: { all: [is('task', 'type', 'equal', 'refund'), is('fields', 'order_id', 'equal', null)] },
  },
  {
    id: 'big-refund',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'task.type', equals: 'refund' }] },
        { kind: 'field', where: [{ path: 'amount', gt: 500 }] },
      ],
    },
    rules: { all: [is('task', 'type', 'equal', 'refund'), is('fields', 'amount', 'greaterThan', 500)] },
  },
  {
    id: 'high-value-order',
    handoff: { kind: 'field', where: [{ path: 'amount', gte: 2000 }] },
    rules: { all: [is('fields', 'amount', 'greaterThanInclusive', 2000)] },
  },
  {
    id: 'risky-and-unsure',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'task.risk', in: ['high', 'critical'] }] },
        { kind: 'confidence', below: 0.85 },
      ],
    },
    rules: {
      all: [is('task', 'risk', 'in', ['high', 'critical']), is('ai', 'confidence', 'lessThan', 0.85)],
    },
  },
  {
    id: 'critical-task',
    action: 'require_approval',
    handoff: { kind: 'case', where: [{ path: 'task.risk', equals: 'critical' }] },
    rules: { all: [is('task', 'risk', 'equal', 'critical')] },
  },
  {
    id: 'gold-on-the-phone',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'channel', equals: 'phone' }] },
        { kind: 'customer', tier: ['gold'] },
      ],
    },
    rules: {
      all: [{ fact: 'channel', operator: 'equal', value: 'phone' }, is('customer', 'tier', 'equal', 'gold')],
    },
  },
  {
    id: 'unsupported-locale',
    handoff: { kind: 'case', where: [{ path: 'locale', not_in: ['en', 'tr'] }] },
    rules: { all: [{ fact: 'locale', operator: 'notIn', value: ['en', 'tr'] }] },
  },
  {
    id: 'many-open-tickets',
    handoff: { kind: 'customer', where: [{ path: 'open_tickets', gte: 3 }] },
    rules: { all: [is('customer', 'open_tickets', 'greaterThanInclusive', 3)] },
  },
  {
    id: 'new-account-big-order',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'customer', where: [{ path: 'account_age_days', lt: 30 }] },
        { kind: 'field', where: [{ path: 'amount', gt: 1000 }] },
      ],
    },
    rules: {
      all: [is('customer', 'account_age_days', 'lessThan', 30), is('fields', 'amount', 'greaterThan', 1000)],
    },
  },
  {
    id: 'ai-says-ambiguous',
    handoff: { kind: 'case', where: [{ path: 'ai.ambiguous', equals: true }] },
    rules: { all: [is('ai', 'ambiguous', 'equal', true)] },
  },
  {
    id: 'security-category',
    handoff: { kind: 'case', where: [{ path: 'ai.category', in: ['security', 'fraud'] }] },
    rules: { all: [is('ai', 'category', 'in', ['security', 'fraud'])] },
  },
  {
    id: 'serial-refunder',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'flag', flags: ['repeat_refund'] },
        { kind: 'customer', where: [{ path: 'lifetime_value', lt: 100 }] },
      ],
    },
    rules: {
      all: [
        { fact: 'flags', operator: 'contains', value: 'repeat_refund' },
        is('customer', 'lifetime_value', 'lessThan', 100),
      ],
    },
  },
  {
    id: 'data-protection',
    action: 'require_approval',
    handoff: {
      kind: 'any',
      of: [
        { kind: 'flag', flags: ['gdpr'] },
        { kind: 'case', where: [{ path: 'task.type', equals: 'data_deletion_request' }] },
      ],
    },
    rules: {
      any: [
        { fact: 'flags', operator: 'contains', value: 'gdpr' },
        is('task', 'type', 'equal', 'data_deletion_request'),
      ],
    },
  },
  {
    id: 'foreign-currency-refund',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'task.type', equals: 'refund' }] },
        { kind: 'field', where: [{ path: 'currency', not_in: ['TRY', 'EUR', 'USD'] }] },
      ],
    },
    rules: {
      all: [is('task', 'type', 'equal', 'refund'), is('fields', 'currency', 'notIn', ['TRY', 'EUR', 'USD'])],
    },
  },
  {
    id: 'high-risk-regular-customer',
    handoff: {
      kind: 'all',
      of: [
        { kind: 'case', where: [{ path: 'task.risk', equals: 'high' }] },
        { kind: 'not', of: { kind: 'customer', tier: ['gold', 'vip', 'platinum'] } },
      ],
    },
    rules: {
      all: [
        is('task', 'risk', 'equal', 'high'),
        is('customer', 'tier', 'notIn', ['gold', 'vip', 'platinum']),
      ],
    },
  },
];

const playbook = {
  handoff: 1,
  name: 'bench-20-rules',
  teams: [{ id: 'support', name: 'Support' }],
  tiers: [{ id: 'L1', name: 'Frontline' }],
  risk: {
    order: ['low', 'medium', 'high', 'critical'],
    default: 'low',
    levels: {
      low: { threshold: 0 },
      medium: { threshold: 0 },
      high: { threshold: 0 },
      critical: { threshold: 0 },
    },
  },
  priorities: { levels: ['low', 'normal', 'high'], default: 'normal' },
  triggers: policy.map((rule) => ({ id: rule.id, action: rule.action ?? 'escalate', ...rule.handoff })),
  default_route: { team: 'support', tier: 'L1' },
};

/** Cases with realistic spreads: most are routine, a minority trips one or more rules. */
function makeCases(count) {
  const random = makeRandom(20_261_120);
  // pick([[value, weight], …]) draws a value with probability proportional to its weight.
  const pick = (choices) => {
    let left = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) {
      left -= weight;
      if (left < 0) {
        return value;
      }
    }
    return choices[0][0];
  };
  const round = (value, digits) => Number(value.toFixed(digits));
  const exponential = (mean) => -Math.log(1 - random()) * mean;
  const flagRates = { chargeback: 0.02, fraud: 0.02, legal_hold: 0.02, gdpr: 0.01, repeat_refund: 0.03 };
  return Array.from({ length: count }, (_, index) => ({
    id: `case-${index}`,
    turn: 1 + Math.floor(random() * 8),
    channel: pick([
      ['chat', 60],
      ['email', 20],
      ['phone', 10],
      ['whatsapp', 10],
    ]),
    locale: pick([
      ['en', 50],
      ['tr', 45],
      ['de', 5],
    ]),
    task: {
      type: pick([
        ['order_status', 35],
        ['product_question', 20],
        ['refund', 20],
        ['address_change', 14],
        ['payment_issue', 10],
        ['data_deletion_request', 1],
      ]),
      risk: pick([
        ['low', 50],
        ['medium', 38],
        ['high', 10],
        ['critical', 2],
      ]),
    },
    ai: {
      confidence: round(random() < 0.1 ? random() : 0.7 + 0.3 * random(), 3),
      intent: pick([
        ['order_status', 40],
        ['refund_request', 25],
        ['complaint', 20],
        ['cancel', 15],
      ]),
      category: pick([
        ['billing', 30],
        ['shipping', 35],
        ['technical', 16],
        ['account', 15],
        ['security', 2],
        ['fraud', 2],
      ]),
      ambiguous: random() < 0.03,
    },
    customer: {
      id: `C-${Math.floor(random() * 2_000)}`,
      tier: pick([
        ['free', 40],
        ['standard', 40],
        ['gold', 15],
        ['vip', 4],
        ['platinum', 1],
      ]),
      open_tickets: pick([
        [0, 60],
        [1, 25],
        [2, 10],
        [3, 4],
        [4, 1],
      ]),
      lifetime_value: Math.round(exponential(800)),
      account_age_days: Math.floor(random() * 1_500),
    },
    sentiment: round(random() < 0.2 ? -random() : 1.3 * random() - 0.3, 2),
    fields: {
      order_id: random() < 0.9 ? `A-${Math.floor(random() * 1e6)}` : null,
      amount: round(exponential(400), 2),
      currency: pick([
        ['TRY', 45],
        ['EUR', 30],
        ['USD', 20],
        ['GBP', 5],
      ]),
    },
    flags: Object.entries(flagRates)
      .filter(([, rate]) => random() < rate)
      .map(([flag]) => flag),
  }));
}

function makeRulesEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of policy) {
    engine.addRule({
      name: rule.id,
      conditions: rule.rules,
      event: { type: rule.action ?? 'escalate', params: { rule: rule.id } },
    });
  }
  return engine;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** µs per decision of one pass over every case. */
async function timePass(pass) {
  const started = process.hrtime.bigint();
  await pass();
  return Number(process.hrtime.bigint() - started) / 1_000 / CASES;
}

const actionOf = (fired) =>
  fired.some((entry) => entry.action === 'escalate')
    ? 'escalate'
    : fired.length > 0
      ? 'require_approval'
      : 'continue';
const sameRules = (a, b) => a.length === b.length && a.every((id, index) => id === b[index]);

const cases = makeCases(CASES);
const decider = compilePlaybook(parsePlaybook(JSON.stringify(playbook), 'bench-20-rules'));
const engine = makeRulesEngine();

// Agreement first: what each engine decides for every case, rule by rule.
let sameAction = 0;
let sameFired = 0;
let escalated = 0;
const disagreements = [];
for (const item of cases) {
  const decision = decider.decide(item, NOW);
  const { events } = await engine.run(item);
  const byEngine = events.map((event) => ({ id: event.params.rule, action: event.type }));
  const engineAction = actionOf(byEngine);
  const engineRules = byEngine.map((entry) => entry.id).sort();
  const handoffRules = decision.reasons.map((reason) => reason.trigger).sort();
  sameAction += decision.action === engineAction ? 1 : 0;
  escalated += engineAction === 'escalate' ? 1 : 0;
  if (sameRules(engineRules, handoffRules)) {
    sameFired += 1;
  } else if (disagreements.length < 5) {
    disagreements.push(
      `${item.id}: json-rules-engine ${engineRules.join(',')} / Handoff ${handoffRules.join(',')}`,
    );
  }
}

const handoffPass = () => {
  for (const item of cases) {
    decider.decide(item, NOW);
  }
};
const rulesEnginePass = async () => {
  for (const item of cases) {
    await engine.run(item);
  }
};
// Warm up both, then interleave the timed passes so that both engines see the same machine conditions.
handoffPass();
await rulesEnginePass();
const timings = { handoff: [], rulesEngine: [] };
for (let round = 0; round < ROUNDS.rulesEngine; round += 1) {
  for (let pass = 0; pass < ROUNDS.handoff / ROUNDS.rulesEngine; pass += 1) {
    timings.handoff.push(await timePass(handoffPass));
  }
  timings.rulesEngine.push(await timePass(rulesEnginePass));
}
const handoffUs = median(timings.handoff);
const rulesEngineUs = median(timings.rulesEngine);
const ratio = rulesEngineUs / handoffUs;

const lines = [
  `### Handoff vs json-rules-engine: the same ${policy.length}-rule policy`,
  '',
  `${CASES} generated cases (structured fields only), decided by both engines in one process; median of ` +
    `${ROUNDS.handoff} (Handoff) and ${ROUNDS.rulesEngine} (json-rules-engine) timed passes, interleaved, after a warm-up pass of each.`,
  '',
  '| engine | µs per decision | decisions per second |',
  '| --- | ---: | ---: |',
  `| Handoff \`decide\` (compiled playbook) | ${handoffUs.toFixed(2)} | ${Math.round(1e6 / handoffUs).toLocaleString('en-US')} |`,
  `| json-rules-engine \`engine.run\` | ${rulesEngineUs.toFixed(2)} | ${Math.round(1e6 / rulesEngineUs).toLocaleString('en-US')} |`,
  '',
  `Handoff is **${ratio.toFixed(1)}×** faster per decision (target: at least 50×${ratio >= 50 ? ', met' : ', NOT met'}).`,
  '',
  `Agreement: the same action on ${sameAction}/${CASES} cases, the same fired rules on ${sameFired}/${CASES}; ` +
    `${escalated} cases (${((escalated / CASES) * 100).toFixed(1)} %) escalate.`,
  ...(disagreements.length > 0
    ? ['', 'First disagreements:', '', ...disagreements.map((text) => `- ${text}`)]
    : []),
];
console.log(lines.join('\n'));
if (sameFired !== CASES) {
  process.exitCode = 1;
}
