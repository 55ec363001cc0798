// The escalation matrix: each tier's triggers, routes, teams, owners and SLA targets, from a parsed playbook.
import { describe, expect, it } from 'vitest';
import { validYaml } from './__fixtures__/playbook-yaml.js';
import { describeCondition, escalationMatrix } from './escalation-matrix.js';
import { parsePlaybook } from './parse-playbook.js';

const yaml = `${validYaml
  .replace(
    '  - id: cancel\n    kind: keyword\n    keywords: [cancel]\n',
    `  - id: cancel
    kind: keyword
    keywords: { en: [cancel], tr: [iptal] }
  - id: unsure
    kind: confidence
  - id: legal
    kind: keyword
    keywords: [lawyer]
    action: require_approval
    priority: urgent
    route: { team: support, tier: L2 }
  - id: off
    kind: flag
    flags: [x]
    enabled: false
`,
  )
  .replace('  - id: billing\n    name: Billing\n', '  - id: billing\n    name: Billing\n    lead: bora\n')
  .replace('people:\n', 'people:\n  - { id: cem, name: Cem, teams: [support], tier: L2 }\n')}sla:
  policies:
    - id: urgent-l2
      when: { tier: [L2], priority: [urgent] }
      first_response: 15m
      resolution: 4h
    - id: everyone
      first_response: 1h
`;

describe('escalationMatrix', () => {
  const matrix = escalationMatrix(parsePlaybook(yaml));

  it('has a row per tier, lowest first, and a row for routes that name no tier', () => {
    expect(matrix.tiers.map((tier) => [tier.id, tier.name, tier.next])).toEqual([
      ['L1', 'Frontline', 'L2'],
      ['L2', 'Specialists', null],
      [null, '', null],
    ]);
  });

  it('puts each enabled trigger at the tier its escalations land on, saying how', () => {
    const [l1, l2, tierless] = matrix.tiers;
    expect(l1?.triggers.map((trigger) => [trigger.id, trigger.team, trigger.via])).toEqual([
      ['asks-for-human', 'support', 'default'],
      ['unsure', 'support', 'default'],
    ]);
    expect(l2?.triggers).toEqual([
      {
        id: 'legal',
        kind: 'keyword',
        condition: 'lawyer',
        action: 'require_approval',
        priority: 'urgent',
        team: 'support',
        via: 'trigger',
      },
    ]);
    // The route for "cancel" names no tier.
    expect(tierless?.triggers.map((trigger) => [trigger.id, trigger.condition, trigger.via])).toEqual([
      ['cancel', 'cancel, iptal', 'route'],
    ]);
    expect(tierless?.routes).toEqual([{ id: null, when: ['trigger: cancel'], team: 'billing' }]);
    expect(matrix.tiers.flatMap((tier) => tier.triggers).some((trigger) => trigger.id === 'off')).toBe(false);
  });

  it('puts a trigger that several routes name at each of their tiers, naming the route', () => {
    const twice = escalationMatrix(
      parsePlaybook(
        yaml.replace(
          'routes:\n',
          'routes:\n  - { id: gold-cancel, when: { trigger: [cancel], customer_tier: [gold] }, team: support, tier: L2 }\n',
        ),
      ),
    );
    expect(
      twice.tiers.flatMap((tier) =>
        tier.triggers
          .filter((trigger) => trigger.id === 'cancel')
          .map((trigger) => [tier.id, trigger.team, trigger.route]),
      ),
    ).toEqual([
      ['L2', 'support', 'gold-cancel'],
      [null, 'billing', undefined],
    ]);
  });

  it('names the teams and owners of each tier, leads marked, and the SLA targets that apply there', () => {
    const [l1, l2, tierless] = matrix.tiers;
    expect(l1?.teams).toEqual(['support']);
    expect(l1?.owners).toEqual([{ id: 'ayse', name: 'Ayşe', teams: ['support'], isLead: false }]);
    expect(l2?.owners).toEqual([{ id: 'cem', name: 'Cem', teams: ['support'], isLead: false }]);
    expect(tierless?.owners).toEqual([{ id: 'bora', name: 'Bora', teams: ['billing'], isLead: true }]);
    expect(l1?.sla.map((sla) => sla.policy)).toEqual(['everyone']);
    expect(l2?.sla[0]).toEqual({
      policy: 'urgent-l2',
      when: ['priority: urgent'],
      targets: { first_response: '15m', resolution: '4h' },
      calendar: null,
    });
  });

  it('lists the risk levels with their thresholds and tasks', () => {
    expect(matrix.risk).toEqual([
      { level: 'low', threshold: 0.6, requiresApproval: false, tasks: [] },
      { level: 'medium', threshold: 0.8, requiresApproval: false, tasks: ['refund'] },
    ]);
  });

  it('says every kind of condition in a few words', () => {
    expect(describeCondition({ kind: 'confidence', below: 0.6 })).toBe('below 0.6');
    expect(describeCondition({ kind: 'sentiment', falling: { turns: 3, by: 0.5 } })).toBe(
      'falling 0.5 in 3 turns',
    );
    expect(describeCondition({ kind: 'frequency', key: 'customer.id', count: 3, within: '1d' })).toBe(
      '3 × customer.id in 1d',
    );
    expect(
      describeCondition({ kind: 'any', of: [{ kind: 'flag', flags: ['a'] }, { kind: 'human_request' }] }),
    ).toBe('any of flag, human_request');
  });
});
