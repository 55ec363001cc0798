// The upgrade to one event id counter on every database: incident events written before it move above every
// escalation event in their order, with the outbox rows they owe, and from then on the two timelines never share an
// id and count up together.
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeJson } from '../src/store/json.js';
import { migrateToLatest, migrations } from '../src/store/migrate.js';
import { postgresSchemaTypes } from '../src/store/postgres/postgres-sql.js';
import { insertIncidentEvents } from '../src/store/queries/incident-events.js';
import { insertEvents } from '../src/store/queries/insert-event.js';
import { sqliteSchemaTypes } from '../src/store/sqlite/sqlite-sql.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { escalation, t0 } from './store-fixtures.js';

const incident = (id: string) => ({
  id,
  title: 'Login failures',
  summary: null,
  severity: 'sev2',
  critical: 0 as const,
  phase: 'detected',
  status: 'open',
  owner: null,
  roles: encodeJson({}),
  period: 1,
  period_started_at: t0,
  last_update_at: t0,
  next_update_at: null,
  source: null,
  playbook_version: 1,
  opened_by: null,
  opened_at: t0,
  resolved_at: null,
  updated_at: t0,
});

const escalationEvents = (escalationId: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    escalationId,
    type: 'commented',
    actor: 'test',
    at: t0 + i,
    data: {},
  }));
const incidentEvents = (incidentId: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    incidentId,
    type: 'update_posted',
    actor: 'test',
    at: t0 + i,
    data: { i },
  }));

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await makeTestStore(dialect, { migrate: false });
      const types = dialect === 'sqlite' ? sqliteSchemaTypes : postgresSchemaTypes;
      const { error } = await new Migrator({
        db: store.db,
        provider: { getMigrations: async () => migrations(types) },
      }).migrateTo('0015-rollups-rebuild');
      expect(error).toBeUndefined();
    });
    afterAll(() => store?.close());

    test('incident events move above the escalation events with their outbox rows; then ids never meet', async () => {
      await store.db.insertInto('escalations').values(escalation('E-1')).execute();
      await store.db.insertInto('incidents').values(incident('inc-1')).execute();
      const before = await store.transaction(async (trx) => ({
        escalation: await insertEvents(trx, escalationEvents('E-1', 5)),
        incident: await insertIncidentEvents(trx, incidentEvents('inc-1', 3)),
      }));
      // Before the upgrade both timelines count from 1.
      expect(before.incident).toEqual([1, 2, 3]);
      await store.db
        .insertInto('outbox')
        .values([
          {
            id: 'o-inc',
            event_id: 2,
            channel: 'email',
            payload: encodeJson({}),
            created_at: t0,
            escalation_id: null,
          },
          {
            id: 'o-esc',
            event_id: 2,
            channel: 'email',
            payload: encodeJson({}),
            created_at: t0,
            escalation_id: 'E-1',
          },
        ])
        .execute();

      await migrateToLatest(store);

      const moved = await store.db
        .selectFrom('incident_events')
        .select(['id', 'data'])
        .orderBy('id')
        .execute();
      const top = Math.max(...before.escalation);
      expect(moved.map((row) => Number(row.id))).toEqual([top + 1, top + 2, top + 3]);
      expect(moved.map((row) => JSON.parse(String(row.data)))).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
      const outbox = await store.db.selectFrom('outbox').select(['id', 'event_id']).orderBy('id').execute();
      expect(outbox.map((row) => [row.id, Number(row.event_id)])).toEqual([
        ['o-esc', 2],
        ['o-inc', top + 2],
      ]);

      const after: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        after.push(
          ...(await store.transaction(async (trx) => [
            ...(await insertIncidentEvents(trx, incidentEvents('inc-1', 2))),
            ...(await insertEvents(trx, escalationEvents('E-1', 2))),
          ])),
        );
      }
      expect(after[0]).toBeGreaterThan(top + 3);
      // Written one after another, across both tables: strictly increasing, none repeated.
      expect(after).toEqual([...after].sort((a, b) => a - b));
      expect(new Set(after).size).toBe(after.length);
    });
  });
}
