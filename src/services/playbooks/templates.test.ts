import { describe, expect, it } from 'vitest';
import { HandoffError } from '../../errors.js';
import { listTemplates, loadTemplate, templateText } from './templates.js';

describe('templates', () => {
  it('every listed template loads and passes every check', () => {
    for (const { name } of listTemplates()) {
      expect(loadTemplate(name).name).toBe(name);
    }
  });

  it('the customer-support template has the triggers, teams and tiers support managers expect', () => {
    const playbook = loadTemplate('customer-support');
    expect(playbook.triggers.map((trigger) => trigger.id)).toEqual([
      'low-confidence',
      'asks-for-human',
      'cancel-keyword',
      'legal-keyword',
      'vip-customer',
      'negative-sentiment',
      'sentiment-falling',
      'ai-loop',
      'ambiguous-intent',
      'missing-order-id',
      'chargeback-flag',
      'repeat-contact',
    ]);
    expect(playbook.teams.map((team) => team.id)).toEqual(
      expect.arrayContaining(['support', 'billing', 'legal', 'technical', 'vip-care']),
    );
    expect(playbook.tiers.map((tier) => [tier.id, tier.next])).toEqual([
      ['L1', 'L2'],
      ['L2', 'L3'],
      ['L3', undefined],
    ]);
    expect(playbook.risk.levels.critical).toEqual({ require_approval: true });
    expect(playbook.default_route).toEqual({ team: 'support', tier: 'L1' });
    expect(new Set(playbook.people?.map((person) => person.timezone))).toEqual(
      new Set(['Europe/Istanbul', 'Europe/London', 'America/New_York']),
    );
  });

  it('keeps Turkish keywords with Turkish letters', () => {
    const legal = loadTemplate('customer-support').triggers.find((trigger) => trigger.id === 'legal-keyword');
    expect(legal).toMatchObject({
      kind: 'keyword',
      keywords: { tr: expect.arrayContaining(['tüketici hakem heyet*', 'avukat*', 'mahkeme*']) },
    });
  });

  it('gives the YAML text with its comments', () => {
    expect(templateText('customer-support')).toMatch(/^# Customer-support escalation playbook/);
  });

  it('an unknown name fails with unknown_template listing the names', () => {
    expect(() => loadTemplate('helpdesk')).toThrow(HandoffError);
    expect(() => templateText('helpdesk')).toThrow(
      /no template named "helpdesk"; templates: customer-support/,
    );
    try {
      loadTemplate('helpdesk');
    } catch (error) {
      expect((error as HandoffError).code).toBe('unknown_template');
    }
  });
});
