// Routing and backfill over real HTTP on every database: strategies, capacity, skills, tiers, availability, round robin across restarts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ApiHarness, countRows, type Json, makeAvailable, startApi } from './api-harness.js';
import { DIALECTS, makeTestStore } from './databases.js';
import { routingYaml, open, eventTypes } from './escalation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    describe('routing and backfill', () => {
      let api: ApiHarness;
      beforeAll(async () => {
        api = await startApi(dialect, { yaml: routingYaml });
      });
      afterAll(() => api.close());

      test('least_loaded fills by load against capacity; when all are full the team owns it', async () => {
        await makeAvailable(api, 'dora', 'eli');
        const assignees = [];
        for (let i = 0; i < 4; i += 1) {
          assignees.push((await open(api, `invoice ${i}`)).assignee);
        }
        expect(assignees).toEqual(['dora', 'eli', 'eli', null]);
        const people = await api.request('GET', '/v1/people', { key: api.keys.admin });
        expect(
          people.body.items
            .filter((person: { teams: string[] }) => person.teams.includes('ll'))
            .map((person: Json) => [person.id, person.open, person.capacity]),
        ).toEqual([
          ['dora', 1, 1],
          ['eli', 2, 2],
        ]);
      });

      test('resolving frees capacity: the waiting escalation goes to that person in the same step', async () => {
        const waiting = await api.request('GET', '/v1/escalations?team=ll&status=new', {
          key: api.keys.admin,
        });
        expect(waiting.body.items).toHaveLength(1);
        const doras = await api.request('GET', '/v1/escalations?assignee=dora', { key: api.keys.admin });
        const resolved = await api.request('POST', `/v1/escalations/${doras.body.items[0].id}/resolve`, {
          key: await api.keys.human('dora'),
          body: { outcome: 'resolved' },
        });
        expect(resolved.status).toBe(200);
        const after = await api.request('GET', `/v1/escalations/${waiting.body.items[0].id}`, {
          key: api.keys.admin,
        });
        expect(after.body).toMatchObject({ assignee: 'dora', status: 'assigned' });
        expect(after.body.timeline.at(-1)).toMatchObject({ type: 'assigned', data: { assignee: 'dora' } });
      });

      test('nobody available: the team owns it; the first person to become available gets the oldest', async () => {
        const older = await open(api, 'help at midnight please');
        api.clock.advance(1_000);
        const newer = await open(api, 'midnight again');
        expect([older.assignee, newer.assignee, older.status]).toEqual([null, null, 'new']);
        expect(await eventTypes(api, older.id)).toEqual(['created', 'queued_for_team']);

        const available = await api.request('POST', '/v1/people/nina/availability', {
          key: await api.keys.human('nina'),
          body: { available: true },
        });
        expect(available.status).toBe(200);
        expect(available.body).toMatchObject({ id: 'nina', available: true, open: 1, capacity: 1 });
        const [first, second] = await Promise.all(
          [older, newer].map(
            async (escalation) =>
              (await api.request('GET', `/v1/escalations/${escalation.id}`, { key: api.keys.admin })).body,
          ),
        );
        expect(first).toMatchObject({ assignee: 'nina', status: 'assigned' });
        expect(second).toMatchObject({ assignee: null, status: 'new' });
        const someoneElse = await api.request('POST', '/v1/people/nina/availability', {
          key: await api.keys.human('dora'),
          body: { available: false },
        });
        expect(someoneElse.status).toBe(403);
        const nobody = await api.request('POST', '/v1/people/nobody/availability', {
          key: await api.keys.human('dora'),
          body: { available: false },
        });
        expect({ status: nobody.status, body: nobody.body }).toEqual({
          status: someoneElse.status,
          body: someoneElse.body,
        });
      });

      test('escalations opened at once never push a person over capacity', async () => {
        await makeAvailable(api, 'sol');
        const opened = await Promise.all(Array.from({ length: 6 }, (_, i) => open(api, `solo ${i}`)));
        expect(opened.filter((escalation) => escalation.assignee === 'sol')).toHaveLength(1);
        const people = await api.request('GET', '/v1/people', { key: api.keys.admin });
        expect(people.body.items.find((person: { id: string }) => person.id === 'sol')).toMatchObject({
          open: 1,
          capacity: 1,
        });
      });

      test('skills: the best skill match first, then whoever can take it', async () => {
        await makeAvailable(api, 'generalist', 'refunder');
        const first = await open(api, 'I want a refund');
        const second = await open(api, 'another refund please');
        expect([first.assignee, second.assignee]).toEqual(['refunder', 'generalist']);
      });

      test("a person is picked only at the escalation's tier: tier up moves it to the L2 person", async () => {
        await makeAvailable(api, 'first', 'second');
        const escalation = await open(api, 'tiered question');
        expect(escalation).toMatchObject({ tier: 'L1', assignee: 'first' });
        const up = await api.request('POST', `/v1/escalations/${escalation.id}/tier-up`, {
          key: await api.keys.human('first'),
          body: { reason: 'needs a specialist' },
        });
        expect(up.body).toMatchObject({
          tier: 'L2',
          assignee: 'second',
          status: 'assigned',
          claimedAt: null,
        });
      });

      test('round robin takes turns among the available people at work', async () => {
        await makeAvailable(api, 'ana', 'ben', 'cem', 'weekend');
        const assignees = [];
        for (let i = 0; i < 6; i += 1) {
          assignees.push((await open(api)).assignee);
        }
        expect(assignees).toEqual(['ana', 'ben', 'cem', 'ana', 'ben', 'cem']);
        const together = await Promise.all(Array.from({ length: 6 }, () => open(api)));
        const turns = together.map((escalation) => escalation.assignee as string).sort();
        expect(turns).toEqual(['ana', 'ana', 'ben', 'ben', 'cem', 'cem']);
      });
    });

    test('round robin remembers its place across a restart on the same database', async () => {
      const database = await makeTestStore(dialect);
      try {
        const first = await startApi(dialect, { yaml: routingYaml, reuse: database });
        const before = [];
        try {
          await makeAvailable(first, 'ana', 'ben', 'cem');
          for (let i = 0; i < 4; i += 1) {
            before.push((await open(first)).assignee);
          }
        } finally {
          await first.close();
        }
        expect(before).toEqual(['ana', 'ben', 'cem', 'ana']);
        const second = await startApi(dialect, { yaml: routingYaml, reuse: database });
        try {
          expect([(await open(second)).assignee, (await open(second)).assignee]).toEqual(['ben', 'cem']);
          expect(await countRows(second.store, 'playbook_versions')).toBe(1);
        } finally {
          await second.close();
        }
      } finally {
        await database.close();
      }
    });
  });
}
