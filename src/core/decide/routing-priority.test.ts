import { describe, expect, it } from 'vitest';
import { compilePlaybook } from './compile-playbook.js';
import { NOW, playbookWith } from './__fixtures__/playbook.js';

const decider = compilePlaybook(
  playbookWith(
    [
      {
        id: 'legal',
        kind: 'keyword',
        keywords: ['lawyer'],
        priority: 'urgent',
        route: { team: 'legal', tier: 'L2' },
      },
      { id: 'vip', kind: 'customer', tier: ['vip'] },
      { id: 'low-confidence', kind: 'confidence' },
      {
        id: 'needs-approval',
        kind: 'flag',
        flags: ['large_refund'],
        action: 'require_approval',
        priority: 'high',
      },
    ],
    {
      routes: [
        { id: 'billing', when: { category: ['billing'] }, team: 'billing', tier: 'L1', skills: ['refunds'] },
        { id: 'vip-desk', when: { trigger: ['vip'] }, team: 'support', tier: 'L2' },
      ],
      priorities: {
        levels: ['low', 'normal', 'high', 'urgent'],
        default: 'normal',
        rules: [
          { when: { customer_tier: ['vip'] }, at_least: 'high' },
          { when: { risk: ['high'] }, raise: 1 },
          { when: { sentiment_below: -0.8 }, at_least: 'urgent' },
        ],
      },
    },
  ),
);

describe('routes', () => {
  it('a fired trigger with its own route wins', () => {
    const decision = decider.decide(
      {
        id: 'c',
        customer: { tier: 'vip' },
        conversation: [{ role: 'customer', text: 'my lawyer will call' }],
      },
      NOW,
    );
    expect(decision.route).toEqual({ team: 'legal', tier: 'L2', rule: 'trigger:legal' });
  });

  it('otherwise the first matching route wins, carrying its skills', () => {
    const decision = decider.decide(
      { id: 'c', ai: { confidence: 0.1, category: 'billing' }, customer: { tier: 'vip' } },
      NOW,
    );
    expect(decision.route).toEqual({ team: 'billing', tier: 'L1', skills: ['refunds'], rule: 'billing' });
  });

  it('routes match on fired triggers', () => {
    const decision = decider.decide({ id: 'c', customer: { tier: 'vip' } }, NOW);
    expect(decision.route).toEqual({ team: 'support', tier: 'L2', rule: 'vip-desk' });
  });

  it('with no matching route, the default route', () => {
    const decision = decider.decide({ id: 'c', ai: { confidence: 0.1 } }, NOW);
    expect(decision.route).toEqual({ team: 'support', tier: 'L1', rule: 'default' });
  });
});

describe('priorities', () => {
  it('starts at the default and takes the highest fired trigger priority', () => {
    expect(decider.decide({ id: 'c', ai: { confidence: 0.1 } }, NOW).priority).toBe('normal');
    const legal = decider.decide({ id: 'c', conversation: [{ role: 'customer', text: 'lawyer' }] }, NOW);
    expect(legal.priority).toBe('urgent');
  });

  it('rules raise it by customer tier, risk and sentiment, capped at the top level', () => {
    expect(decider.decide({ id: 'c', customer: { tier: 'vip' } }, NOW).priority).toBe('high');
    const risky = decider.decide({ id: 'c', task: { type: 'refund' }, ai: { confidence: 0.5 } }, NOW);
    expect(risky.priority).toBe('high');
    const all = decider.decide(
      { id: 'c', customer: { tier: 'vip' }, task: { type: 'refund' }, sentiment: -0.9 },
      NOW,
    );
    expect(all.priority).toBe('urgent');
  });
});

describe('actions', () => {
  it('a require_approval trigger alone asks for approval', () => {
    const decision = decider.decide({ id: 'c', flags: ['large_refund'] }, NOW);
    expect(decision.action).toBe('require_approval');
    expect(decision.priority).toBe('high');
  });

  it('an escalation outranks an approval, and both reasons are kept', () => {
    const decision = decider.decide({ id: 'c', flags: ['large_refund'], customer: { tier: 'vip' } }, NOW);
    expect(decision.action).toBe('escalate');
    expect(decision.reasons.map((reason) => reason.trigger)).toEqual(['vip', 'needs-approval']);
  });

  it('is deterministic: the same case and time give the same decision', () => {
    const input = {
      id: 'c',
      turn: 3,
      customer: { tier: 'vip' },
      conversation: [{ role: 'customer', text: 'hi' }],
    };
    expect(decider.decide(input, NOW)).toEqual(decider.decide(structuredClone(input), NOW));
  });

  it('a disabled trigger never fires', () => {
    const quiet = compilePlaybook(
      playbookWith([{ id: 'vip', kind: 'customer', tier: ['vip'], enabled: false }]),
    );
    expect(quiet.decide({ id: 'c', customer: { tier: 'vip' } }, NOW).action).toBe('continue');
  });
});
