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
