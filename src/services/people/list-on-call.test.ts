// listOnCall and listShifts on every real database: who is on call at the clock or a given time, a rotation's shifts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { human, makeVerbBench } from '../../../test/verb-fixtures.js';
import type { Actor } from '../../context.js';
import { listOnCall, listShifts } from './list-on-call.js';

const hour = 3_600_000;

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const onCall = (input: unknown, by: Actor = human('ana')) => listOnCall({ ctx: bench.as(by), input });
    const shifts = (rotationId: string, input: unknown, by: Actor = human('ana')) =>
      listShifts({ ctx: bench.as(by), rotationId, input });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('who is on call at the clock, and who after the handover', async () => {
      const now = await onCall({});
      expect(now.items).toMatchObject([
        {
          rotation: 'desk-primary',
          team: 'desk',
          at: '2026-11-18T12:00:00.000Z',
          person: 'ana',
          shift: { source: 'rotation' },
        },
      ]);
      bench.clock.advance(21 * hour);
      expect((await onCall({})).items[0]).toMatchObject({ person: 'ben', at: '2026-11-19T09:00:00.000Z' });
    });

    test('at a given time, an override winning over the rotation; filtered by team', async () => {
      expect((await onCall({ at: '2026-11-20T10:00:00Z' })).items[0]).toMatchObject({
        person: 'ana',
        shift: { source: 'rotation' },
      });
      expect((await onCall({ at: '2026-11-20T13:00:00+00:00' })).items[0]).toMatchObject({
        person: 'ben',
        shift: { source: 'override' },
      });
      expect((await onCall({ team: 'billing' })).items).toEqual([]);
      expect((await onCall({ team: 'desk' }, admin)).items).toHaveLength(1);
    });

    test("a rotation's shifts between two times, clipped to them, overrides cut in", async () => {
      const between = await shifts('desk-primary', {
        from: '2026-11-18T00:00:00Z',
        to: '2026-11-21T00:00:00Z',
      });
      expect(between.rotation).toBe('desk-primary');
      expect(between.shifts.map((shift) => [shift.person, shift.from, shift.source])).toEqual([
        ['ben', '2026-11-18T00:00:00.000Z', 'rotation'],
        ['ana', '2026-11-18T09:00:00.000Z', 'rotation'],
        ['ben', '2026-11-19T09:00:00.000Z', 'rotation'],
        ['ana', '2026-11-20T09:00:00.000Z', 'rotation'],
        ['ben', '2026-11-20T12:00:00.000Z', 'override'],
        ['ana', '2026-11-20T18:00:00.000Z', 'rotation'],
      ]);
    });

    test('an agent key may not ask', async () => {
      await expect(onCall({}, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(shifts('desk-primary', {}, agent)).rejects.toMatchObject({ code: 'forbidden' });
    });

    test('bad input is refused naming the field', async () => {
      await expect(onCall({ at: 'yesterday' })).rejects.toMatchObject({ code: 'bad_request', path: 'at' });
      await expect(onCall({ team: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'team' });
      await expect(shifts('nobody', {})).rejects.toMatchObject({ code: 'not_found', path: 'rotation' });
      await expect(
        shifts('desk-primary', { from: '2026-11-20T00:00:00Z', to: '2026-11-19T00:00:00Z' }),
      ).rejects.toMatchObject({ code: 'bad_request', path: 'to' });
      await expect(
        shifts('desk-primary', { from: '2026-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' }),
      ).rejects.toMatchObject({ code: 'bad_request', path: 'to' });
    });
  });
}
