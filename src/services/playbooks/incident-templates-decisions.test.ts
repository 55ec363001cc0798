import { describe, expect, it } from 'vitest';
import { compilePlaybook } from '../../core/decide/compile-playbook.js';
import { loadTemplate, templateText } from './templates.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const deciderOf = (name: string) => {
  const decider = compilePlaybook(loadTemplate(name));
  return (text: string, extra: Record<string, unknown> = {}) =>
    decider.decide(
      {
        id: `conv-${text.length}`,
        ai: { confidence: 0.95 },
        conversation: [{ role: 'customer', text }],
        ...extra,
      },
      NOW,
    );
};

describe('the incident-action-plan template', () => {
  const say = deciderOf('incident-action-plan');

  it('an outage report in English or Turkish goes to the NOC, urgent', () => {
    for (const text of [
      'The site is down since 9am',
      'Uygulama çöktü, giriş yapamıyorum',
      'SİTE AÇILMIYOR',
    ]) {
      expect(say(text)).toMatchObject({
        action: 'escalate',
        route: { team: 'noc', tier: 'L1' },
        priority: 'urgent',
      });
    }
  });

  it("a monitoring agent's alert goes straight to on-call engineering", () => {
    expect(say('error rate above budget', { flags: ['alert_firing'] })).toMatchObject({
      action: 'escalate',
      route: { team: 'engineering', tier: 'L2' },
      priority: 'urgent',
    });
  });

  it('a failover needs a human approval whatever the confidence; a status question does not', () => {
    expect(
      say('fail over to the second region', { task: { type: 'failover' }, ai: { confidence: 0.99 } }).action,
    ).toBe('require_approval');
    expect(say('is there a known issue?', { task: { type: 'status_question' } }).action).toBe('continue');
  });

  it('keeps the situation summary and the execution plan apart, with an approval stage between', () => {
    const playbook = loadTemplate('incident-action-plan');
    expect(playbook.workflow?.transitions['planning']).toEqual(['awaiting_approval', 'situation']);
    expect(playbook.workflow?.transitions['awaiting_approval']).toEqual(['executing', 'planning']);
    expect(playbook.incidents?.periods).toMatchObject({ length: '12h', rotation: 'engineering-primary' });
    expect(templateText('incident-action-plan')).toMatch(/^# Incident action plan playbook/);
  });
});

describe('the incident-communications template', () => {
  const say = deciderOf('incident-communications');

  it('outage chats in both languages are urgent and go to support, where the automation groups them', () => {
    for (const text of ['Your app is down', 'Ödeme sayfası çalışmıyor', 'kesinti mi var?']) {
      expect(say(text)).toMatchObject({ action: 'escalate', route: { team: 'support' }, priority: 'urgent' });
    }
    expect(say('What are your opening hours?').action).toBe('continue');
  });

  it('has a message for every phase in English and Turkish, and contacts in both languages', () => {
    const section = loadTemplate('incident-communications').incidents;
    for (const phase of ['detected', 'investigating', 'identified', 'monitoring', 'resolved'] as const) {
      expect(section?.communications.messages?.[phase]).toEqual({
        en: expect.any(String),
        tr: expect.any(String),
      });
    }
    expect(section?.communications.contacts.map((contact) => contact.locale)).toEqual(
      expect.arrayContaining(['en', 'tr']),
    );
    expect(section?.severities.find((severity) => severity.critical)?.when).toMatchObject({
      escalations: 50,
    });
    expect(section?.on_resolve.escalations).toBe('hand_back');
  });
});
