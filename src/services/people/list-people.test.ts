// listPeople on every real database: each person of the playbook with availability and open load as they stand.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin } from '../../../test/service-harness.js';
import { human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { assignEscalation } from '../escalations/assign-escalation.js';
import { resolveEscalation } from '../escalations/resolve-escalation.js';
import { listPeople } from './list-people.js';
import { setAvailability } from './set-availability.js';

// Who may list people is being settled (people visibility); these tests list as an admin and pin only the content.
for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const people = () => listPeople({ ctx: bench.as(admin) });
    const person = async (id: string) => (await people()).find((state) => state.id === id);
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('every person of the playbook, in its order, away and with nothing open until told otherwise', async () => {
      const all = await people();
      expect(all.map((state) => state.id)).toEqual([
        'ana',
        'ben',
        'bora',
        'pia',
        'poul',
        'fatma',
        'gul',
        'hakan',
      ]);
      expect(all.find((state) => state.id === 'pia')).toEqual({
        id: 'pia',
        name: 'Pia',
        email: null,
        teams: ['pool'],
        tier: null,
        skills: [],
        capacity: 1,
        available: false,
        atWork: true,
        open: 0,
      });
      expect(all.every((state) => !state.available && state.open === 0)).toBe(true);
    });

    test('availability as last set', async () => {
      await setAvailability({ ctx: bench.as(human('ben')), personId: 'ben', input: { available: true } });
      expect(await person('ben')).toMatchObject({ available: true });
      await setAvailability({ ctx: bench.as(human('ben')), personId: 'ben', input: { available: false } });
      expect(await person('ben')).toMatchObject({ available: false });
    });

    test('open counts the escalations a person holds that are not finished', async () => {
      const first = await bench.open();
      const second = await bench.open();
      for (const id of [first, second]) {
        await assignEscalation({ ctx: bench.as(human('ana')), id, input: { person: 'ana' } });
      }
      expect(await person('ana')).toMatchObject({ open: 2 });
      await resolveEscalation({ ctx: bench.as(human('ana')), id: first, input: {} });
      expect(await person('ana')).toMatchObject({ open: 1 });
      expect(await person('ben')).toMatchObject({ open: 0 });
    });
  });
}
