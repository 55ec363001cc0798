import { describe, expect, it } from 'vitest';
import { positionOf, problemsOf, validYaml } from './__fixtures__/playbook-yaml.js';
import { parsePlaybook } from './parse-playbook.js';

const messagesOf = (yaml: string) => problemsOf(yaml).map((problem) => `${problem.path}: ${problem.message}`);

describe('playbook references', () => {
  it('rejects duplicate ids, pointing at the second one', () => {
    const yaml = validYaml.replace('  - id: billing', '  - id: support');
    expect(problemsOf(yaml)).toContainEqual({
      path: 'teams[1].id',
      message: 'duplicate id "support" (also teams[0])',
      ...positionOf(yaml, 'support', 2),
    });
  });

  it('rejects a time zone that is not an IANA zone', () => {
    expect(messagesOf(validYaml.replace('Europe/Istanbul', 'Turkey/Ankara'))).toEqual([
      'people[0].timezone: "Turkey/Ankara" is not an IANA time zone (like "Europe/Istanbul")',
    ]);
  });

  it('requires risk.order to list exactly the risk levels', () => {
    const yaml = validYaml.replace('  default: medium', '  order: [low, high]\n  default: medium');
    expect(messagesOf(yaml)).toEqual([
      'risk.order: must list every risk level; missing medium',
      'risk.order[1]: "high" is not a risk level (low, medium)',
    ]);
  });

  it('checks the tier of people and the risk of tasks', () => {
    const yaml = validYaml
      .replace('refund: { risk: medium }', 'refund: { risk: severe }')
      .replace('  tier: L1\n', '  tier: L4\n');
    expect(messagesOf(yaml)).toEqual([
      'people[0].tier: "L4" is not a tier (L1, L2)',
      'risk.tasks.refund.risk: "severe" is not a risk level (low, medium)',
    ]);
  });

  it("checks an approval's deadline effect: a deadline to act on, known approvers and people", () => {
    const rules = `approvals:
  - required: 1
    on_deadline: { action: assign, person: ghost }
  - required: 1
    deadline: 1h
    on_deadline: { action: escalate, approvers: ['team:nowhere'] }
`;
    expect(messagesOf(`${validYaml}${rules}`)).toEqual([
      'approvals[0].on_deadline: there is no deadline to act on: give "deadline"',
      'approvals[0].on_deadline.person: "ghost" is not a person (ayse, bora)',
      'approvals[1].on_deadline.approvers[0]: "nowhere" is not a team (support, billing)',
    ]);
  });

  it('finds tiers that hand over in a circle', () => {
    const yaml = validYaml.replace('    name: Specialists', '    name: Specialists\n    next: L1');
    expect(messagesOf(yaml)).toEqual(['tiers[0].next: tiers hand over in a circle: L1 → L2 → L1']);
  });

  it('rejects a field schema that does not compile, and unsafe patterns inside it', () => {
    const trigger = (schema: string) =>
      validYaml.replace(
        '    keywords: [cancel]',
        `    keywords: [cancel]\n  - id: fields\n    kind: field\n    schema: ${schema}`,
      );
    expect(messagesOf(trigger('{ type: nonsense }'))).toEqual([
      expect.stringMatching(/^triggers\[2\]\.schema: is not a valid JSON Schema: /),
    ]);
    expect(messagesOf(trigger('{ properties: { code: { pattern: "(?!x)y" } } }'))).toEqual([
      expect.stringMatching(
        /^triggers\[2\]\.schema\.properties\.code\.pattern: "\(\?!x\)y" uses a lookaround/,
      ),
    ]);
  });

  it('checks levels and trigger ids in priority rules', () => {
    const yaml = validYaml.replace(
      '  default: normal',
      '  default: normal\n  rules:\n    - when: { trigger: [nope], risk: [extreme] }\n      at_least: critical\n    - when: { channel: [chat] }',
    );
    expect(messagesOf(yaml)).toEqual([
      'priorities.rules[0].when.trigger[0]: "nope" is not a trigger id (asks-for-human, cancel)',
      'priorities.rules[0].when.risk[0]: "extreme" is not a risk level (low, medium)',
      'priorities.rules[0].at_least: "critical" is not a priority level (low, normal, high, urgent)',
      'priorities.rules[1]: does nothing: give "at_least" or "raise"',
    ]);
  });

  it('checks workflow statuses and RACI parties', () => {
    const yaml = `${validYaml}workflow:
  statuses: [{ id: open, category: open }, { id: done, category: done }]
  initial: fresh
  transitions: { open: [done, gone] }
raci:
  - stage: open
    responsible: ["team:support", "person:nobody"]
`;
    expect(messagesOf(yaml)).toEqual([
      'workflow.initial: "fresh" is not a status (open, done)',
      'workflow.transitions.open[1]: "gone" is not a status (open, done)',
      'raci[0].responsible[1]: "nobody" is not a person (ayse, bora)',
    ]);
  });

  it('an SLA policy with the default pause statuses fits a workflow without them; named ones must exist', () => {
    const workflow = `workflow:
  statuses: [{ id: open, category: open }, { id: done, category: done }]
  transitions: { open: [done] }
`;
    const sla = (extra: string) => `sla:
  policies:
    - id: all
      first_response: 1h
${extra}`;
    expect(() => parsePlaybook(`${validYaml}${workflow}${sla('')}`)).not.toThrow();
    expect(messagesOf(`${validYaml}${workflow}${sla('      pause_statuses: [input_required]\n')}`)).toEqual([
      'sla.policies[0].pause_statuses[0]: "input_required" is not a status (open, done)',
    ]);
  });

  it('flags keywords that can never match as written', () => {
    const yaml = validYaml.replace('keywords: [cancel]', "keywords: { tr: ['abonelik* iptal', '***'] }");
    expect(messagesOf(yaml)).toEqual([
      'triggers[1].keywords.tr[0]: "abonelik* iptal": only a trailing * is supported (it makes the last word a prefix)',
      'triggers[1].keywords.tr[1]: "***" has no letters or digits, so it never matches',
    ]);
  });

  it('a route keyword must be a keyword of some trigger, compared without case or diacritics', () => {
    const yaml = validYaml.replace('{ trigger: [cancel] }', '{ keyword: [CANCEL, iptal] }');
    expect(messagesOf(yaml)).toEqual([
      'routes[0].when.keyword[1]: "iptal" is not a keyword (or /pattern/) of any keyword trigger',
    ]);
  });
});
