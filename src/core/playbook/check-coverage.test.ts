import { describe, expect, it } from 'vitest';
import { positionOf, problemsOf, validYaml } from './__fixtures__/playbook-yaml.js';
import { parsePlaybook } from './parse-playbook.js';
import { templateText } from '../../services/playbooks/templates.js';

const messagesOf = (yaml: string) => problemsOf(yaml).map((problem) => `${problem.path}: ${problem.message}`);

/** validYaml with billing's route at `tier` and its one person, Bora, at L1. */
const billingAt = (tier: string, team = '') =>
  validYaml
    .replace('    team: billing\n', `    team: billing\n    tier: ${tier}\n`)
    .replace('    teams: [billing]\n', '    teams: [billing]\n    tier: L1\n')
    .replace('    name: Billing\n', `    name: Billing\n${team}`);

describe('routes nobody could ever take', () => {
  it('a route whose team has nobody at its tier or above is reported where the tier is written', () => {
    const yaml = billingAt('L2');
    const at = positionOf(yaml, 'tier: L2');
    expect(problemsOf(yaml)).toEqual([
      {
        path: 'routes[0].tier',
        message:
          'nobody could ever take this: nobody in team "billing" works at tier "L2" or above (its people: bora L1)',
        line: at.line,
        col: at.col + 'tier: '.length,
      },
    ]);
  });

  it('people at a higher tier cover lower-tier routes, unless the team matches tiers exactly', () => {
    const higher = validYaml
      .replace('    team: billing\n', '    team: billing\n    tier: L1\n')
      .replace('    teams: [billing]\n', '    teams: [billing]\n    tier: L2\n');
    expect(() => parsePlaybook(higher)).not.toThrow();
    expect(
      messagesOf(higher.replace('    name: Billing\n', '    name: Billing\n    tier_match: exact\n')),
    ).toEqual([
      'routes[0].tier: nobody could ever take this: nobody in team "billing" works at tier "L1" (its people: bora L2)',
    ]);
  });

  it('a team without people, routed to by a trigger or the default route', () => {
    const yaml = validYaml.replace('    teams: [billing]\n', '    teams: [support]\n');
    expect(messagesOf(yaml)).toEqual([
      'routes[0].team: nobody could ever take this: team "billing" has no people',
    ]);
  });

  it('a playbook without people only decides: its routes are not checked for people', () => {
    const yaml = validYaml.replace(/people:\n(?:  [- ].*\n)+/, '');
    expect(() => parsePlaybook(yaml)).not.toThrow();
  });

  it('the customer-support template: every route has someone (its L1 technical cases go to L2 and L3 people)', () => {
    expect(() => parsePlaybook(templateText('customer-support'))).not.toThrow();
  });
});

describe('leads and fallbacks', () => {
  it('names a known lead, person and rotation; "lead" needs a lead', () => {
    const team = `    lead: ghost
    fallback: { after: 30m, to: [lead, 'person:nobody', 'rotation:none', 'tier:next'] }
`;
    expect(messagesOf(billingAt('L1', team))).toEqual([
      'teams[1].lead: "ghost" is not a person (ayse, bora)',
      'teams[1].fallback.to[1]: "nobody" is not a person (ayse, bora)',
      'teams[1].fallback.to[2]: "none" is not a rotation (none defined)',
    ]);
    expect(messagesOf(billingAt('L1', '    fallback: { after: 30m, to: [lead] }\n'))).toEqual([
      'teams[1].fallback.to[0]: team "billing" names no lead: give "lead"',
    ]);
  });

  it('refuses a target that is none of the kinds, and a fallback without a time', () => {
    const problems = messagesOf(billingAt('L1', '    fallback: { to: [boss] }\n'));
    expect(problems).toEqual([
      expect.stringMatching(/^teams\[1\]\.fallback\.after: /),
      expect.stringContaining('"lead", "tier:next", "person:ID" or "rotation:ID"'),
    ]);
  });
});
