// Metric rollups on every real database: escalations worked through the API at random (claimed, answered,
// rerouted, resolved, reopened, outcomes changed) keep the rollups current in their own transactions, and the
// report from rollups equals the report from rows (percentiles within 1 %) over ranges, zones and groupings;
// rows written before rollups existed are rolled up once.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../src/context.js';
import { groupKeys } from '../src/core/metrics/metrics-report.js';
import { checkMetricsQuery } from '../src/services/metrics/metrics-query.js';
import { reportMetrics } from '../src/services/metrics/get-metrics.js';
import { backfillMetricRollups } from '../src/services/metrics/backfill-escalation-facts.js';
import { makeActivePlaybook } from '../src/services/playbooks/active-playbook.js';
import { makeEventBus } from '../src/runtime/events/event-bus.js';
import { type ApiHarness, type Json, startApi, t0 } from './api-harness.js';
import { DIALECTS } from './databases.js';
import { workYaml } from './escalation-fixtures.js';
import { expectSameReport, randomOf } from './metrics-compare.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (t: number) => new Date(t).toISOString();

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let api: ApiHarness;
    let ctx: Context;
    const people = { ana: '', ben: '', bora: '' };

    const post = async (id: string, action: string, key: string, body: unknown = {}) => {
      const reply = await api.request('POST', `/v1/escalations/${id}/${action}`, { key, body });
      expect(reply.status, `${action} ${JSON.stringify(reply.body)}`).toBe(200);
      return reply.body as Json;
    };
    const compare = async (input: Record<string, string>) => {
      const query = await checkMetricsQuery(ctx, input);
      const exact = await reportMetrics(ctx, query, 'rows');
      const fast = await reportMetrics(ctx, query, 'rollups');
      expectSameReport(fast, exact);
      return exact;
    };

    beforeAll(async () => {
      api = await startApi(dialect, { yaml: workYaml });
      people.ana = await api.keys.human('ana');
      people.ben = await api.keys.human('ben');
      people.bora = await api.keys.human('bora');
      const playbook = makeActivePlaybook(api.store.db, () => api.clock.now);
      ctx = {
        store: api.store,
        clock: () => api.clock.now,
        logger: pino({ level: 'silent' }),
        events: makeEventBus(),
        actor: { kind: 'admin', keyId: null, name: 'test', personId: null },
        playbook: () => playbook.get(),
      };
      const random = randomOf(dialect.length * 7 + 11);
      for (let n = 0; n < 36; n += 1) {
        const text = random(3) === 0 ? 'a question about my invoice' : 'I want to talk to a human';
        const reply = await api.request('POST', '/v1/evaluate', {
          key: api.keys.agent,
          body: { id: `r-${n}`, turn: 1, conversation: [{ role: 'customer', text, at: iso(api.clock.now) }] },
        });
        expect([200, 201]).toContain(reply.status);
        const id = (reply.body as Json).escalation.id as string;
        const team = (reply.body as Json).escalation.team as string;
        let person = team === 'billing' ? people.bora : random(2) === 0 ? people.ana : people.ben;
        api.clock.advance(random(40) * MIN);
        if (random(5) > 0) {
          await post(id, 'claim', person);
          api.clock.advance(random(90) * MIN);
          if (random(4) > 0) {
            await post(id, 'comments', person, { body: 'Looking', visibility: 'public' });
          }
          if (team === 'desk' && random(4) === 0) {
            await post(id, 'reroute', person, { team: 'billing', reason: 'an invoice' });
            person = people.bora;
            await post(id, 'claim', person);
          }
          if (random(4) > 0) {
            api.clock.advance(random(300) * MIN);
            const outcome =
              ['resolved', 'resolved', 'false_escalation', 'duplicate'][random(4)] ?? 'resolved';
            await post(id, 'resolve', person, { outcome });
            if (random(4) === 0) {
              api.clock.advance(random(60) * MIN);
              await post(id, 'reopen', person, { reason: 'came back' });
              if (random(2) === 0) {
                await post(id, 'resolve', person, { outcome: 'resolved' });
              }
            } else if (random(5) === 0) {
              await post(id, 'outcome', person, { outcome: 'false_escalation' });
            }
          }
        }
        api.clock.advance(random(180) * MIN);
      }
    });
    afterAll(() => api.close());

    test('the report from rollups equals the report from rows, by range, zone and grouping', async () => {
      const from = t0 - 43 * MIN;
      const to = api.clock.now + 3 * MIN;
      const exact = await compare({ from: iso(from), to: iso(to) });
      expect(exact.rates.escalations).toBe(36);
      expect(exact.headline.resolutionTime.escalated.count).toBeGreaterThan(5);
      expect(exact.rates.reopenRate).toBeGreaterThan(0);
      expect(exact.rates.falseEscalationRate).toBeGreaterThan(0);
      for (const group of groupKeys) {
        await compare({ from: iso(from), to: iso(to), group_by: group, tz: 'Europe/Istanbul' });
      }
      await compare({
        from: iso(from + 5 * HOUR),
        to: iso(to - 7 * HOUR),
        interval: 'hour',
        tz: 'Asia/Kolkata',
      });
      await compare({ from: iso(from + 30 * HOUR), to: iso(to), group_by: 'person', tz: 'America/New_York' });
    });

    test('a person sees the same report from rollups as from rows, of their teams only', async () => {
      ctx = { ...ctx, actor: { kind: 'human', keyId: null, name: 'bora', personId: 'bora' } };
      try {
        const exact = await compare({ from: iso(t0), to: iso(api.clock.now + HOUR), group_by: 'team' });
        expect(exact.groups.map((group) => group.key)).toEqual(['billing']);
      } finally {
        ctx = { ...ctx, actor: { kind: 'admin', keyId: null, name: 'test', personId: null } };
      }
    });

    test('facts written before rollups existed are rolled up once, to the same report', async () => {
      const input = { from: iso(t0), to: iso(api.clock.now + HOUR), group_by: 'tier' };
      const before = await reportMetrics(ctx, await checkMetricsQuery(ctx, input), 'rollups');
      await api.store.db.deleteFrom('metric_rollups').execute();
      await api.store.db.updateTable('escalation_facts').set({ settled_at: null }).execute();
      const counted = await backfillMetricRollups(api.store);
      expect(counted).toBe(before.headline.resolutionTime.escalated.count);
      expect(await backfillMetricRollups(api.store)).toBe(0);
      expect(await reportMetrics(ctx, await checkMetricsQuery(ctx, input), 'rollups')).toEqual(before);
      await compare(input);
    });
  });
}
