import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../decide/compile-playbook.js';
import { parsePlaybook } from '../playbook/parse-playbook.js';
import { validYaml } from '../playbook/__fixtures__/playbook-yaml.js';
import { formatDrill } from './format-drill.js';
import { type DrillInput, drillCounterStore, runDrill } from './run-drill.js';

const now = Date.UTC(2026, 10, 20, 10);
const version = (yaml: string, name: string, number: number | null = null) => ({
  name,
  version: number,
  decider: compilePlaybook(parsePlaybook(yaml, name)),
});
const active = version(validYaml, 'active', 3);
// The candidate also hands over when the AI is unsure, and routes cancellations to support instead of billing.
const candidate = version(
  validYaml
    .replace('  - id: cancel\n', '  - id: low-confidence\n    kind: confidence\n  - id: cancel\n')
    .replace('    team: billing\ndefault_route', '    team: support\ndefault_route'),
  'candidate.yaml',
);

const say = (text: string) => [{ role: 'customer', text }];
const cases: DrillInput[] = [
  {
    line: 1,
    value: {
      id: 'a',
      ai: { confidence: 0.95 },
      conversation: say('where is my parcel'),
      outcome: 'resolved_by_ai',
    },
  },
  {
    line: 2,
    value: {
      id: 'b',
      ai: { confidence: 0.4 },
      conversation: say('where is my parcel'),
      outcome: 'escalated_later',
    },
  },
  {
    line: 3,
    value: {
      id: 'c',
      ai: { confidence: 0.9 },
      conversation: say('please cancel my order'),
      outcome: 'false_escalation',
    },
  },
  {
    line: 4,
    value: {
      id: 'd',
      ai: { confidence: 0.9 },
      conversation: say('I want to talk to a human'),
      outcome: 'resolved',
    },
  },
  { line: 5, value: { id: 'e', ai: { confidence: 0.3 }, conversation: say('thanks') } },
  { line: 6, error: 'not valid JSON (Unexpected token)' },
  { line: 7, value: { turn: 2 } },
];

describe('runDrill', () => {
  it('counts actions, triggers, routes and priorities, and reads the outcomes', () => {
    const report = runDrill(active, cases, { now });
    expect(report.summary).toMatchObject({
      cases: 7,
      decided: 5,
      actions: { continue: 3, escalate: 2, require_approval: 0 },
      byTrigger: { 'asks-for-human': 1, cancel: 1 },
      byRoute: { billing: 1, 'support/L1': 1 },
      byPriority: { high: 1, normal: 1 },
    });
    expect(report.summary.escalationRate).toBeCloseTo(2 / 5, 10);
    const { outcomes } = report.summary;
    expect(outcomes.known).toBe(4);
    expect(outcomes.missed).toMatchObject({ count: 1, rate: 0.5 });
    expect(outcomes.missed.examples.map((e) => e.id)).toEqual(['b']);
    expect(outcomes.needless.examples.map((e) => [e.id, e.outcome])).toEqual([['c', 'false_escalation']]);
    expect(report.failures.count).toBe(2);
    expect(report.failures.first[0]).toEqual({ line: 6, message: 'not valid JSON (Unexpected token)' });
    expect(report.failures.first[1]?.line).toBe(7);
    expect(report.failures.first[1]?.message).toMatch(/^invalid case: id/);
    expect(report.diff).toBeNull();
  });

  it('against another version: which cases change action, route or priority', () => {
    const report = runDrill(candidate, cases, { now, against: active });
    expect(report.against).toEqual({ name: 'active', version: 3 });
    const diff = report.diff;
    expect(diff).toMatchObject({ compared: 5, changed: 3, action: 2, route: 3 });
    expect(diff?.actionChanges).toEqual({ 'continue→escalate': 2 });
    expect(diff?.examples.map((e) => [e.id, e.changed])).toEqual([
      ['b', ['action', 'route', 'priority']],
      ['c', ['route']],
      ['e', ['action', 'route', 'priority']],
    ]);
    expect(diff?.examples[1]?.before.route).toBe('billing');
    expect(diff?.examples[1]?.after.route).toBe('support');
    // The candidate no longer misses b.
    expect(report.summary.outcomes.missed.count).toBe(0);
    expect(diff?.before.outcomes.missed.count).toBe(1);
    expect(diff?.priority).toBe(2);
  });

  it('reports progress and formats as Markdown and a table', () => {
    const seen: number[] = [];
    const report = runDrill(candidate, cases, {
      now,
      against: active,
      onProgress: (n) => seen.push(n),
      progressEvery: 3,
    });
    expect(seen).toEqual([3, 6, 7]);
    const markdown = formatDrill(report, 'markdown');
    expect(markdown).toContain('## Drill of candidate.yaml');
    expect(markdown).toContain('| escalation rate | 80.0 % |');
    expect(markdown).toContain('## Against active v3');
    expect(markdown).toContain(
      '| c | 3 | route | escalate → billing (normal) | escalate → support (normal) |',
    );
    expect(markdown).toContain('## 2 case(s) could not be decided');
    const table = formatDrill(report, 'table');
    expect(table).toMatch(/^escalation rate +80\.0 %$/m);
    expect(JSON.parse(formatDrill(report, 'json'))).toEqual(report);
  });
});

describe('drillCounterStore', () => {
  it('never forgets a key, however many others come between (threads see keys in other orders)', () => {
    const store = drillCounterStore();
    const day = 86_400_000;
    store.record('repeat', 'K', 'case-0', now, day);
    for (let other = 0; other <= 100_001; other += 1) {
      store.record('repeat', `C-${other}`, `other-${other}`, now + 1, day);
    }
    expect(store.record('repeat', 'K', 'case-1', now + 2, day)).toBe(2);
  });
});
