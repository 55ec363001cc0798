// Nobody can leave an escalation unowned for ever, on every real database: people take work at their tier or
// below, and an escalation waiting with nobody assigned past its team's limit goes to the team's fallback, once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assignEscalation } from '../src/services/escalations/assign-escalation.js';
import { setAvailability } from '../src/services/people/set-availability.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { dailyRotation, playbookYaml, slackIntegration, threeTiers } from './playbook-fixtures.js';
import { admin, openEscalation } from './service-harness.js';
import { makeVerbBench, minute, t0 } from './verb-fixtures.js';

const yaml = playbookYaml({
  name: 'fallbacks',
  teams: `  - { id: support, name: Support, assignment: least_loaded }
  - id: technical
    name: Technical
    assignment: skills
  - id: night
    name: Night
    assignment: least_loaded
    lead: lena
    fallback: { after: 30m, to: [lead] }
  - id: rota
    name: Rota
    assignment: least_loaded
    fallback: { after: 30m, to: ['rotation:rota-oncall'] }
  - id: tiered
    name: Tiered
    assignment: least_loaded
    fallback: { after: 30m, to: ['tier:next'] }
  - id: top
    name: Top
    assignment: least_loaded
    fallback: { after: 30m, to: ['tier:next'] }
`,
  people: `  - { id: sam, name: Sam, teams: [support] }
  - { id: deniz, name: Deniz, teams: [technical], tier: L2 }
  - { id: james, name: James, teams: [technical], tier: L3 }
  - { id: nina, name: Nina, teams: [night], tier: L1 }
  - { id: lena, name: Lena, teams: [support], tier: L2 }
  - { id: ro1, name: Ro One, teams: [rota], tier: L1 }
  - { id: ro2, name: Ro Two, teams: [rota], tier: L1 }
  - { id: first, name: First, teams: [tiered], tier: L1 }
  - { id: second, name: Second, teams: [tiered], tier: L2, capacity: 2 }
  - { id: third, name: Third, teams: [tiered], tier: L3, capacity: 2 }
  - { id: boss, name: Boss, teams: [top], tier: L3 }
`,
  tiers: threeTiers(),
  priorities: ['normal', 'high'],
  triggers: `  - { id: technical, kind: keyword, keywords: [bug], route: { team: technical, tier: L1 } }
  - { id: night, kind: keyword, keywords: [midnight], route: { team: night, tier: L1 } }
  - { id: rota, kind: keyword, keywords: [rota], route: { team: rota, tier: L1 } }
  - { id: tiered, kind: keyword, keywords: [tiered], route: { team: tiered, tier: L1 } }
  - { id: top, kind: keyword, keywords: [top], route: { team: top, tier: L3 } }
`,
  defaultTeam: 'support',
  rest: `oncall:
  rotations:
${dailyRotation('rota-oncall', 'rota', 'ro2, ro1')}${slackIntegration('chat', '      default_channel: C0TEAMS\n      events: [owner_fallback]\n')}`,
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const { deps, clock, as: ctx, drain, read } = makeVerbBench(() => store, yaml);
    const open = async (caseId: string, text: string) => {
      clock.now = t0;
      return openEscalation(deps, { id: caseId, turn: 1, conversation: [{ role: 'customer', text }] });
    };
    const fallbacks = async (id: string) =>
      (await read(id)).timeline.filter((event) => event.type === 'owner_fallback').map((event) => event.data);
    /** Whom the messages about the escalation's fallback are for: the team's channel, and a person named. */
    const outboxOf = async (id: string) =>
      (
        await store.db
          .selectFrom('outbox')
          .select(['recipient', 'payload'])
          .where('escalation_id', '=', id)
          .orderBy('id')
          .execute()
      )
        .filter(
          (row) =>
            (JSON.parse(String(row.payload)) as { event: { type: string } }).event.type === 'owner_fallback',
        )
        .map((row) => row.recipient)
        .sort();
    const available = (personId: string) =>
      setAvailability({ ctx: ctx(admin), personId, input: { available: true } });

    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a person at a higher tier takes lower-tier work: L1 technical cases reach the L2/L3 team', async () => {
      clock.now = t0;
      await available('deniz');
      const id = await open('tech-1', 'I found a bug in the app');
      expect(await read(id)).toMatchObject({ team: 'technical', tier: 'L1', assignee: 'deniz' });
      const other = await open('tech-2', 'another bug');
      await assignEscalation({ ctx: ctx(admin), id: other, input: {} });
      expect((await read(other)).assignee).toBe('deniz');
    });

    test("waiting past the limit: the team's lead takes it, with an event that says why and a notification", async () => {
      const id = await open('night-1', 'call me at midnight');
      expect((await read(id)).assignee).toBeNull();
      clock.now = t0 + 29 * minute;
      await drain();
      expect((await read(id)).assignee).toBeNull();
      clock.now = t0 + 31 * minute;
      await drain();
      await drain();
      expect(await read(id)).toMatchObject({ assignee: 'lena', status: 'assigned', team: 'night' });
      const events = await fallbacks(id);
      expect(events).toEqual([
        {
          waitedMs: 31 * minute,
          after: '30m',
          why: 'nobody took it within 30m: nobody in team night is available with free capacity',
          target: 'lead',
          assignee: 'lena',
        },
      ]);
      expect(await outboxOf(id)).toEqual(['lena', 'team:night']);
    });

    test('an on-call rotation: whoever is on call now takes it', async () => {
      const id = await open('rota-1', 'rota question');
      clock.now = t0 + 30 * minute;
      await drain();
      // Wednesday 18 November, two hand-overs after Monday's: ro2, ro1, ro2.
      expect(await read(id)).toMatchObject({ assignee: 'ro2' });
      expect((await fallbacks(id)).map((event) => event.target)).toEqual(['rotation:rota-oncall']);
    });

    test('the next tier: moved up and given to the least loaded person there, even when nobody is free', async () => {
      await available('third');
      const id = await open('tiered-1', 'tiered support please');
      // Third works at L3, so also at L1: the team's strategy gives it to them at once.
      expect((await read(id)).assignee).toBe('third');
      await setAvailability({ ctx: ctx(admin), personId: 'third', input: { available: false } });
      const waiting = await open('tiered-2', 'tiered again');
      expect((await read(waiting)).assignee).toBeNull();
      clock.now = t0 + 30 * minute;
      await drain();
      const moved = await read(waiting);
      expect(moved).toMatchObject({ tier: 'L2', tierChanges: 1 });
      expect(moved.assignee).toBe('second');
      expect(moved.timeline.map((event) => event.type)).toEqual(
        expect.arrayContaining(['owner_fallback', 'tier_changed', 'assigned']),
      );
    });

    test('nobody to fall back to: an event and a notification to the team, once', async () => {
      const id = await open('top-1', 'top tier now');
      clock.now = t0 + 30 * minute;
      await drain();
      clock.now = t0 + 300 * minute;
      await drain();
      expect((await read(id)).assignee).toBeNull();
      expect(await fallbacks(id)).toEqual([
        expect.objectContaining({ target: null, assignee: null, tried: ['tier:next'] }),
      ]);
      expect(await outboxOf(id)).toEqual(['team:top']);
    });

    test('assigned before the limit: no fallback fires', async () => {
      const id = await open('night-2', 'midnight again');
      clock.now = t0 + 10 * minute;
      await available('nina');
      expect((await read(id)).assignee).toBe('nina');
      clock.now = t0 + 60 * minute;
      await drain();
      expect(await fallbacks(id)).toEqual([]);
      expect(
        await store.db
          .selectFrom('timers')
          .select('id')
          .where('escalation_id', '=', id)
          .where('kind', '=', 'owner_fallback')
          .execute(),
      ).toEqual([]);
    });
  });
}
