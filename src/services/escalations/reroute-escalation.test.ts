// rerouteEscalation on every real database: to another team or tier with a reason, counted, and the refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { assignEscalation } from './assign-escalation.js';
import { rerouteEscalation } from './reroute-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const reroute = (id: string, input: unknown, by = human('ana'), expectedVersion?: number) =>
      rerouteEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('to another team with a reason: counted, unassigned, and the old team no longer works it', async () => {
      const id = await bench.open();
      await assignEscalation({ ctx: bench.as(human('ana')), id, input: { person: 'ben' } });
      const moved = await reroute(id, { team: 'billing', reason: 'it is about an invoice' });
      expect(moved).toMatchObject({
        team: 'billing',
        tier: 'L1',
        rerouteCount: 1,
        tierChanges: 0,
        assignee: null,
      });
      expect((await bench.read(id)).timeline.find((event) => event.type === 'rerouted')).toMatchObject({
        actor: 'ana',
        data: {
          reason: 'it is about an invoice',
          from: { team: 'desk', tier: 'L1' },
          to: { team: 'billing', tier: 'L1' },
        },
      });
      await expectRefusedToOutsider(reroute(id, { tier: 'L2', reason: 'x' }));
      const back = await reroute(
        id,
        { team: 'desk', tier: 'L2', reason: 'not billing after all' },
        human('bora'),
      );
      expect(back).toMatchObject({ team: 'desk', tier: 'L2', rerouteCount: 2, tierChanges: 1 });
    });

    test('to another tier of the same team counts a tier change too', async () => {
      const id = await bench.open();
      const moved = await reroute(id, { tier: 'L3', reason: 'needs an expert' });
      expect(moved).toMatchObject({ team: 'desk', tier: 'L3', rerouteCount: 1, tierChanges: 1 });
    });

    test('a team or tier the playbook does not have, or where it already is, is unprocessable', async () => {
      const id = await bench.open();
      await expect(reroute(id, { team: 'nowhere', reason: 'x' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'team',
      });
      await expect(reroute(id, { tier: 'L9', reason: 'x' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'tier',
      });
      await expect(reroute(id, { team: 'desk', tier: 'L1', reason: 'x' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'team',
      });
      expect((await bench.read(id)).rerouteCount).toBe(0);
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(reroute(id, { team: 'billing' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'reason',
      });
      await expect(reroute(id, { reason: 'somewhere' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'team',
      });
      await expect(reroute(id, { team: 'billing', reason: 'x'.repeat(2_001) })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'reason',
      });
      expect((await bench.read(id)).team).toBe('desk');
    });

    test('an agent may not reroute', async () => {
      const id = await bench.open();
      await expect(reroute(id, { team: 'billing', reason: 'x' }, agent)).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect((await bench.read(id)).team).toBe('desk');
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await expect(reroute(id, { team: 'billing', reason: 'x' }, admin, 2)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).team).toBe('desk');
    });

    test('a finished escalation cannot be rerouted', async () => {
      const id = await bench.open();
      await resolveEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      await expect(reroute(id, { team: 'billing', reason: 'x' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'status',
      });
    });
  });
}
