// The playbooks and helpers the HTTP escalation suites share: hand-assigned teams, routing teams, opening one.
import { expect } from 'vitest';
import type { ApiHarness, Json } from './api-harness.js';
import { askForHuman, manualPeople, manualTeams, playbookYaml, threeTiers } from './playbook-fixtures.js';

/** Teams that assign by hand, so each test decides who holds what. */
export const workYaml = playbookYaml({
  name: 'work',
  teams: manualTeams,
  people: manualPeople,
  tiers: threeTiers('needs an account change'),
  triggers: `${askForHuman('high')}  - id: invoice
    kind: keyword
    keywords: [invoice]
`,
  routes: `  - when: { trigger: [invoice] }
    team: billing
    tier: L1
`,
});

/** Round robin (one person never at work), least loaded with capacities, and a night team nobody staffs yet. */
export const routingYaml = playbookYaml({
  name: 'routing',
  teams: `  - { id: rr, name: Round robin, assignment: round_robin }
  - { id: ll, name: Least loaded, assignment: least_loaded }
  - { id: night, name: Night, assignment: least_loaded }
  - { id: solo, name: Solo, assignment: least_loaded }
  - { id: skilled, name: Skilled, assignment: skills }
  - { id: tiered, name: Tiered, assignment: least_loaded }
`,
  people: `  - { id: ana, name: Ana, teams: [rr] }
  - { id: ben, name: Ben, teams: [rr] }
  - { id: weekend, name: Weekend, teams: [rr], timezone: UTC, hours: { sat: ['00:00-24:00'] } }
  - { id: cem, name: Cem, teams: [rr] }
  - { id: dora, name: Dora, teams: [ll], capacity: 1 }
  - { id: eli, name: Eli, teams: [ll], capacity: 2 }
  - { id: nina, name: Nina, teams: [night], capacity: 1 }
  - { id: sol, name: Sol, teams: [solo], capacity: 1 }
  - { id: generalist, name: Generalist, teams: [skilled], skills: [en] }
  - { id: refunder, name: Refunder, teams: [skilled], skills: [en, refunds], capacity: 1 }
  - { id: first, name: First, teams: [tiered], tier: L1 }
  - { id: second, name: Second, teams: [tiered], tier: L2 }
`,
  tiers: `  - { id: L1, name: Frontline }
  - { id: L2, name: Specialists }
`,
  priorities: ['normal', 'high'],
  triggers: `${askForHuman()}  - id: ll
    kind: keyword
    keywords: [invoice]
    route: { team: ll, tier: L1 }
  - id: night
    kind: keyword
    keywords: [midnight]
    route: { team: night, tier: L1 }
  - id: solo
    kind: keyword
    keywords: [solo]
    route: { team: solo, tier: L1 }
  - id: refund
    kind: keyword
    keywords: [refund]
    route: { team: skilled, tier: L1, skills: [refunds] }
  - id: tiered
    kind: keyword
    keywords: [tiered]
    route: { team: tiered, tier: L1 }
`,
  defaultTeam: 'rr',
});

let caseNumber = 0;
/** Opens one escalation through /v1/evaluate with a message that names what routes it. */
export async function open(
  api: ApiHarness,
  text = 'I want to talk to a human',
  key = api.keys.agent,
): Promise<Json> {
  caseNumber += 1;
  const reply = await api.request('POST', '/v1/evaluate', {
    key,
    body: { id: `case-${caseNumber}`, turn: 1, conversation: [{ role: 'customer', text }] },
  });
  expect(reply.status).toBe(201);
  return reply.body.escalation;
}

export const eventTypes = async (api: ApiHarness, id: string): Promise<string[]> =>
  (await api.request('GET', `/v1/escalations/${id}`, { key: api.keys.admin })).body.timeline.map(
    (event: { type: string }) => event.type,
  );
