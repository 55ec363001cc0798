// Many escalations opened at once for teams with little capacity: nobody is pushed over capacity, the rest
// wait for their team, and round robin still takes turns.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, type Json, makeAvailable, startApi } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { askForHuman, playbookYaml } from './playbook-fixtures.js';

interface Team {
  id: string;
  name: string;
  assignment: 'least_loaded' | 'round_robin';
}

/** Two teams: `second` takes the cases that mention `keyword`, `first` the rest. `people` are YAML flow mappings. */
function capacityPlaybook(
  name: string,
  first: Team,
  second: Team,
  keyword: string,
  people: readonly string[],
): string {
  const team = (t: Team) => `  - { id: ${t.id}, name: ${t.name}, assignment: ${t.assignment} }`;
  return playbookYaml({
    name,
    teams: `${team(first)}\n${team(second)}\n`,
    people: people.map((person) => `  - ${person}\n`).join(''),
    priorities: ['normal'],
    triggers: `${askForHuman()}  - id: ${keyword}
    kind: keyword
    keywords: [${keyword}]
`,
    routes: `  - when: { trigger: [${keyword}] }
    team: ${second.id}
    tier: L1
`,
    defaultTeam: first.id,
  });
}

const yaml = capacityPlaybook(
  'capacity',
  { id: 'll', name: 'Least loaded', assignment: 'least_loaded' },
  { id: 'rr', name: 'Round robin', assignment: 'round_robin' },
  'turns',
  [
    '{ id: dora, name: Dora, teams: [ll], capacity: 1 }',
    '{ id: eli, name: Eli, teams: [ll], capacity: 2 }',
    '{ id: ana, name: Ana, teams: [rr], capacity: 1 }',
    '{ id: cem, name: Cem, teams: [rr], capacity: 1 }',
  ],
);

const AT_ONCE = 30;

async function openAtOnce(api: ApiHarness, prefix: string, text: string): Promise<Json[]> {
  const replies = await Promise.all(
    Array.from({ length: AT_ONCE }, (_, i) =>
      api.request('POST', '/v1/evaluate', {
        key: api.keys.agent,
        body: { id: `${prefix}-${i}`, turn: 1, conversation: [{ role: 'customer', text }] },
      }),
    ),
  );
  expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 201));
  return replies.map((reply) => reply.body.escalation);
}

const countBy = (escalations: Json[]): Record<string, number> =>
  escalations.reduce<Record<string, number>>((counts, escalation) => {
    const key = String(escalation.assignee ?? 'team');
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi(dialect, { yaml });
      await makeAvailable(api, 'dora', 'eli', 'ana', 'cem');
    });
    afterAll(() => api.close());

    test('30 openings at once, least loaded: each person up to capacity, the rest owned by the team', async () => {
      const opened = await openAtOnce(api, 'll', 'I want to talk to a human');
      expect(countBy(opened)).toEqual({ dora: 1, eli: 2, team: AT_ONCE - 3 });
    });

    test('30 openings at once, round robin: one each, the rest owned by the team', async () => {
      const opened = await openAtOnce(api, 'rr', 'my turns please, a human');
      expect(countBy(opened)).toEqual({ ana: 1, cem: 1, team: AT_ONCE - 2 });
    });

    test('one person in two teams: openings for both teams at once never push them over capacity', async () => {
      const shared = await startApi(dialect, { yaml: twoTeamsYaml });
      try {
        await makeAvailable(shared, 'sam');
        const replies = await Promise.all(
          Array.from({ length: AT_ONCE }, (_, i) =>
            shared.request('POST', '/v1/evaluate', {
              key: shared.keys.agent,
              body: {
                id: `shared-${i}`,
                turn: 1,
                conversation: [
                  { role: 'customer', text: i % 2 === 0 ? 'a human please' : 'a human for billing please' },
                ],
              },
            }),
          ),
        );
        expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 201));
        const opened = replies.map((reply) => reply.body.escalation as Json);
        expect(new Set(opened.map((escalation) => escalation.team))).toEqual(new Set(['support', 'billing']));
        expect(countBy(opened)).toEqual({ sam: 2, team: AT_ONCE - 2 });
      } finally {
        await shared.close();
      }
    });
  });
}

const twoTeamsYaml = capacityPlaybook(
  'shared-person',
  { id: 'support', name: 'Support', assignment: 'least_loaded' },
  { id: 'billing', name: 'Billing', assignment: 'least_loaded' },
  'billing',
  ['{ id: sam, name: Sam, teams: [support, billing], capacity: 2 }'],
);
