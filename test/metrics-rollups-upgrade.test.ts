// The upgrade to 0015 on every real database: a database migrated up to 0014 only, with escalations written
// through the services (claimed, answered, rerouted, resolved, reopened) and its cells in the shape before 0015
// (histograms as arrays, no day headline cells), is upgraded to the latest migration; the first report after the
// upgrade (which rolls every resolved escalation up again) equals the report of a database built fresh from the
// same calls, by range, zone, interval and grouping.
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../src/context.js';
import { groupKeys } from '../src/core/metrics/metrics-report.js';
import {
  type StoredExtra,
  type StoredHeadline,
  unpackExtra,
  unpackHeadline,
} from '../src/core/metrics/rollup-cells.js';
import { makePlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { claimEscalation } from '../src/services/escalations/claim-escalation.js';
import { commentOnEscalation } from '../src/services/escalations/comment-on-escalation.js';
import { reopenEscalation } from '../src/services/escalations/reopen-escalation.js';
import { rerouteEscalation } from '../src/services/escalations/reroute-escalation.js';
import { resolveEscalation } from '../src/services/escalations/resolve-escalation.js';
import { checkMetricsQuery } from '../src/services/metrics/metrics-query.js';
import { reportMetrics } from '../src/services/metrics/get-metrics.js';
import { migrateToLatest, migrations } from '../src/store/migrate.js';
import { postgresSchemaTypes } from '../src/store/postgres/postgres-sql.js';
import { sqliteSchemaTypes } from '../src/store/sqlite/sqlite-sql.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { workYaml } from './escalation-fixtures.js';
import { expectSameReport, randomOf } from './metrics-compare.js';
import { admin, openEscalation, serviceContext, type ServiceDeps } from './service-harness.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = Date.UTC(2026, 10, 18, 9, 7, 0);
const iso = (t: number) => new Date(t).toISOString();
const runtime = makePlaybookRuntime(1, parsePlaybook(workYaml));
const human = (id: string): Actor => ({ kind: 'human', keyId: `k-${id}`, name: id, personId: id });

/** The same escalations, worked the same way, on one store; returns the clock at the end. */
async function workEscalations(store: TestStore): Promise<number> {
  let now = t0;
  const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => runtime };
  const random = randomOf(29);
  for (let n = 0; n < 40; n += 1) {
    const text = random(3) === 0 ? 'a question about my invoice' : 'I want to talk to a human';
    const id = await openEscalation(deps, {
      id: `u-${n}`,
      turn: 1,
      channel: random(2) === 0 ? 'chat' : 'email',
      locale: random(2) === 0 ? 'tr' : 'en',
      conversation: [{ role: 'customer', text, at: iso(now - random(20) * MIN) }],
    });
    const invoice = text.includes('invoice');
    let person = invoice ? 'bora' : random(2) === 0 ? 'ana' : 'ben';
    now += random(40) * MIN;
    if (random(6) > 0) {
      await claimEscalation({ ctx: serviceContext(deps, human(person)), id, input: {} });
      now += random(90) * MIN;
      if (random(4) > 0) {
        await commentOnEscalation({
          ctx: serviceContext(deps, human(person)),
          id,
          input: { body: 'Looking into it', visibility: 'public' },
        });
      }
      if (!invoice && random(4) === 0) {
        await rerouteEscalation({
          ctx: serviceContext(deps, admin),
          id,
          input: { team: 'billing', reason: 'an invoice after all' },
        });
        person = 'bora';
        await claimEscalation({ ctx: serviceContext(deps, human(person)), id, input: {} });
      }
      if (random(5) > 0) {
        now += random(300) * MIN;
        const outcome = ['resolved', 'resolved', 'false_escalation', 'duplicate'][random(4)] ?? 'resolved';
        await resolveEscalation({ ctx: serviceContext(deps, human(person)), id, input: { outcome } });
        if (random(4) === 0) {
          now += random(60) * MIN;
          await reopenEscalation({
            ctx: serviceContext(deps, human(person)),
            id,
            input: { reason: 'came back' },
          });
          if (random(2) === 0) {
            await resolveEscalation({
              ctx: serviceContext(deps, human(person)),
              id,
              input: { outcome: 'resolved' },
            });
          }
        }
      }
    }
    now += random(150) * MIN;
  }
  return now;
}

/** Makes a 0014 database's cells over in the shape before 0015: histograms as arrays, no day headline cells. */
async function toCellsBefore0015(store: TestStore): Promise<number> {
  await store.db.deleteFrom('metric_rollups').where('dim', '=', 'total').execute();
  const cells = await store.db.selectFrom('metric_rollups').select(['key', 'dim', 'data']).execute();
  for (const cell of cells) {
    const stored = JSON.parse(String(cell.data)) as StoredHeadline | StoredExtra;
    const data =
      cell.dim === 'extra' ? unpackExtra(stored as StoredExtra) : unpackHeadline(stored as StoredHeadline);
    await store.db
      .updateTable('metric_rollups')
      .set({ data: JSON.stringify(data) as never })
      .where('key', '=', cell.key)
      .execute();
  }
  return cells.length;
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let upgraded: TestStore;
    let fresh: TestStore;
    let end = t0;
    const contextOf = (store: TestStore) => {
      const deps: ServiceDeps = { store: () => store, clock: () => end, playbook: async () => runtime };
      return serviceContext(deps, admin);
    };

    beforeAll(async () => {
      upgraded = await makeTestStore(dialect, { migrate: false });
      const types = dialect === 'sqlite' ? sqliteSchemaTypes : postgresSchemaTypes;
      const { error } = await new Migrator({
        db: upgraded.db,
        provider: { getMigrations: async () => migrations(types) },
      }).migrateTo('0014-incidents');
      expect(error).toBeUndefined();
      fresh = await makeTestStore(dialect);
      end = await workEscalations(upgraded);
      expect(await workEscalations(fresh)).toBe(end);
      end += HOUR;
    });
    afterAll(async () => {
      await upgraded?.close();
      await fresh?.close();
    });

    test('the first report after upgrading to 0015 equals the report of a database built fresh', async () => {
      expect(await toCellsBefore0015(upgraded)).toBeGreaterThan(100);
      expect(await migrateToLatest(upgraded)).toEqual(['0015-rollups-rebuild', '0016-shared-event-ids']);
      // The upgrade itself drops every cell and marks every facts row not rolled up.
      expect(await upgraded.db.selectFrom('metric_rollups').select('key').execute()).toEqual([]);
      const counted = await upgraded.db
        .selectFrom('escalation_facts')
        .select('escalation_id')
        .where('settled_at', 'is not', null)
        .execute();
      expect(counted).toEqual([]);
      const from = t0 - 43 * MIN;
      const inputs: Array<Record<string, string>> = [
        { from: iso(from), to: iso(end) },
        ...groupKeys.map((group) => ({
          from: iso(from),
          to: iso(end),
          group_by: group,
          tz: 'Europe/Istanbul',
        })),
        { from: iso(from + 5 * HOUR), to: iso(end - 7 * HOUR), interval: 'hour', tz: 'Asia/Kolkata' },
        { from: iso(from + 26 * HOUR), to: iso(end), group_by: 'person', interval: 'hour' },
      ];
      let first = true;
      for (const input of inputs) {
        const after = await reportMetrics(
          contextOf(upgraded),
          await checkMetricsQuery(contextOf(upgraded), input),
          'rollups',
        );
        if (first) {
          // The first report rolled every resolved escalation up again, in the shape the write path keeps (the
          // write path also leaves cells whose escalations were all taken out again: those count nothing).
          const cells = async (store: TestStore) =>
            (await store.db.selectFrom('metric_rollups').select(['key', 'n']).orderBy('key').execute())
              .map((cell) => [cell.key, Number(cell.n)])
              .filter(([, n]) => n !== 0);
          expect(await cells(upgraded)).toEqual(await cells(fresh));
          expect(after.rates.escalations).toBe(40);
          expect(after.headline.resolutionTime.escalated.count).toBeGreaterThan(10);
          first = false;
        }
        const query = await checkMetricsQuery(contextOf(fresh), input);
        expect(after).toEqual(await reportMetrics(contextOf(fresh), query, 'rollups'));
        expectSameReport(after, await reportMetrics(contextOf(fresh), query, 'rows'));
      }
    });
  });
}
