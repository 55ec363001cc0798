// Column conventions on every real database: JSON, ids, constraints, aggregates, paging, leasing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newId } from '../src/store/ids.js';
import { decodeJson, encodeJson } from '../src/store/json.js';
import type { Db } from '../src/store/store.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { escalation, storable, t0 } from './store-fixtures.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('JSON round-trips the same on both databases, including what jsonb cannot hold', async () => {
      const value = {
        tr: 'İPTAL ıptal şikayet Ğğ Öö Üü Çç',
        emoji: '👩‍💻🇹🇷',
        nested: { a: [1, 2.5, -0.125, 1e21, null, true, false, ''], b: { c: { d: ['x', { e: 'y' }] } } },
        escapes: 'quote " backslash \\ newline \n tab \t literal \\u0000',
        keyOrder: { z: 1, a: 2, mm: 3 },
        unstorable: 'nul\u0000 lone\ud800 pair\ud83d\ude00',
      };
      const id = newId(t0);
      await store.db
        .insertInto('escalations')
        .values(escalation(id, { context: encodeJson(value) }))
        .execute();
      const row = await store.db
        .selectFrom('escalations')
        .where('id', '=', id)
        .select('context')
        .executeTakeFirstOrThrow();
      expect(typeof row.context).toBe('string');
      expect(decodeJson(row.context)).toEqual({ ...value, unstorable: 'nul\ufffd lone\ufffd pair😀' });
    });

    test('any JSON value is stored and read back, with unstorable text replaced by U+FFFD', async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ stringUnit: 'binary' }), async (value) => {
          const id = newId(t0);
          const timer = { id, escalation_id: 'json', kind: 'k', due_at: t0, data: encodeJson(value) };
          await store.db.insertInto('timers').values(timer).execute();
          const row = await store.db
            .selectFrom('timers')
            .where('id', '=', id)
            .select('data')
            .executeTakeFirstOrThrow();
          expect(decodeJson(row.data)).toEqual(storable(value));
        }),
        { numRuns: 100 },
      );
    });

    test('event ids increase in insertion order and read back as numbers', async () => {
      const id = newId(t0);
      await store.db.insertInto('escalations').values(escalation(id)).execute();
      const ids: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const row = await store.db
          .insertInto('events')
          .values({ escalation_id: id, type: 'note', actor: 'ayse', at: t0 + i, data: encodeJson({ i }) })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      expect(ids.every((n) => typeof n === 'number')).toBe(true);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect(new Set(ids).size).toBe(5);
      const timeline = await store.db
        .selectFrom('events')
        .where('escalation_id', '=', id)
        .orderBy('id')
        .select(['id', 'at'])
        .execute();
      expect(timeline.map((e) => e.at)).toEqual([t0, t0 + 1, t0 + 2, t0 + 3, t0 + 4]);
    });

    test('a second evaluation of the same case turn is a unique violation; turn-less ones never collide', async () => {
      const evaluation = (turn: number | null, key: string | null = null) => ({
        id: newId(t0),
        case_id: 'conv-8812',
        turn,
        idempotency_key: key,
        playbook_version: 1,
        confidence: 0.72,
        task_type: 'refund',
        risk: 'high',
        action: 'continue',
        triggers: encodeJson(['low-confidence']),
        decision: encodeJson({ action: 'continue' }),
        escalation_id: null,
        created_at: t0,
      });
      await store.db.insertInto('evaluations').values(evaluation(3)).execute();
      const duplicate = await store.db
        .insertInto('evaluations')
        .values(evaluation(3))
        .execute()
        .catch((error: unknown) => error);
      expect(store.isUniqueViolation(duplicate)).toBe(true);
      await store.db
        .insertInto('evaluations')
        .values([evaluation(null), evaluation(null)])
        .execute();
      await store.db.insertInto('evaluations').values(evaluation(null, 'key-1')).execute();
      const sameKey = await store.db
        .insertInto('evaluations')
        .values(evaluation(null, 'key-1'))
        .execute()
        .catch((error: unknown) => error);
      expect(store.isUniqueViolation(sameKey)).toBe(true);
      const row = await store.db
        .selectFrom('evaluations')
        .where('turn', '=', 3)
        .select('confidence')
        .executeTakeFirstOrThrow();
      expect(row.confidence).toBe(0.72);
      expect(store.isUniqueViolation(new Error('other'))).toBe(false);
    });

    test('foreign keys are enforced: no event for an unknown escalation', async () => {
      const insert = store.db
        .insertInto('events')
        .values({ escalation_id: 'nope', type: 'x', actor: null, at: t0, data: encodeJson({}) })
        .execute();
      await expect(insert).rejects.toThrow();
    });

    test('aggregates over times come back as numbers, with the same SQL on both', async () => {
      const ids = [newId(t0), newId(t0)];
      await store.db
        .insertInto('escalations')
        .values(
          ids.map((id, i) =>
            escalation(id, { team: 'aggregates', first_response_at: t0 + (i + 1) * 60_000 }),
          ),
        )
        .execute();
      const row = await store.db
        .selectFrom('escalations')
        .where('team', '=', 'aggregates')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.avg<number>(eb('first_response_at', '-', eb.ref('opened_at'))).as('mean'),
          eb.fn.max('first_response_at').as('last'),
        ])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ n: 2, mean: 90_000, last: t0 + 120_000 });
    });

    test('cursor pagination on (opened_at, id) walks every row once', async () => {
      const rows = Array.from({ length: 7 }, (_, i) =>
        escalation(newId(t0 + i), { team: 'paging', opened_at: t0 + Math.floor(i / 2) }),
      );
      await store.db.insertInto('escalations').values(rows).execute();
      const seen: string[] = [];
      let cursor: { opened_at: number; id: string } | undefined;
      for (;;) {
        let query = store.db
          .selectFrom('escalations')
          .where('team', '=', 'paging')
          .select(['id', 'opened_at']);
        if (cursor) {
          const { opened_at, id } = cursor;
          query = query.where((eb) => eb(eb.refTuple('opened_at', 'id'), '>', eb.tuple(opened_at, id)));
        }
        const page = await query.orderBy('opened_at').orderBy('id').limit(3).execute();
        if (page.length === 0) {
          break;
        }
        seen.push(...page.map((r) => r.id));
        cursor = page.at(-1);
      }
      expect(seen).toEqual(rows.map((r) => r.id).sort((a, b) => (a < b ? -1 : 1)));
    });

    test('timers and outbox tables exist and take their rows', async () => {
      const id = newId(t0);
      await store.db
        .insertInto('timers')
        .values({
          id,
          escalation_id: 'e',
          kind: 'sla_breach',
          due_at: t0,
          fired_at: null,
          lease_owner: null,
          lease_until: null,
          data: encodeJson({}),
        })
        .execute();
      await store.db
        .insertInto('outbox')
        .values({
          id,
          event_id: 1,
          channel: 'slack',
          payload: encodeJson({ text: 'hi' }),
          created_at: t0,
          delivered_at: null,
          lease_until: null,
        })
        .execute();
      const due = await store.transaction((trx) =>
        store
          .forUpdateSkipLocked(
            trx
              .selectFrom('timers')
              .where('escalation_id', '=', 'e')
              .where('fired_at', 'is', null)
              .where('due_at', '<=', t0)
              .select('id'),
          )
          .execute(),
      );
      expect(due).toEqual([{ id }]);
      const outbox = await store.db
        .selectFrom('outbox')
        .where('id', '=', id)
        .select(['attempts', 'event_id'])
        .executeTakeFirstOrThrow();
      expect(outbox).toEqual({ attempts: 0, event_id: 1 });
    });

    test.runIf(dialect === 'postgres')(
      'PostgreSQL: a row one node has leased is skipped by another',
      async () => {
        const id = newId(t0);
        await store.db
          .insertInto('timers')
          .values({
            id,
            escalation_id: 'lease',
            kind: 'k',
            due_at: t0,
            fired_at: null,
            lease_owner: null,
            lease_until: null,
            data: encodeJson({}),
          })
          .execute();
        const due = (trx: Db) =>
          store
            .forUpdateSkipLocked(trx.selectFrom('timers').where('escalation_id', '=', 'lease').select('id'))
            .execute();
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        let markLocked = (): void => undefined;
        const locked = new Promise<void>((resolve) => (markLocked = resolve));
        const first = store.transaction(async (trx) => {
          const rows = await due(trx);
          markLocked();
          await held;
          return rows;
        });
        await locked;
        const second = await store.transaction(due);
        release();
        expect(await first).toEqual([{ id }]);
        expect(second).toEqual([]);
      },
    );
  });
}
