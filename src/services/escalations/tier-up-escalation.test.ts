// tierUpEscalation on every real database: one tier up at a time, the criteria recorded, and the refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { resolveEscalation } from './resolve-escalation.js';
import { tierUpEscalation } from './tier-up-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const tierUp = (id: string, input: unknown = {}, by = human('ana'), expectedVersion?: number) =>
      tierUpEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test("L1 → L2 → L3 by each tier's next, then unprocessable at the top", async () => {
      const id = await bench.open();
      expect(await tierUp(id, { reason: 'needs an account change' })).toMatchObject({
        tier: 'L2',
        tierChanges: 1,
      });
      expect(await tierUp(id)).toMatchObject({ tier: 'L3', tierChanges: 2 });
      await expect(tierUp(id)).rejects.toMatchObject({ code: 'unprocessable', path: 'tier' });
      const detail = await bench.read(id);
      expect(detail).toMatchObject({ tier: 'L3', team: 'desk', rerouteCount: 0 });
      expect(
        detail.timeline
          .filter((event) => event.type === 'tier_changed')
          .map((event) => [event.data.reason, event.data.criteria, event.data.to]),
      ).toEqual([
        ['needs an account change', 'needs an account change', { team: 'desk', tier: 'L2' }],
        [null, null, { team: 'desk', tier: 'L3' }],
      ]);
    });

    test('an agent may not tier up; a person of another team is refused', async () => {
      const id = await bench.open();
      await expect(tierUp(id, {}, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expectRefusedToOutsider(tierUp(id, {}, human('bora')));
      expect((await bench.read(id)).tier).toBe('L1');
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await tierUp(id);
      await expect(tierUp(id, {}, human('ana'), 1)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).tier).toBe('L2');
    });

    test('two people tier up at once from the same version: exactly one wins', async () => {
      const id = await bench.open();
      const results = await Promise.allSettled([
        tierUp(id, {}, human('ana'), 1),
        tierUp(id, {}, human('ben'), 1),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')?.reason).toMatchObject({
        code: 'conflict',
      });
      expect((await bench.read(id)).tier).toBe('L2');
    });

    test('a finished escalation cannot go up', async () => {
      const id = await bench.open();
      await resolveEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      await expect(tierUp(id)).rejects.toMatchObject({ code: 'conflict', path: 'status' });
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(tierUp(id, { reason: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'reason' });
      await expect(tierUp(id, { tier: 'L3' })).rejects.toMatchObject({ code: 'bad_request' });
      expect((await bench.read(id)).tier).toBe('L1');
    });
  });
}
