// A small playbook for decider tests: builds on a base and swaps in the triggers a test needs.
import type { Playbook, Trigger } from '../../playbook/schema.js';

export const basePlaybook: Playbook = {
  handoff: 1,
  name: 'test',
  teams: [
    { id: 'support', name: 'Support' },
    { id: 'billing', name: 'Billing' },
    { id: 'legal', name: 'Legal' },
  ],
  tiers: [
    { id: 'L1', name: 'Frontline', next: 'L2' },
    { id: 'L2', name: 'Specialists', next: 'L3' },
    { id: 'L3', name: 'Engineering' },
  ],
  risk: {
    default: 'medium',
    levels: {
      low: { threshold: 0.6 },
      medium: { threshold: 0.8 },
      high: { threshold: 0.9 },
      critical: { require_approval: true },
    },
    tasks: {
      order_status: { risk: 'low' },
      refund: { risk: 'high' },
      password_reset: { risk: 'low', threshold: 0.5 },
      wire_transfer: { risk: 'critical' },
    },
  },
  priorities: { levels: ['low', 'normal', 'high', 'urgent'], default: 'normal' },
  triggers: [],
  default_route: { team: 'support', tier: 'L1' },
};

/** The base playbook with these triggers (and any other overrides). */
export function playbookWith(triggers: Trigger[], overrides: Partial<Playbook> = {}): Playbook {
  return { ...basePlaybook, triggers, ...overrides };
}

export const NOW = Date.parse('2026-11-20T10:00:00Z');
