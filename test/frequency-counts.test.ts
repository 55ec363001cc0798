// Frequency-trigger counts kept in the database: they survive a restart (both databases), and on PostgreSQL the
// nodes of one database count each other's occurrences.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSharedCounterStore } from '../src/runtime/frequency/shared-counter-store.js';
import { openDatabase } from '../src/store/database.js';
import type { Store } from '../src/store/store.js';
import { templateText } from '../src/services/playbooks/templates.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';

const t0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const hour = 3_600_000;
const logger = pino({ level: 'silent' });
const counterOf = (store: Store, nodeId: string, clock: () => number = () => t0) =>
  makeSharedCounterStore({ store, clock, nodeId, logger, flushMs: 20 });

async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('not within the time given');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let database: TestStore;
    beforeAll(async () => {
      database = await makeTestStore(dialect);
    });
    afterAll(() => database.close());

    test('counts survive a restart; occurrences out of their window are not loaded, and are pruned', async () => {
      const before = counterOf(database, 'a');
      await before.start();
      expect(before.record('repeat', 'C-1', 'case-1', t0, 24 * hour)).toBe(1);
      expect(before.record('repeat', 'C-1', 'case-2', t0 + hour, 24 * hour)).toBe(2);
      // The same case again counts once.
      expect(before.record('repeat', 'C-1', 'case-2', t0 + hour, 24 * hour)).toBe(2);
      expect(before.record('short', 'C-1', 'case-1', t0, hour)).toBe(1);
      await before.stop();

      const after = counterOf(database, 'b', () => t0 + 2 * hour);
      await after.start();
      expect(after.record('repeat', 'C-1', 'case-3', t0 + 2 * hour, 24 * hour)).toBe(3);
      expect(after.record('repeat', 'C-2', 'case-4', t0 + 2 * hour, 24 * hour)).toBe(1);
      // Its window (1 h) ended before the restart: the old occurrence does not count.
      expect(after.record('short', 'C-1', 'case-5', t0 + 2 * hour, hour)).toBe(1);
      await after.stop();
      const rows = await database.db
        .selectFrom('frequency_occurrences')
        .select(['counter', 'occurrence'])
        .orderBy('counter')
        .orderBy('occurrence')
        .execute();
      expect(rows.map((row) => `${row.counter}:${row.occurrence}`)).toEqual([
        'repeat:case-1',
        'repeat:case-2',
        'repeat:case-3',
        'repeat:case-4',
        'short:case-5',
      ]);
    });

    test('a key with 100,000 occurrences in its window loads and counts like any other', async () => {
      // Loading replayed every stored occurrence through a count that scanned the key: quadratic, minutes here.
      const rows = Array.from({ length: 100_000 }, (_, index) => ({
        counter: 'hot',
        key: 'C-HOT',
        occurrence: `case-${index}`,
        at: t0 - 100_000 + index,
        expires_at: t0 - 100_000 + index + 24 * hour,
      }));
      for (let start = 0; start < rows.length; start += 1_000) {
        await database.db
          .insertInto('frequency_occurrences')
          .values(rows.slice(start, start + 1_000))
          .execute();
      }
      const counter = counterOf(database, 'hot');
      await counter.start();
      try {
        expect(counter.count('hot', 'C-HOT', t0, 24 * hour)).toBe(100_000);
        expect(counter.record('hot', 'C-HOT', 'case-new', t0, 24 * hour)).toBe(100_001);
        expect(counter.record('hot', 'C-COLD', 'case-cold', t0, 24 * hour)).toBe(1);
      } finally {
        await counter.stop();
        await database.db.deleteFrom('frequency_occurrences').where('counter', '=', 'hot').execute();
      }
    });

    test('through the server: the third contact of a customer within a day escalates, across a restart', async () => {
      const template = templateText('customer-support');
      const evaluate = (api: ApiHarness, n: number) =>
        api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: {
            id: `repeat-${n}`,
            turn: 1,
            customer: { id: 'C-REPEAT' },
            ai: { confidence: 0.95 },
            conversation: [{ role: 'customer', text: 'Where is my parcel?' }],
          },
        });
      const triggers = (reply: { body: { decision: { reasons: Array<{ trigger: string }> } } }) =>
        reply.body.decision.reasons.map((reason) => reason.trigger);
      const first = await startApi(dialect, { yaml: template, reuse: database });
      try {
        expect(triggers(await evaluate(first, 1))).not.toContain('repeat-contact');
        expect(triggers(await evaluate(first, 2))).not.toContain('repeat-contact');
      } finally {
        await first.close();
      }
      const second = await startApi(dialect, { yaml: template, reuse: database });
      try {
        expect(triggers(await evaluate(second, 3))).toContain('repeat-contact');
      } finally {
        await second.close();
      }
    });

    test.runIf(dialect === 'postgres')('two nodes running at once count what the other records', async () => {
      const second = await openDatabase(database.url);
      const a = counterOf(database, 'node-a');
      const b = counterOf(second, 'node-b');
      try {
        await a.start();
        await b.start();
        expect(a.record('live', 'C-9', 'case-a1', t0, hour)).toBe(1);
        expect(a.record('live', 'C-9', 'case-a2', t0, hour)).toBe(2);
        // b learns of a's two without a restart, and its own makes three; a learns of that one in turn.
        await eventually(() => b.count('live', 'C-9', t0, hour) === 2);
        expect(b.record('live', 'C-9', 'case-b1', t0, hour)).toBe(3);
        await eventually(() => a.count('live', 'C-9', t0, hour) === 3);
      } finally {
        await a.stop();
        await b.stop();
        await second.close();
      }
    });
  });
}
