import { describe, expect, it } from 'vitest';
import { escalationMatrix, formatEscalationMatrix } from './escalation-matrix.js';
import { parsePlaybook } from './parse-playbook.js';

const playbook = parsePlaybook(
  `
handoff: 1
name: matrix
teams: [{ id: support, name: Support }, { id: legal, name: Legal }]
tiers:
  - { id: L1, name: First line, handles: "how-to | orders", criteria: needs a refund, next: L2 }
  - { id: L2, name: Specialists }
risk:
  order: [low, high]
  default: low
  levels: { low: { threshold: 0.6 }, high: { threshold: 0.9, require_approval: true } }
priorities: { levels: [normal, urgent], default: normal }
triggers:
  - { id: asks-for-human, kind: human_request, description: the customer asks for a person, priority: urgent }
  - { id: legal-words, kind: keyword, keywords: [lawyer, avukat], route: { team: legal, tier: L2 }, action: require_approval }
  - { id: low-confidence, kind: confidence }
  - { id: switched-off, kind: flag, flags: [x], enabled: false }
default_route: { team: support, tier: L1 }
`,
  'matrix.yaml',
);

describe('escalationMatrix', () => {
  it('has one row per enabled trigger: condition, action, priority and route, or who decides them', () => {
    expect(escalationMatrix(playbook).rows).toEqual([
      {
        trigger: 'asks-for-human',
        kind: 'human_request',
        condition: 'the customer asks for a person',
        action: 'escalate',
        priority: 'urgent',
        team: null,
        tier: null,
      },
      {
        trigger: 'legal-words',
        kind: 'keyword',
        condition: '{"keywords":["lawyer","avukat"]}',
        action: 'require_approval',
        priority: null,
        team: 'legal',
        tier: 'L2',
      },
      {
        trigger: 'low-confidence',
        kind: 'confidence',
        condition: '(defaults)',
        action: 'escalate',
        priority: null,
        team: null,
        tier: null,
      },
    ]);
  });

  it('lists the tiers and the thresholds by risk in order', () => {
    const matrix = escalationMatrix(playbook);
    expect(matrix.tiers.map((tier) => [tier.id, tier.next])).toEqual([
      ['L1', 'L2'],
      ['L2', null],
    ]);
    expect(matrix.risks).toEqual([
      { level: 'low', threshold: 0.6, requireApproval: false },
      { level: 'high', threshold: 0.9, requireApproval: true },
    ]);
    expect(matrix.defaultRoute).toEqual({ team: 'support', tier: 'L1' });
  });

  it('formats as Markdown tables, with | in a cell escaped', () => {
    const text = formatEscalationMatrix(escalationMatrix(playbook));
    expect(text).toContain(
      '| legal-words | keyword | {"keywords":["lawyer","avukat"]} | require_approval | by priority rules | legal | L2 |',
    );
    expect(text).toContain(
      '| asks-for-human | human_request | the customer asks for a person | escalate | urgent | by routes | — |',
    );
    expect(text).toContain('how-to \\| orders');
    expect(text).toContain('| high | 0.9 | always |');
    expect(text).toContain('Anything no route matches goes to support / L1.');
    expect(text).not.toContain('switched-off');
  });
});
