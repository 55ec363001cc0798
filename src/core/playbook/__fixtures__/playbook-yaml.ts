// A small valid playbook as YAML text, and helpers to find where a problem should be reported.
import { HandoffError, type ErrorDetail } from '../../../errors.js';
import { parsePlaybook } from '../parse-playbook.js';

export const validYaml = `handoff: 1
name: demo
teams:
  - id: support
    name: Support
  - id: billing
    name: Billing
people:
  - id: ayse
    name: Ayşe
    teams: [support]
    tier: L1
    timezone: Europe/Istanbul
  - id: bora
    name: Bora
    teams: [billing]
tiers:
  - id: L1
    name: Frontline
    next: L2
  - id: L2
    name: Specialists
risk:
  default: medium
  levels:
    low: { threshold: 0.6 }
    medium: { threshold: 0.8 }
  tasks:
    refund: { risk: medium }
priorities:
  levels: [low, normal, high, urgent]
  default: normal
triggers:
  - id: asks-for-human
    kind: human_request
    priority: high
  - id: cancel
    kind: keyword
    keywords: [cancel]
routes:
  - when: { trigger: [cancel] }
    team: billing
default_route:
  team: support
  tier: L1
`;

/**
 * A daily rotation of the support team (ayse, then mehmet, handing over at 09:00 Istanbul time from Monday
 * 2026-11-16), as an item of `oncall.rotations`; the playbook must also list mehmet among its people.
 */
export const supportPrimaryRotation = `    - id: support-primary
      team: support
      people: [ayse, mehmet]
      period: daily
      handover: "09:00"
      timezone: Europe/Istanbul
      start: 2026-11-16
`;

/** 1-based line and column of the nth occurrence (default first) of `needle` in `text`. */
export function positionOf(text: string, needle: string, nth = 1): { line: number; col: number } {
  let offset = -1;
  for (let count = 0; count < nth; count += 1) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) {
      throw new Error(`"${needle}" not found ${nth} times`);
    }
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: (before.at(-1) ?? '').length + 1 };
}

/** The details of the HandoffError parsePlaybook throws; fails the test when it does not throw one. */
export function problemsOf(yaml: string): ErrorDetail[] {
  try {
    parsePlaybook(yaml, 'playbook.yaml');
  } catch (error) {
    if (
      error instanceof HandoffError &&
      (error.code === 'invalid_playbook' || error.code === 'unsafe_pattern')
    ) {
      return [...error.details];
    }
    throw error;
  }
  throw new Error('the playbook was accepted');
}
