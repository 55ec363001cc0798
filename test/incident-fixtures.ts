// A small playbook with an incidents section, for the incident suites: two severities (sev1 critical, raised when
// 3 escalations are linked), a commander from a daily rotation handing over at 09:00 UTC, a communications lead,
// 12-hour operational periods, a 30-minute cadence for sev1 with a reminder 5 minutes before, contacts by e-mail
// address (en) and by webhook (tr).
import { dailyRotation, playbookYaml } from './playbook-fixtures.js';

export const incidentPlaybookYaml = (onResolve = 'resolve') =>
  playbookYaml({
    name: 'incidents-test',
    teams: `  - { id: support, name: Support, assignment: least_loaded, lead: lena }
  - { id: ops, name: Operations, assignment: manual, lead: olga }
`,
    people: `  - { id: sam, name: Sam, teams: [support], email: sam@example.com }
  - { id: lena, name: Lena, teams: [support], email: lena@example.com }
  - { id: olga, name: Olga, teams: [ops], email: olga@example.com }
  - { id: oscar, name: Oscar, teams: [ops], email: oscar@example.com }
  - { id: carla, name: Carla, teams: [ops], email: carla@example.com }
`,
    priorities: ['normal', 'high', 'urgent'],
    triggers: `  - { id: outage, kind: keyword, keywords: [down, outage], priority: urgent }
  - { id: human, kind: human_request, priority: normal }
`,
    defaultTeam: 'support',
    rest: `oncall:
  rotations:
${dailyRotation('ops-primary', 'ops', 'olga, oscar')}integrations:
  email:
    - { id: mail, from: "Handoff <handoff@example.com>" }
  webhooks:
    - id: statuspage
      url: https://status.example.com/hooks/handoff
      secret_env: HANDOFF_STATUS_SECRET
      events: [none_of_the_escalation_events]
automations:
  - id: outage-incident
    on: [created]
    when: { priority: [urgent] }
    actions:
      - open_incident: { severity: auto, title: "Service outage" }
incidents:
  severities:
    - id: sev1
      name: Critical
      critical: true
      when: { priorities: [urgent], escalations: 3, within: 30m }
    - id: sev2
      name: Major
      when: { priorities: [urgent] }
  roles:
    - { id: commander, name: Incident commander, filled_by: ['rotation:ops-primary'] }
    - { id: communications, name: Communications lead, filled_by: ['person:carla'] }
  periods: { length: 12h, rotation: ops-primary, handover_note_within: 30m }
  communications:
    contacts:
      - { id: execs, name: Executives, channel: cto@example.com, phases: [detected, resolved], severities: [sev1], updates: false }
      - { id: status, name: Status page, channel: statuspage, locale: tr }
    cadence:
      sev1: { every: 30m, remind_before: 5m }
      sev2: { every: 2h }
    messages:
      detected: { en: "{{title}} ({{severity}}) detected. Next update by {{next_update}}.", tr: "{{title}} ({{severity}}) tespit edildi." }
      identified: { en: "Cause of {{title}} found: {{note}}", tr: "{{title}} nedeni bulundu: {{note}}" }
      resolved: { en: "{{title}} is resolved. {{note}}", tr: "{{title}} çözüldü. {{note}}" }
    update_message: { en: "{{title}}: {{note}}", tr: "{{title}}: {{note}}" }
  on_resolve: { escalations: ${onResolve}, note: Fixed with the incident. }
`,
  });
