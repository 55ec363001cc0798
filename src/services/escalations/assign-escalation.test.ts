// assignEscalation on every real database: giving an escalation to a named person or to the team's pick.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { setAvailability } from '../people/set-availability.js';
import { assignEscalation } from './assign-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const assign = (id: string, input: unknown, by = human('ana'), expectedVersion?: number) =>
      assignEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('to a named person of the team: theirs, assigned now, not yet claimed', async () => {
      const id = await bench.open();
      bench.clock.advance(60_000);
      const assigned = await assign(id, { person: 'ben' });
      expect(assigned).toMatchObject({
        assignee: 'ben',
        status: 'assigned',
        assignedAt: new Date(bench.clock.now).toISOString(),
        claimedAt: null,
      });
      const detail = await bench.read(id);
      expect(detail.timeline.at(-1)).toMatchObject({
        type: 'assigned',
        actor: 'ana',
        data: { team: 'desk', assignee: 'ben', previousAssignee: null, why: 'assigned by ana' },
      });
    });

    test('to the person who already holds it: nothing changes', async () => {
      const id = await bench.open();
      const first = await assign(id, { person: 'ben' });
      const again = await assign(id, { person: 'ben' });
      expect(again.version).toBe(first.version);
      expect((await bench.eventTypes(id)).filter((type) => type === 'assigned')).toHaveLength(1);
    });

    test('from one person to another: the event names who had it', async () => {
      const id = await bench.open();
      await assign(id, { person: 'ben' });
      const moved = await assign(id, { person: 'ana' }, admin);
      expect(moved.assignee).toBe('ana');
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'assigned',
        data: { assignee: 'ana', previousAssignee: 'ben' },
      });
    });

    test('nobody named in a team that assigns by hand: a conflict, nobody can take it', async () => {
      const id = await bench.open();
      await expect(assign(id, {})).rejects.toMatchObject({ code: 'conflict', path: 'person' });
      await expect(assign(id, { person: null })).rejects.toMatchObject({ code: 'conflict', path: 'person' });
      expect((await bench.read(id)).assignee).toBeNull();
    });

    test("nobody named in a picking team: the team's strategy picks the least loaded person", async () => {
      for (const person of ['pia', 'poul']) {
        await setAvailability({ ctx: bench.as(human(person)), personId: person, input: { available: true } });
      }
      const id = await bench.open('where is my parcel?');
      const first = (await bench.read(id)).assignee;
      expect(['pia', 'poul']).toContain(first);
      const picked = await assign(id, { person: null }, human('pia'));
      expect(picked.assignee).toBe(first === 'pia' ? 'poul' : 'pia');
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'assigned',
        data: { assignee: picked.assignee, previousAssignee: first },
      });
    });

    test('someone outside the team, or nobody the playbook knows, is refused', async () => {
      const id = await bench.open();
      await expect(assign(id, { person: 'bora' }, admin)).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'person',
      });
      await expect(assign(id, { person: 'zed' }, admin)).rejects.toMatchObject({
        code: 'not_found',
        path: 'person',
      });
      expect((await bench.read(id)).version).toBe(1);
    });

    test('an agent may not assign; a person of another team is refused', async () => {
      const id = await bench.open();
      await expect(assign(id, { person: 'ben' }, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expectRefusedToOutsider(assign(id, { person: 'ben' }, human('bora')));
      expect((await bench.read(id)).assignee).toBeNull();
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(assign(id, { person: 7 })).rejects.toMatchObject({ code: 'bad_request', path: 'person' });
      await expect(assign(id, { person: 'ben', extra: true })).rejects.toMatchObject({ code: 'bad_request' });
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await assign(id, { person: 'ben' });
      await expect(assign(id, { person: 'ana' }, human('ana'), 1)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).assignee).toBe('ben');
    });

    test('a finished escalation cannot be assigned', async () => {
      const id = await bench.open();
      await resolveEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      await expect(assign(id, { person: 'ben' })).rejects.toMatchObject({ code: 'conflict', path: 'status' });
    });
  });
}
