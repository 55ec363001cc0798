// The timers worker on every real database: each due timer fires exactly once, failures are set aside, not repeated.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { loadTemplate } from '../src/services/playbooks/templates.js';
import { openDatabase } from '../src/store/database.js';
import { insertEvent } from '../src/store/queries/insert-event.js';
import { scheduleTimers } from '../src/store/queries/timers.js';
import { makeTimersWorker, type TimerEffect } from '../src/runtime/timers/timers-worker.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { escalation, t0 } from './store-fixtures.js';

const runtime = makePlaybookRuntime(1, loadTemplate('customer-support'));
const logger = pino({ level: 'silent' });

/** A test effect: one `timer_fired` event per firing, so counting events counts effects. */
const recordFiring: TimerEffect = async ({ trx, timer, now }) => {
  await insertEvent(trx, {
    escalationId: timer.escalation_id,
    type: 'timer_fired',
    actor: null,
    at: now,
    data: { timer: timer.id, dueAt: Number(timer.due_at) },
  });
  return [];
};

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
      await store.db
        .insertInto('escalations')
        .values([escalation('E1'), escalation('E2')])
        .execute();
    });
    afterAll(() => store.close());

    const worker = (
      clock: () => number,
      target = store,
      nodeId = 'n1',
      effects: Record<string, TimerEffect> = { test: recordFiring },
    ) =>
      makeTimersWorker({
        store: target,
        clock,
        logger,
        events: makeEventBus(),
        playbook: async () => runtime,
        effects,
        nodeId,
        batch: 7,
      });

    const firings = async (escalationId: string) =>
      store.db
        .selectFrom('events')
        .select('data')
        .where('escalation_id', '=', escalationId)
        .where('type', '=', 'timer_fired')
        .execute();

    test('due timers fire once each; timers not yet due wait', async () => {
      await store.transaction((trx) =>
        scheduleTimers(trx, [
          ...Array.from({ length: 30 }, (_, i) => ({
            escalationId: 'E1',
            kind: 'test',
            dueAt: t0 + i * 1000,
            data: {},
          })),
          { escalationId: 'E1', kind: 'test', dueAt: t0 + 3_600_000, data: {} },
        ]),
      );
      const fired = await worker(() => t0 + 60_000).drain();
      expect(fired).toBe(30);
      expect(await firings('E1')).toHaveLength(30);
      expect(await worker(() => t0 + 60_000).drain()).toBe(0);
      const unfired = await store.db
        .selectFrom('timers')
        .select('due_at')
        .where('escalation_id', '=', 'E1')
        .where('fired_at', 'is', null)
        .execute();
      expect(unfired.map((row) => Number(row.due_at))).toEqual([t0 + 3_600_000]);
    });

    test('two workers on one database (two nodes) never fire the same timer twice', async () => {
      await store.transaction((trx) =>
        scheduleTimers(
          trx,
          Array.from({ length: 200 }, (_, i) => ({
            escalationId: 'E2',
            kind: 'test',
            dueAt: t0 + i,
            data: {},
          })),
        ),
      );
      const second = await openDatabase(store.url, { poolSize: 4 });
      try {
        const clock = () => t0 + 10_000;
        const counts = await Promise.all([
          worker(clock, store, 'a').drain(),
          worker(clock, { ...second, url: store.url } as TestStore, 'b').drain(),
        ]);
        expect(counts[0] + counts[1]).toBe(200);
        const events = await firings('E2');
        expect(events).toHaveLength(200);
        const timers = await store.db
          .selectFrom('timers')
          .select('fired_by')
          .where('escalation_id', '=', 'E2')
          .execute();
        expect(timers.every((row) => row.fired_by === 'a' || row.fired_by === 'b')).toBe(true);
      } finally {
        await second.close();
      }
    });

    test('a failing effect writes nothing, is retried later, and given up after the last attempt; others still fire', async () => {
      await store.db.insertInto('escalations').values(escalation('E3')).execute();
      await store.transaction((trx) =>
        scheduleTimers(trx, [
          { escalationId: 'E3', kind: 'broken', dueAt: t0, data: {} },
          { escalationId: 'E3', kind: 'test', dueAt: t0 + 1, data: {} },
          { escalationId: 'E3', kind: 'test', dueAt: t0 + 2, data: {} },
        ]),
      );
      const broken: TimerEffect = async ({ trx, timer, now }) => {
        await insertEvent(trx, {
          escalationId: timer.escalation_id,
          type: 'timer_fired',
          actor: null,
          at: now,
          data: { partial: true },
        });
        throw new Error('effect exploded');
      };
      let now = t0 + 10;
      const run = worker(() => now, store, 'n1', { test: recordFiring, broken });
      await run.drain();
      expect(await firings('E3')).toHaveLength(2);
      for (let attempt = 0; attempt < 6; attempt += 1) {
        now += 3_600_000;
        await run.drain();
      }
      const row = await store.db
        .selectFrom('timers')
        .selectAll()
        .where('escalation_id', '=', 'E3')
        .where('kind', '=', 'broken')
        .executeTakeFirstOrThrow();
      expect(row.attempts).toBe(5);
      expect(row.last_error).toBe('effect exploded');
      expect(row.fired_at).not.toBeNull();
      expect((await firings('E3')).every((event) => !JSON.stringify(event.data).includes('partial'))).toBe(
        true,
      );
    });
  });
}
