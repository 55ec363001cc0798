import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../decide/compile-playbook.js';
import { loadTemplate } from '../../services/playbooks/templates.js';
import { makeHandoffBrief } from './handoff-brief.js';

const decider = compilePlaybook(loadTemplate('customer-support'));
const now = Date.UTC(2026, 10, 20, 10, 0, 0);

describe('the handoff brief', () => {
  it('in Turkish for a Turkish case: who, what, what was tried, why in Turkish, key details, next step', () => {
    const input = {
      id: 'conv-1',
      turn: 2,
      task: { type: 'refund' },
      ai: {
        confidence: 0.42,
        intent: 'refund_request',
        attempts: [{ action: 'kb_answer', result: 'not_resolved' }],
      },
      customer: { id: 'C-19', name: 'Ayşe Yılmaz', tier: 'gold' },
      conversation: [
        { role: 'customer', text: 'Merhaba, A-12345 numaralı siparişim gelmedi' },
        { role: 'ai', text: 'Kargo takibinize bakıyorum' },
        {
          role: 'customer',
          text: 'Siparişimi İPTAL etmek istiyorum, 1.250 TL iade edin, operatöre bağlar mısınız?',
        },
      ],
    };
    const brief = makeHandoffBrief({ case: input, decision: decider.decide(input, now) });
    expect(brief.locale).toBe('tr');
    expect(brief.customer).toBe('Ayşe Yılmaz, segment gold');
    expect(brief.wants).toContain('niyet: refund_request');
    expect(brief.tried).toEqual(['kb_answer → not_resolved']);
    expect(brief.why.some((line) => line.startsWith('müşteri bir temsilciyle görüşmek istedi'))).toBe(true);
    expect(brief.why.some((line) => line.startsWith('yapay zekânın güveni (0.42)'))).toBe(true);
    expect(brief.why.some((line) => line.includes('iptal') && !line.includes('*'))).toBe(true);
    expect(brief.entities.map((entity) => entity.value)).toEqual(expect.arrayContaining(['A-12345']));
    expect(brief.nextStep).toContain('Müşteri bir temsilci istedi');
    expect(brief.nextStep).not.toContain('*');
    expect(brief.text.split('\n')[0]).toBe('Müşteri: Ayşe Yılmaz, segment gold');
  });

  it("in English for an English case, with the decider's own reasons and the sentiment trend", () => {
    const input = {
      id: 'conv-2',
      customer: { id: 'C-7' },
      conversation: [
        { role: 'customer', text: 'Hi, my invoice looks fine' },
        { role: 'customer', text: 'Actually this is terrible, I am very angry, nothing works!!!' },
      ],
    };
    const decision = decider.decide(input, now);
    const brief = makeHandoffBrief({ case: input, decision });
    expect(brief.locale).toBe('en');
    expect(brief.customer).toBe('C-7');
    expect(brief.why).toEqual(decision.reasons.map((reason) => reason.detail));
    expect(brief.sentiment).toMatch(/negative.*falling/);
  });

  it('an explicit handoff says the category and detail the AI gave', () => {
    const brief = makeHandoffBrief({
      case: { id: 'x' },
      decision: null,
      explicitReason: { category: 'tool_failure', detail: 'the CRM timed out' },
    });
    expect(brief.why).toEqual(['tool_failure: the CRM timed out']);
    expect(brief.customer).toBe('unknown customer');
  });
});
