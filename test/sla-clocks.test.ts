// SLA clocks wired to escalations and timers, on every real database: warnings and breaches fire once, pauses stop them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor, Context } from '../src/context.js';
import { commentOnEscalation } from '../src/services/escalations/comment-on-escalation.js';
import { getEscalation } from '../src/services/escalations/get-escalation.js';
import { makePlaybookRuntime, type PlaybookRuntime } from '../src/core/playbook-runtime/playbook-runtime.js';
import { syncSlaClocks } from '../src/services/lifecycle/sync-sla-clocks.js';
import { transitionEscalation } from '../src/services/escalations/transition-escalation.js';
import { putPlaybook } from '../src/services/playbooks/playbook-versions.js';
import { validYaml } from '../src/core/playbook/__fixtures__/playbook-yaml.js';
import { parsePlaybook } from '../src/core/playbook/parse-playbook.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import { admin, openEscalation, serviceContext, type ServiceDeps, serviceWorker } from './service-harness.js';

const t0 = Date.UTC(2026, 10, 18, 12, 0, 0);
const minute = 60_000;
const slaYaml = `${validYaml}sla:
  policies:
    - id: fast
      when: { priority: [high, urgent] }
      first_response: 20m
      resolution: 2h
      warnings: [50, 75]
`;
const asksForHuman = (id: string) => ({
  id,
  turn: 1,
  conversation: [{ role: 'customer', text: 'I want to talk to a real person' }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    let now = t0;
    let runtime: PlaybookRuntime = makePlaybookRuntime(1, parsePlaybook(slaYaml));
    const deps: ServiceDeps = { store: () => store, clock: () => now, playbook: async () => runtime };
    const ctx = (actor: Actor): Context => serviceContext(deps, actor);
    const worker = () => serviceWorker(deps);
    const slaEvents = async (id: string) =>
      (
        await store.db
          .selectFrom('events')
          .select(['type', 'data', 'at'])
          .where('escalation_id', '=', id)
          .where('type', 'in', ['sla_warning', 'sla_breached'])
          .orderBy('id')
          .execute()
      ).map(
        (row) =>
          `${row.type}:${(JSON.parse(row.data) as { key: string }).key}@${(Number(row.at) - t0) / minute}m`,
      );
    const open = async (id: string) => {
      now = t0;
      return openEscalation(deps, asksForHuman(id));
    };

    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('an escalation gets the clocks of its policy, with due times', async () => {
      const id = await open('sla-1');
      const row = await store.db
        .selectFrom('escalations')
        .select('sla')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const sla = JSON.parse(String(row.sla)) as {
        policy: string;
        clocks: Array<{ metric: string; dueAt: number; state: string }>;
      };
      expect(sla.policy).toBe('fast');
      expect(sla.clocks.map((clock) => [clock.metric, clock.dueAt - t0, clock.state])).toEqual([
        ['first_response', 20 * minute, 'running'],
        ['resolution', 120 * minute, 'running'],
      ]);
    });

    test('warnings and the breach fire once each at their moment, however often the worker runs', async () => {
      const id = await open('sla-2');
      now = t0 + 11 * minute;
      await worker().drain();
      await worker().drain();
      expect(await slaEvents(id)).toEqual([`sla_warning:first_response:${t0}:50@11m`]);
      now = t0 + 21 * minute;
      await Promise.all([worker().drain(), worker().drain()]);
      expect(await slaEvents(id)).toEqual([
        `sla_warning:first_response:${t0}:50@11m`,
        `sla_warning:first_response:${t0}:75@21m`,
        `sla_breached:first_response:${t0}:100@21m`,
      ]);
      const breach = await store.db
        .selectFrom('events')
        .select('data')
        .where('escalation_id', '=', id)
        .where('type', '=', 'sla_breached')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(breach.data)).toMatchObject({
        dueAt: new Date(t0 + 20 * minute).toISOString(),
        firedAt: new Date(t0 + 21 * minute).toISOString(),
        lateMs: minute,
      });
    });

    test('waiting on the customer stops the clocks; they resume where they were', async () => {
      const id = await open('sla-3');
      now = t0 + 5 * minute;
      await transitionEscalation({ ctx: ctx(admin), id, input: { status: 'waiting_on_customer' } });
      now = t0 + 60 * minute;
      await worker().drain();
      expect(await slaEvents(id)).toEqual([]);
      await transitionEscalation({ ctx: ctx(admin), id, input: { status: 'in_progress' } });
      const row = await store.db
        .selectFrom('escalations')
        .select('sla')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const first = (
        JSON.parse(String(row.sla)) as { clocks: Array<{ metric: string; dueAt: number; elapsedMs: number }> }
      ).clocks[0];
      expect(first?.elapsedMs).toBe(5 * minute);
      expect(first?.dueAt).toBe(t0 + 75 * minute);
      now = t0 + 66 * minute;
      await worker().drain();
      expect(await slaEvents(id)).toEqual([`sla_warning:first_response:${t0}:50@66m`]);
    });

    test('the first public reply meets the first-response clock: its timers are gone', async () => {
      const id = await open('sla-4');
      now = t0 + 3 * minute;
      await commentOnEscalation({ ctx: ctx(admin), id, input: { body: 'internal', visibility: 'internal' } });
      await commentOnEscalation({
        ctx: ctx(admin),
        id,
        input: { body: 'Hello, I am on it', visibility: 'public' },
      });
      now = t0 + 30 * minute;
      await worker().drain();
      expect(await slaEvents(id)).toEqual([]);
      const row = await store.db
        .selectFrom('escalations')
        .select('sla')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const states = (
        JSON.parse(String(row.sla)) as { clocks: Array<{ metric: string; state: string }> }
      ).clocks.map((clock) => `${clock.metric}:${clock.state}`);
      expect(states).toEqual(['first_response:met', 'resolution:running']);
    });

    test('reading an escalation shows each clock now: target, due, elapsed, remaining, paused, state', async () => {
      const id = await open('sla-6');
      now = t0 + 4 * minute;
      await transitionEscalation({ ctx: ctx(admin), id, input: { status: 'waiting_on_customer' } });
      now = t0 + 30 * minute;
      const detail = await getEscalation({ ctx: ctx(admin), id });
      expect(detail.sla?.policy).toBe('fast');
      expect(detail.sla?.clocks[0]).toMatchObject({
        metric: 'first_response',
        targetMs: 20 * minute,
        dueAt: null,
        elapsedMs: 4 * minute,
        remainingMs: 16 * minute,
        isPaused: true,
        state: 'paused',
      });
    });

    test('a changed policy recomputes open clocks from the timeline', async () => {
      const id = await open('sla-5');
      runtime = makePlaybookRuntime(
        2,
        parsePlaybook(slaYaml.replace('first_response: 20m', 'first_response: 10m')),
      );
      now = t0 + 6 * minute;
      await store.transaction(async (trx) => {
        const row = await trx
          .selectFrom('escalations')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        await syncSlaClocks(trx, runtime, row, now);
      });
      await worker().drain();
      expect(await slaEvents(id)).toEqual([`sla_warning:first_response:${t0}:50@6m`]);
      runtime = makePlaybookRuntime(1, parsePlaybook(slaYaml));
    });

    test('an activation seen by a worker still on the previous version is no failure: the clocks follow once it loads', async () => {
      const id = await open('sla-6');
      await putPlaybook({ ctx: ctx(admin), yaml: slaYaml });
      const faster = slaYaml.replace('first_response: 20m', 'first_response: 4m');
      const activated = await putPlaybook({ ctx: ctx(admin), yaml: faster });
      now = t0 + minute;
      await worker().drain();
      const failures = await store.db
        .selectFrom('timers')
        .select(['kind', 'attempts', 'last_error'])
        .where('kind', '=', 'recompute_clocks')
        .where((eb) => eb.or([eb('attempts', '>', 0), eb('last_error', 'is not', null)]))
        .execute();
      expect(failures).toEqual([]);

      runtime = makePlaybookRuntime(activated.version, parsePlaybook(faster));
      now = t0 + 3 * minute;
      await worker().drain();
      expect(await slaEvents(id)).toEqual([
        `sla_warning:first_response:${t0}:50@3m`,
        `sla_warning:first_response:${t0}:75@3m`,
      ]);
      runtime = makePlaybookRuntime(1, parsePlaybook(slaYaml));
    });
  });
}
