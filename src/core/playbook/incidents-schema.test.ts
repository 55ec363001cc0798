import { describe, expect, it } from 'vitest';
import { problemsOf, supportPrimaryRotation, validYaml } from './__fixtures__/playbook-yaml.js';
import { parsePlaybook } from './parse-playbook.js';

const base = `${validYaml.replace(
  '    teams: [billing]\n',
  '    teams: [billing]\n  - id: mehmet\n    name: Mehmet\n    teams: [support]\n',
)}oncall:
  rotations:
${supportPrimaryRotation}integrations:
  email:
    - { id: mail, from: "Handoff <handoff@example.com>" }
`;

const incidents = `incidents:
  severities:
    - id: sev1
      name: Critical
      critical: true
      when: { priorities: [urgent], escalations: 10, within: 30m }
    - id: sev2
      name: Major
      when: { triggers: [cancel] }
  roles:
    - id: commander
      name: Incident commander
      filled_by: [rotation:support-primary, lead:support, person:ayse]
    - id: communications
      name: Communications lead
      filled_by: [person:bora]
  periods: { length: 12h, rotation: support-primary, handover_note_within: 30m }
  communications:
    contacts:
      - id: execs
        name: Executives
        channel: cto@example.com
        phases: [detected, resolved]
        severities: [sev1]
      - id: ops
        name: Operations
        channel: mail
        locale: tr
    cadence:
      sev1: { every: 30m, remind_before: 5m }
    messages:
      detected:
        en: "{{title}} ({{severity}}): we are on it. Next update by {{next_update}}."
        tr: "{{title}} ({{severity}}): ilgileniyoruz. Sonraki bilgi {{next_update}}."
  on_resolve: { escalations: hand_back, note: The incident is over. }
`;

const messagesOf = (yaml: string) => problemsOf(yaml).map((problem) => `${problem.path}: ${problem.message}`);

describe('the incidents section', () => {
  it('accepts severities, roles, periods, contacts, cadence and messages, with defaults filled in', () => {
    const section = parsePlaybook(`${base}${incidents}`, 'p.yaml').incidents;
    expect(section?.severities.map((severity) => [severity.id, severity.critical])).toEqual([
      ['sev1', true],
      ['sev2', false],
    ]);
    expect(section?.communications.contacts[1]).toMatchObject({
      locale: 'tr',
      phases: ['detected', 'investigating', 'identified', 'monitoring', 'resolved'],
      updates: true,
    });
    expect(section?.on_resolve).toEqual({ escalations: 'hand_back', note: 'The incident is over.' });
    expect(section?.periods?.handover_note_within).toBe('30m');
  });

  it('rejects names that point nowhere: priorities, triggers, people, teams, rotations, channels', () => {
    const yaml = `${base}${incidents}`
      .replace('priorities: [urgent]', 'priorities: [blocker]')
      .replace('triggers: [cancel]', 'triggers: [outage]')
      .replace('lead:support', 'lead:ops')
      .replace('person:bora', 'person:zeynep')
      .replace('rotation: support-primary', 'rotation: ops-primary')
      .replace('channel: mail', 'channel: statuspage');
    expect(messagesOf(yaml)).toEqual([
      'incidents.severities[0].when.priorities[0]: "blocker" is not a priority level (low, normal, high, urgent)',
      'incidents.severities[1].when.triggers[0]: "outage" is not a trigger id (asks-for-human, cancel)',
      'incidents.roles[0].filled_by[1]: "ops" is not a team (support, billing)',
      'incidents.roles[1].filled_by[0]: "zeynep" is not a person (ayse, bora, mehmet)',
      'incidents.periods.rotation: "ops-primary" is not an on-call rotation (support-primary)',
      'incidents.communications.contacts[1].channel: "statuspage" is not an integration (or an e-mail address) (mail)',
    ]);
  });

  it('wants an e-mail sender for a contact reached by e-mail address', () => {
    const yaml = `${base.slice(0, base.indexOf('integrations:'))}${incidents.replace('channel: mail', 'channel: ops@example.com')}`;
    expect(messagesOf(yaml)).toEqual([
      'incidents.communications.contacts[0].channel: "cto@example.com" is an e-mail address: add an e-mail sender under integrations.email',
      'incidents.communications.contacts[1].channel: "ops@example.com" is an e-mail address: add an e-mail sender under integrations.email',
    ]);
  });

  it('checks names inside the section: severities of the cadence and contacts, the period role, placeholders', () => {
    const yaml = `${base}${incidents}`
      .replace('sev1: { every', 'sev9: { every')
      .replace('severities: [sev1]', 'severities: [sev3]')
      .replace('handover_note_within: 30m', 'role: scribe')
      .replace('Next update by {{next_update}}', 'Call {{phone}}');
    expect(messagesOf(yaml)).toEqual(
      expect.arrayContaining([
        'incidents.periods.role: "scribe" is not a role (commander, communications)',
        'incidents.communications.cadence.sev9: "sev9" is not a severity (sev1, sev2)',
        'incidents.communications.contacts[0].severities[0]: "sev3" is not a severity (sev1, sev2)',
        'incidents.communications.messages.detected.en: {{phone}} is not a placeholder (title, severity, phase, summary, note, owner, escalations, next_update, incident_id)',
      ]),
    );
  });

  it('rejects a duplicate severity id', () => {
    expect(messagesOf(`${base}${incidents}`.replace('id: sev2', 'id: sev1'))).toContainEqual(
      'incidents.severities[1].id: duplicate id "sev1" (also severities[0])',
    );
  });

  it('rejects an unknown phase and a cadence under a minute', () => {
    const yaml = `${base}${incidents}`
      .replace('phases: [detected, resolved]', 'phases: [detected, fixed]')
      .replace('every: 30m', 'every: 30s');
    const messages = messagesOf(yaml);
    expect(messages).toContainEqual(
      expect.stringMatching(/^incidents\.communications\.contacts\[0\]\.phases\[1\]:/),
    );
    expect(messages).toContainEqual('incidents.communications.cadence.sev1.every: at least one minute');
  });
});
