import { describe, expect, it } from 'vitest';
import { compileApprovalRules } from '../playbook-runtime/approval-rules.js';
import { compilePlaybook } from './compile-playbook.js';
import { NOW, playbookWith } from './__fixtures__/playbook.js';

const decider = compilePlaybook(
  playbookWith([{ id: 'low-confidence', kind: 'confidence' }], {
    routes: [
      {
        id: 'erp',
        when: { where: [{ path: 'fields.affected_system', in: ['erp', 'sap'] }] },
        team: 'billing',
        tier: 'L2',
      },
      {
        id: 'big-legal',
        when: { category: ['legal'], where: [{ path: 'fields.amount', gte: 1000 }] },
        team: 'legal',
      },
    ],
    priorities: {
      levels: ['low', 'normal', 'high', 'urgent'],
      default: 'low',
      rules: [
        {
          when: {
            where: [
              { path: 'fields.impact', equals: 'high' },
              { path: 'fields.urgency', equals: 'high' },
            ],
          },
          at_least: 'urgent',
        },
        {
          when: {
            where: [
              { path: 'fields.impact', in: ['high', 'medium'] },
              { path: 'fields.urgency', equals: 'medium' },
            ],
          },
          at_least: 'normal',
        },
      ],
    },
  }),
);

const unsure = (fields: Record<string, unknown>, ai: Record<string, unknown> = {}) =>
  decider.decide({ id: 'c', ai: { confidence: 0.1, ...ai }, fields }, NOW);

describe('routes with where', () => {
  it('route by a case field, without regard to case', () => {
    expect(unsure({ affected_system: 'SAP' }).route).toEqual({ team: 'billing', tier: 'L2', rule: 'erp' });
  });

  it('a field that is missing, or has another value, falls through to the default route', () => {
    expect(unsure({}).route?.rule).toBe('default');
    expect(unsure({ affected_system: 'vpn' }).route?.rule).toBe('default');
  });

  it('where and the other keys must all hold; a numeric string counts as its number', () => {
    expect(unsure({ amount: '1500' }, { category: 'legal' }).route?.rule).toBe('big-legal');
    expect(unsure({ amount: 500 }, { category: 'legal' }).route?.rule).toBe('default');
    expect(unsure({ amount: 1500 }, { category: 'billing' }).route?.rule).toBe('default');
  });

  it('never reads inherited properties', () => {
    const decision = compilePlaybook(
      playbookWith([{ id: 'low-confidence', kind: 'confidence' }], {
        routes: [{ when: { where: [{ path: 'fields.constructor', exists: true }] }, team: 'legal' }],
      }),
    ).decide({ id: 'c', ai: { confidence: 0.1 }, fields: {} }, NOW);
    expect(decision.route?.rule).toBe('default');
  });
});

describe('priority rules with where', () => {
  it('every test of the rule must hold', () => {
    expect(unsure({ impact: 'high', urgency: 'high' }).priority).toBe('urgent');
    expect(unsure({ impact: 'high', urgency: 'low' }).priority).toBe('low');
    expect(unsure({ impact: 'low', urgency: 'high' }).priority).toBe('low');
  });

  it('a list matches any of its values', () => {
    expect(unsure({ impact: 'medium', urgency: 'medium' }).priority).toBe('normal');
    expect(unsure({ impact: 'High', urgency: 'Medium' }).priority).toBe('normal');
    expect(unsure({ impact: 'low', urgency: 'medium' }).priority).toBe('low');
  });

  it('a case without the fields matches no rule', () => {
    expect(unsure({}).priority).toBe('low');
  });
});

describe('approval rules with where', () => {
  it('the first rule whose tests hold sets the approvals', () => {
    const plan = compileApprovalRules([
      { when: { where: [{ path: 'proposed_action.amount', gt: 10_000 }] }, required: 2 },
      { required: 1 },
    ]);
    const decision = compilePlaybook(
      playbookWith([{ id: 'big', kind: 'flag', flags: ['refund'], action: 'require_approval' }]),
    ).decide({ id: 'c', flags: ['refund'] }, NOW);
    expect(plan({ proposed_action: { amount: 20_000 } }, decision, NOW).required).toBe(2);
    expect(plan({ proposed_action: { amount: 50 } }, decision, NOW).required).toBe(1);
  });
});
