import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Automation, Automations, checkAutomationReferences } from './automation-schema.js';

const automationsYaml = `
- id: breach-to-l2
  description: a breached first response goes to L2 and the on-call channel hears about it
  on: [sla_breached]
  when:
    priority: [high, urgent]
    customer_tier: [gold]
    event: { clock: [first_response] }
  actions:
    - set_tier: L2
    - set_priority: urgent
    - assign: auto
    - add_tag: breached
    - set_field: { name: breached_at_tier, value: L1 }
    - notify: { channel: slack-oncall, template: sla-breach }
    - start_update_reminders: { every: 30m }
- id: waiting-reminder
  on: [status_changed]
  when: { event: { to: [waiting_on_customer] } }
  enabled: false
  actions:
    - notify: { channel: email, message: "We are waiting for the customer." }
`;

const issuesOf = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

const automation = (extra: Record<string, unknown>) => ({
  id: 'a',
  on: ['created'],
  actions: [{ add_tag: 'x' }],
  ...extra,
});

describe('Automations', () => {
  it('reads the YAML as written and fills enabled', () => {
    const automations = Automations.parse(parse(automationsYaml));
    expect(automations.map((a) => [a.id, a.enabled])).toEqual([
      ['breach-to-l2', true],
      ['waiting-reminder', false],
    ]);
    expect(automations[0]?.actions[4]).toEqual({ set_field: { name: 'breached_at_tier', value: 'L1' } });
  });

  it('rejects duplicate ids', () => {
    expect(issuesOf(Automations.safeParse([automation({}), automation({})]))).toEqual([
      { path: '1.id', message: 'duplicate id "a" (also automations[0])' },
    ]);
  });
});

describe('Automation', () => {
  it('takes only the listed escalation events', () => {
    expect(
      issuesOf(Automation.safeParse(automation({ on: ['status_change'] }))).map((issue) => issue.path),
    ).toEqual(['on.0']);
    expect(issuesOf(Automation.safeParse(automation({ on: [] }))).map((issue) => issue.path)).toEqual(['on']);
  });

  it('an action has exactly one kind', () => {
    const result = Automation.safeParse(automation({ actions: [{ set_status: 'open', add_tag: 'x' }, {}] }));
    const message =
      'an action has exactly one of: set_status, set_priority, set_tier, set_team, assign, add_tag, set_field, notify, start_update_reminders, open_incident';
    expect(issuesOf(result)).toEqual([
      { path: 'actions.0', message },
      { path: 'actions.1', message },
    ]);
  });

  it('points a misspelt action at its key', () => {
    const result = Automation.safeParse(automation({ actions: [{ set_stauts: 'open' }] }));
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['set_stauts'] });
  });

  it('a notification has a template or a message, not both', () => {
    const result = Automation.safeParse(
      automation({ actions: [{ notify: { channel: 'email', template: 't', message: 'm' } }] }),
    );
    expect(issuesOf(result)).toEqual([
      { path: 'actions.0.notify.message', message: 'give a template or a message, not both' },
    ]);
  });

  it('update reminders run at most once a minute', () => {
    const result = Automation.safeParse(
      automation({ actions: [{ start_update_reminders: { every: '30s' } }] }),
    );
    expect(issuesOf(result)).toEqual([
      { path: 'actions.0.start_update_reminders.every', message: 'at least one minute' },
    ]);
  });
});

describe('checkAutomationReferences', () => {
  it('reports statuses, teams, tiers, priorities and people the playbook does not define', () => {
    const automations = Automations.parse([
      automation({
        when: { status: ['opne'], team: ['billing'] },
        actions: [{ set_tier: 'L9' }, { assign: 'auto' }, { assign: 'nobody' }, { set_priority: 'high' }],
      }),
    ]);
    const problems = checkAutomationReferences(automations, {
      teams: new Set(['billing']),
      tiers: new Set(['L1', 'L2']),
      people: new Set(['ayse']),
      statuses: new Set(['open']),
      priorities: new Set(['low', 'high']),
    });
    expect(problems.map((problem) => [problem.path.join('.'), problem.message])).toEqual([
      ['automations.0.when.status.0', '"opne" is not a status (open)'],
      ['automations.0.actions.0.set_tier', '"L9" is not a tier (L1, L2)'],
      ['automations.0.actions.2.assign', '"nobody" is not a person (or "auto") (ayse)'],
    ]);
  });
});
