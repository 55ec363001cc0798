import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { loadTemplate } from './templates.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const decider = compilePlaybook(loadTemplate('customer-support'));
const say = (text: string, extra: Record<string, unknown> = {}) =>
  decider.decide(
    {
      id: 'conv-1',
      locale: 'tr',
      ai: { confidence: 0.95 },
      conversation: [{ role: 'customer', text }],
      ...extra,
    },
    NOW,
  );

describe('the customer-support template decides', () => {
  it('a Turkish threat to go to consumer arbitration: legal L3, urgent', () => {
    const decision = say('Avukatıma danışacağım, tüketici hakem heyetine başvuracağım');
    expect(decision).toMatchObject({
      action: 'escalate',
      route: { team: 'legal', tier: 'L3' },
      priority: 'urgent',
    });
  });

  it('"İPTAL" in capitals: retention L1', () => {
    expect(say('Aboneliğimi İPTAL etmek istiyorum')).toMatchObject({
      action: 'escalate',
      route: { team: 'retention', tier: 'L1' },
    });
  });

  it('a confident answer about order status: the AI goes on', () => {
    expect(say('Siparişim nerede?', { task: { type: 'order_status' } }).action).toBe('continue');
  });

  it('a contract change: a human approves, legal owns it', () => {
    expect(say('Sözleşmemi değiştirmek istiyorum', { task: { type: 'contract_change' } })).toMatchObject({
      action: 'require_approval',
      route: { team: 'legal' },
    });
  });
});

describe('the customer-support template, as a support lead expects', () => {
  const english = (text: string, extra: Record<string, unknown> = {}) =>
    say(text, { locale: 'en', ...extra });

  it('"I don\'t want to cancel, just update my address" is not a cancellation', () => {
    const decision = english("I don't want to cancel, just update my address", {
      ai: { confidence: 0.95 },
      task: { type: 'address_change' },
    });
    expect(decision.action).toBe('continue');
    expect(say('Siparişimi iptal etmek istemiyorum, sadece adresimi değiştirin').action).toBe('continue');
  });

  it('one mildly negative message while the AI is confident stays with the AI; a strongly negative one does not', () => {
    expect(english('Still not working', { ai: { confidence: 0.99 } }).action).toBe('continue');
    expect(english('This is terrible, I am furious', { ai: { confidence: 0.99 } })).toMatchObject({
      action: 'escalate',
      reasons: [{ trigger: 'negative-sentiment' }],
    });
  });

  it('a low-confidence refund goes to billing by its task type', () => {
    const decision = english('I would like my money back for order A-17', {
      ai: { confidence: 0.5 },
      task: { type: 'refund' },
      fields: { order_id: 'A-17' },
    });
    expect(decision).toMatchObject({
      action: 'escalate',
      route: { team: 'billing', tier: 'L1', rule: 'refund-tasks' },
    });
  });
});
