// transitionEscalation on every real database: moves the workflow allows, what finishing and unfinishing write, refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { transitionEscalation } from './transition-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const move = (id: string, input: unknown, by = human('ana'), expectedVersion?: number) =>
      transitionEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('an allowed move changes the status and records the note', async () => {
      const id = await bench.open();
      const moved = await move(id, { status: 'waiting_on_customer', note: 'asked for the receipt' });
      expect(moved).toMatchObject({ status: 'waiting_on_customer', version: 2, resolvedAt: null });
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'status_changed',
        actor: 'ana',
        data: { from: 'new', to: 'waiting_on_customer', note: 'asked for the receipt' },
      });
    });

    test('a move the workflow does not allow names the allowed statuses, and writes nothing', async () => {
      const id = await bench.open();
      await move(id, { status: 'waiting_on_customer' });
      await expect(move(id, { status: 'pending_approval' })).rejects.toMatchObject({
        code: 'invalid_transition',
        path: 'status',
        message:
          'cannot move from waiting_on_customer to pending_approval; allowed: in_progress, assigned, resolved, closed, handed_back',
      });
      await expect(move(id, { status: 'on_holiday' })).rejects.toMatchObject({ code: 'unprocessable' });
      expect(await bench.read(id)).toMatchObject({ status: 'waiting_on_customer', version: 2 });
    });

    test('into a finished status sets the outcome and time; out of it clears them', async () => {
      const id = await bench.open();
      bench.clock.advance(10_000);
      expect(await move(id, { status: 'closed' })).toMatchObject({
        status: 'closed',
        outcome: 'resolved',
        resolvedAt: new Date(bench.clock.now).toISOString(),
      });
      expect(await move(id, { status: 'in_progress' })).toMatchObject({ outcome: null, resolvedAt: null });
      expect(await move(id, { status: 'handed_back' })).toMatchObject({ outcome: 'handed_back' });
    });

    test('two people move it at once from the same version: exactly one wins', async () => {
      const id = await bench.open();
      const results = await Promise.allSettled([
        move(id, { status: 'in_progress' }, human('ana'), 1),
        move(id, { status: 'waiting_on_customer' }, human('ben'), 1),
      ]);
      const won = results.filter((result) => result.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')?.reason).toMatchObject({
        code: 'conflict',
      });
      expect((await bench.read(id)).status).toBe(won[0]?.value.status);
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await expect(move(id, { status: 'in_progress' }, human('ana'), 9)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).status).toBe('new');
    });

    test('an agent may not move it; a person of another team is refused', async () => {
      const id = await bench.open();
      await expect(move(id, { status: 'in_progress' }, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expectRefusedToOutsider(move(id, { status: 'in_progress' }, human('bora')));
      expect((await bench.read(id)).status).toBe('new');
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(move(id, {})).rejects.toMatchObject({ code: 'bad_request', path: 'status' });
      await expect(move(id, { status: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'status' });
      await expect(move(id, { status: 'closed', note: 3 })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'note',
      });
      expect((await bench.read(id)).status).toBe('new');
    });
  });
}
