// handBackEscalation on every real database: giving the conversation back to the AI, and who may.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench, otherAgent } from '../../../test/verb-fixtures.js';
import { handBackEscalation } from './hand-back-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const handBack = (id: string, input: unknown = {}, by = agent, expectedVersion?: number) =>
      handBackEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('the agent that opened it hands it back with instructions: finished as handed back', async () => {
      const id = await bench.open();
      bench.clock.advance(90_000);
      const handed = await handBack(id, { note: 'customer left', instructions: 'offer a coupon' });
      expect(handed).toMatchObject({
        status: 'handed_back',
        outcome: 'handed_back',
        resolvedAt: new Date(bench.clock.now).toISOString(),
      });
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'handed_back',
        actor: 'bot',
        data: { note: 'customer left', instructions: 'offer a coupon', from: 'new', to: 'handed_back' },
      });
    });

    test('a person of the team may hand it back too, with nothing to add', async () => {
      const id = await bench.open();
      const handed = await handBack(id, undefined, human('ben'));
      expect(handed.status).toBe('handed_back');
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'handed_back',
        data: { note: null, instructions: null },
      });
    });

    test('another agent key is told it does not exist, and nothing is written', async () => {
      const id = await bench.open();
      await expect(handBack(id, { note: 'mine now' }, otherAgent)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await bench.eventTypes(id)).toEqual(['created', 'queued_for_team']);
    });

    test("a person of another team cannot hand back the team's escalation", async () => {
      const id = await bench.open();
      await expectRefusedToOutsider(handBack(id, {}, human('bora')));
      expect((await bench.read(id)).status).toBe('new');
    });

    test('an escalation already finished cannot be handed back', async () => {
      const id = await bench.open();
      await resolveEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      await expect(handBack(id)).rejects.toMatchObject({ code: 'conflict', path: 'status' });
      expect((await bench.read(id)).outcome).toBe('resolved');
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await expect(handBack(id, {}, agent, 3)).rejects.toMatchObject({ code: 'conflict', path: 'version' });
      expect((await bench.read(id)).status).toBe('new');
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(handBack(id, { note: 5 })).rejects.toMatchObject({ code: 'bad_request', path: 'note' });
      await expect(handBack(id, { instructions: ['x'] })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'instructions',
      });
      expect((await bench.read(id)).status).toBe('new');
    });
  });
}
