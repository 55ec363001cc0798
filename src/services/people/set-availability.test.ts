// setAvailability on every real database: a person going available or away, the waiting work it pulls, who may set it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { human, makeVerbBench } from '../../../test/verb-fixtures.js';
import type { Actor } from '../../context.js';
import { listPeople } from './list-people.js';
import { setAvailability } from './set-availability.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const setTo = (personId: string, input: unknown, by: Actor = human(personId)) =>
      setAvailability({ ctx: bench.as(by), personId, input });
    const availableOf = async (id: string) =>
      (await listPeople({ ctx: bench.as(admin) })).find((state) => state.id === id)?.available;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test("going available pulls the team's oldest waiting escalation, up to capacity", async () => {
      const older = await bench.open('where is my parcel?');
      bench.clock.advance(1_000);
      const newer = await bench.open('my parcel is late');
      expect((await bench.read(older)).assignee).toBeNull();
      const state = await setTo('pia', { available: true });
      expect(state).toMatchObject({ id: 'pia', available: true, open: 1, capacity: 1 });
      expect(await bench.read(older)).toMatchObject({ assignee: 'pia', status: 'assigned' });
      expect((await bench.read(older)).timeline.at(-1)).toMatchObject({
        type: 'assigned',
        data: { assignee: 'pia' },
      });
      expect((await bench.read(newer)).assignee).toBeNull();
    });

    test('going away takes nothing new; what they hold stays theirs', async () => {
      const state = await setTo('pia', { available: false });
      expect(state).toMatchObject({ available: false, open: 1 });
      const waiting = await bench.open('a third parcel');
      expect((await bench.read(waiting)).assignee).toBeNull();
    });

    test('setting it again to what it is changes nothing', async () => {
      await setTo('ana', { available: true });
      expect(await setTo('ana', { available: true })).toMatchObject({ available: true });
      expect(await availableOf('ana')).toBe(true);
    });

    test('a person sets only their own; an admin sets anyone; an agent no one', async () => {
      await expect(setTo('ben', { available: true }, human('ana'))).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(setTo('ben', { available: true }, agent)).rejects.toMatchObject({ code: 'forbidden' });
      expect(await availableOf('ben')).toBe(false);
      expect(await setTo('ben', { available: true }, admin)).toMatchObject({ id: 'ben', available: true });
    });

    test('nobody the playbook knows is not found', async () => {
      await expect(setTo('zed', { available: true }, admin)).rejects.toMatchObject({
        code: 'not_found',
        path: 'id',
      });
    });

    test('bad input is refused naming the field', async () => {
      await expect(setTo('bora', { available: 'yes' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'available',
      });
      await expect(setTo('bora', {})).rejects.toMatchObject({ code: 'bad_request', path: 'available' });
      expect(await availableOf('bora')).toBe(false);
    });
  });
}
