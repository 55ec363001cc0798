// resolveEscalation on every real database: ending with an outcome, the capacity it frees, and the refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { setAvailability } from '../people/set-availability.js';
import { claimEscalation } from './claim-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const resolve = (id: string, input: unknown = {}, by = human('ana'), expectedVersion?: number) =>
      resolveEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('resolved with an outcome and a note, at the clock', async () => {
      const id = await bench.open();
      await claimEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      bench.clock.advance(5_000);
      const resolved = await resolve(id, { outcome: 'false_escalation', note: 'the AI had answered' });
      expect(resolved).toMatchObject({
        status: 'resolved',
        outcome: 'false_escalation',
        resolvedAt: new Date(bench.clock.now).toISOString(),
      });
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'resolved',
        actor: 'ana',
        data: {
          outcome: 'false_escalation',
          status: 'resolved',
          note: 'the AI had answered',
          from: 'in_progress',
        },
      });
    });

    test('with no outcome it is resolved; handed back resolves into handed_back', async () => {
      const plain = await bench.open();
      expect(await resolve(plain)).toMatchObject({ status: 'resolved', outcome: 'resolved' });
      const back = await bench.open();
      expect(await resolve(back, { outcome: 'handed_back' })).toMatchObject({
        status: 'handed_back',
        outcome: 'handed_back',
      });
    });

    test("resolving frees the person's capacity: the team's waiting escalation goes to them in the same step", async () => {
      await setAvailability({ ctx: bench.as(human('pia')), personId: 'pia', input: { available: true } });
      const held = await bench.open('where is my parcel?');
      bench.clock.advance(1_000);
      const waiting = await bench.open('my parcel is late');
      expect([(await bench.read(held)).assignee, (await bench.read(waiting)).assignee]).toEqual([
        'pia',
        null,
      ]);
      await resolve(held, {}, human('pia'));
      const after = await bench.read(waiting);
      expect(after).toMatchObject({ assignee: 'pia', status: 'assigned' });
      expect(after.timeline.at(-1)).toMatchObject({ type: 'assigned', data: { assignee: 'pia' } });
    });

    test('an escalation already finished is a conflict; its outcome stays', async () => {
      const id = await bench.open();
      await resolve(id, { outcome: 'duplicate' });
      await expect(resolve(id)).rejects.toMatchObject({ code: 'conflict', path: 'status' });
      expect((await bench.read(id)).outcome).toBe('duplicate');
    });

    test('two people resolve at once: exactly one wins', async () => {
      const id = await bench.open();
      const results = await Promise.allSettled([
        resolve(id, { outcome: 'resolved' }, human('ana')),
        resolve(id, { outcome: 'duplicate' }, human('ben')),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')?.reason).toMatchObject({
        code: 'conflict',
      });
      expect((await bench.eventTypes(id)).filter((type) => type === 'resolved')).toHaveLength(1);
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await expect(resolve(id, {}, human('ana'), 4)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).status).toBe('new');
    });

    test('an agent may not resolve; a person of another team is refused', async () => {
      const id = await bench.open();
      await expect(resolve(id, {}, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expectRefusedToOutsider(resolve(id, {}, human('bora')));
      expect((await bench.read(id)).status).toBe('new');
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(resolve(id, { outcome: 'vanished' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'outcome',
      });
      await expect(resolve(id, { note: 1 })).rejects.toMatchObject({ code: 'bad_request', path: 'note' });
      expect((await bench.read(id)).status).toBe('new');
    });
  });
}
