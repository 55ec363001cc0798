import { describe, expect, it } from 'vitest';
import { SlaSection } from '../playbook/sla-schema.js';
import { type SlaPolicyFacts, compileSlaMatch } from './choose-policy.js';
import { compileSla } from './compile-sla.js';

const facts = (extra: Partial<SlaPolicyFacts> = {}): SlaPolicyFacts => ({
  priority: 'high',
  team: 'billing',
  tier: 'L1',
  customerTier: 'gold',
  channel: 'chat',
  task: 'refund',
  ...extra,
});

const sla = compileSla(
  SlaSection.parse({
    calendars: [{ id: 'office', timezone: 'Europe/Istanbul', hours: { mon: ['09:00-18:00'] } }],
    policies: [
      {
        id: 'vip-urgent',
        when: { priority: ['urgent'], customer_tier: ['gold', 'platinum'] },
        first_response: '15m',
      },
      { id: 'urgent', when: { priority: ['urgent'] }, first_response: '30m' },
      { id: 'billing-office', when: { team: ['billing'] }, calendar: 'office', resolution: '2d' },
      { id: 'everything-else', resolution: '5d' },
    ],
  }),
);

describe('choosing an SLA policy', () => {
  it('the first matching policy wins', () => {
    expect(sla.choosePolicy(facts({ priority: 'urgent' }))?.id).toBe('vip-urgent');
    expect(sla.choosePolicy(facts({ priority: 'urgent', customerTier: 'bronze' }))?.id).toBe('urgent');
  });

  it('every listed key must match, and a list matches any of its values', () => {
    expect(sla.choosePolicy(facts({ priority: 'urgent', customerTier: 'platinum' }))?.id).toBe('vip-urgent');
    expect(sla.choosePolicy(facts({ team: 'tech' }))?.id).toBe('everything-else');
  });

  it('a policy without conditions matches every escalation', () => {
    expect(sla.choosePolicy(facts({ team: 'legal', priority: 'low' }))?.id).toBe('everything-else');
  });

  it('a condition on a fact the escalation lacks does not match', () => {
    const onTier = compileSlaMatch({ tier: ['L2'] });
    expect(onTier(facts({ tier: null }))).toBe(false);
    expect(compileSlaMatch({ channel: ['email'] })(facts({ channel: undefined }))).toBe(false);
  });

  it('values compare case- and Turkish-insensitively, as routes do', () => {
    const altin = compileSlaMatch({ customer_tier: ['Altın'], task: ['iade'] });
    expect(altin(facts({ customerTier: 'ALTIN', task: 'İADE' }))).toBe(true);
  });

  it('no matching policy means no SLA', () => {
    const narrow = compileSla(
      SlaSection.parse({ policies: [{ id: 'p', when: { team: ['x'] }, resolution: '1d' }] }),
    );
    expect(narrow.choosePolicy(facts())).toBeNull();
  });

  it('each policy carries its compiled calendar, targets in ms, and sorted warnings', () => {
    const billing = sla.choosePolicy(facts());
    expect(billing?.calendar.id).toBe('office');
    expect(billing?.targets).toEqual({ resolution: 2 * 86_400_000 });
    expect(sla.choosePolicy(facts({ team: 'tech' }))?.calendar.id).toBeNull();
    const noisy = compileSla(
      SlaSection.parse({ policies: [{ id: 'p', resolution: '1h', warnings: [90, 25, 90] }] }),
    );
    expect(noisy.policies[0]?.warnings).toEqual([25, 90]);
  });

  it('compiling refuses a calendar without working hours', () => {
    const section = { calendars: [{ id: 'never', timezone: 'UTC', hours: {} }], policies: [] };
    expect(() => compileSla(section)).toThrow(/no working hours/);
  });
});
