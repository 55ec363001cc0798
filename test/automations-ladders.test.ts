// Ladders, automations and update reminders wired to escalations and timers, on every real database.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimEscalation } from '../src/services/escalations/claim-escalation.js';
import { resolveEscalation } from '../src/services/escalations/resolve-escalation.js';
import { transitionEscalation } from '../src/services/escalations/transition-escalation.js';
import { listOnCall } from '../src/services/people/list-on-call.js';
import { setAvailability } from '../src/services/people/set-availability.js';
import { supportPrimaryRotation, validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { slackIntegration } from './playbook-fixtures.js';
import { admin, openEscalation } from './service-harness.js';
import { makeVerbBench, minute, t0 } from './verb-fixtures.js';

const yaml = `${validYaml.replace(
  /people:\n/,
  `people:
  - id: mehmet
    name: Mehmet
    teams: [support]
    tier: L2
  - id: can
    name: Can
    teams: [billing]
`,
)}sla:
  policies:
    - id: fast
      first_response: 20m
      warnings: [50]
oncall:
  rotations:
${supportPrimaryRotation}  ladders:
    - team: support
      start_on: [created]
      repeat: 1
      repeat_after: 30m
      levels:
        - notify: [rotation:support-primary]
        - { notify: [tier:next], delay: 10m }
automations:
  - id: breach-goes-up
    on: [sla_breached]
    actions:
      - set_priority: urgent
      - add_tag: breached
      - notify: { channel: slack-leads, message: "first response breached" }
  - id: billing-reminders
    on: [created]
    when: { team: [billing] }
    actions:
      - start_update_reminders: { every: 30m }
  - id: picked-up
    on: [assigned]
    when: { team: [billing] }
    actions:
      - add_tag: picked-up
  - id: ping
    on: [status_changed]
    when: { status: [waiting_on_customer] }
    actions:
      - set_status: in_progress
  - id: pong
    on: [status_changed]
    when: { status: [in_progress] }
    actions:
      - set_status: waiting_on_customer
${slackIntegration('slack-leads')}`;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const { deps, clock, as: ctx, drain } = makeVerbBench(() => store, yaml);
    const eventsOf = async (id: string, ...types: string[]) =>
      (
        await store.db
          .selectFrom('events')
          .select(['type', 'data', 'at'])
          .where('escalation_id', '=', id)
          .where('type', 'in', types)
          .orderBy('id')
          .execute()
      ).map((row) => ({
        type: row.type,
        minute: (Number(row.at) - t0) / minute,
        data: JSON.parse(row.data) as Record<string, unknown>,
      }));
    const open = async (caseId: string, text: string) => {
      clock.now = t0;
      return openEscalation(deps, { id: caseId, turn: 1, conversation: [{ role: 'customer', text }] });
    };

    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('the ladder climbs level by level and round by round until someone claims', async () => {
      const id = await open('ladder-1', 'I want to talk to a real person');
      await drain();
      clock.now = t0 + 10 * minute;
      await drain();
      const notified = await eventsOf(id, 'ladder_notified');
      // 12:00 UTC is 15:00 in Istanbul on Wed 18 Nov: day 2 of the rotation from Mon 16 Nov, so ayse is on call.
      expect(
        notified.map((event) => [event.minute, event.data.level, event.data.round, event.data.people]),
      ).toEqual([
        [0, 0, 0, ['ayse']],
        [10, 1, 0, ['mehmet']],
      ]);
      clock.now = t0 + 15 * minute;
      await claimEscalation({ ctx: ctx(admin), id, input: { person: 'ayse' } });
      clock.now = t0 + 120 * minute;
      await drain();
      expect(await eventsOf(id, 'ladder_notified')).toHaveLength(2);
      // Each person the ladder named gets a message through their first channel (here the one Slack workspace).
      const outbox = await store.db
        .selectFrom('outbox')
        .select(['channel', 'endpoint', 'recipient', 'payload'])
        .where('escalation_id', '=', id)
        .execute();
      expect(
        outbox
          .filter((row) => (JSON.parse(String(row.payload)) as { reason: string }).reason === 'ladder')
          .map((row) => [row.channel, row.endpoint, row.recipient]),
      ).toEqual([
        ['slack', 'slack-leads', 'ayse'],
        ['slack', 'slack-leads', 'mehmet'],
      ]);
    });

    test('without a claim the ladder repeats its rounds', async () => {
      const id = await open('ladder-2', 'I want to talk to a real person');
      clock.now = t0 + 50 * minute;
      await drain();
      expect(
        (await eventsOf(id, 'ladder_notified')).map((event) => `${event.data.round}:${event.data.level}`),
      ).toEqual(['0:0', '0:1', '1:0', '1:1']);
    });

    test('a breach runs the automations that listen for it: priority raised, tagged, a notification recorded', async () => {
      const id = await open('auto-1', 'I want to talk to a real person');
      clock.now = t0 + 21 * minute;
      await drain();
      const row = await store.db
        .selectFrom('escalations')
        .select(['priority', 'tags'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.priority).toBe('urgent');
      expect(JSON.parse(row.tags)).toEqual(['breached']);
      const notice = await eventsOf(id, 'notification_recorded');
      expect(notice.map((event) => event.data.channel)).toEqual(['slack-leads']);
      const outbox = await store.db
        .selectFrom('outbox')
        .select(['channel', 'recipient', 'payload'])
        .where('endpoint', '=', 'slack-leads')
        .where('escalation_id', '=', id)
        .execute();
      expect(
        outbox
          .map((entry) => ({
            ...entry,
            payload: JSON.parse(String(entry.payload)) as Record<string, unknown>,
          }))
          .filter((entry) => entry.payload.reason === 'automation')
          .map((entry) => [entry.channel, entry.recipient, entry.payload.message]),
      ).toEqual([['slack', 'team:support', 'first response breached']]);
    });

    test('an automation that would trigger itself endlessly is stopped, and the stop is recorded', async () => {
      const id = await open('auto-2', 'I want to talk to a real person');
      clock.now = t0 + minute;
      await transitionEscalation({ ctx: ctx(admin), id, input: { status: 'in_progress' } });
      const loops = await eventsOf(id, 'automation_loop_stopped');
      expect(loops.length).toBeGreaterThan(0);
      expect(String(loops[0]?.data.message)).toContain('pong');
      const changes = await eventsOf(id, 'status_changed');
      expect(changes.length).toBeLessThan(12);
    });

    test('update reminders come every period while the escalation is open, and stop when it is resolved', async () => {
      const id = await open('reminders-1', 'I want to cancel my subscription');
      clock.now = t0 + 31 * minute;
      await drain();
      clock.now = t0 + 62 * minute;
      await drain();
      expect((await eventsOf(id, 'update_due')).map((event) => event.minute)).toEqual([31, 62]);
      await resolveEscalation({ ctx: ctx(admin), id, input: { outcome: 'resolved' } });
      clock.now = t0 + 200 * minute;
      await drain();
      expect(await eventsOf(id, 'update_due')).toHaveLength(2);
    });

    test('an escalation assigned by backfill, when someone becomes available, runs the automations for it', async () => {
      const id = await open('backfill-1', 'I want to cancel my plan');
      const waiting = await store.db
        .selectFrom('escalations')
        .select(['assignee', 'tags'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(waiting.assignee).toBeNull();
      expect(JSON.parse(waiting.tags)).toEqual([]);
      await setAvailability({ ctx: ctx(admin), personId: 'can', input: { available: true } });
      const assigned = await store.db
        .selectFrom('escalations')
        .select(['assignee', 'tags'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(assigned.assignee).toBe('can');
      expect(JSON.parse(assigned.tags)).toEqual(['picked-up']);
      expect((await eventsOf(id, 'assigned', 'tag_added')).map((event) => event.type)).toEqual([
        'assigned',
        'tag_added',
      ]);
    });

    test('who is on call now and at another time', async () => {
      clock.now = t0;
      const current = await listOnCall({ ctx: ctx(admin), input: {} });
      expect(current.items.map((item) => [item.rotation, item.person])).toEqual([
        ['support-primary', 'ayse'],
      ]);
      const tomorrow = await listOnCall({ ctx: ctx(admin), input: { at: '2026-11-19T12:00:00Z' } });
      expect(tomorrow.items[0]?.person).toBe('mehmet');
    });
  });
}
