// claimEscalation on every real database: who may take an escalation, and what taking it writes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { claimEscalation } from './claim-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const claim = (id: string, by = human('ana'), input: unknown = {}, expectedVersion?: number) =>
      claimEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a person of the team claims it: theirs, in progress, claimed now', async () => {
      const id = await bench.open();
      bench.clock.advance(30_000);
      const claimed = await claim(id);
      expect(claimed).toMatchObject({
        assignee: 'ana',
        status: 'in_progress',
        claimedAt: new Date(bench.clock.now).toISOString(),
        assignedAt: new Date(bench.clock.now).toISOString(),
        version: 2,
      });
      const detail = await bench.read(id);
      expect(detail).toMatchObject({ assignee: 'ana', status: 'in_progress', version: 2 });
      expect(detail.timeline.slice(-2)).toMatchObject([
        { type: 'claimed', actor: 'ana', data: { assignee: 'ana', previousAssignee: null } },
        { type: 'status_changed', data: { from: 'new', to: 'in_progress' } },
      ]);
    });

    test('two people claim at once: exactly one wins, the other gets a conflict', async () => {
      const id = await bench.open();
      const results = await Promise.allSettled([claim(id, human('ana')), claim(id, human('ben'))]);
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toMatchObject({ code: 'conflict' });
      const detail = await bench.read(id);
      expect(detail.assignee).toBe(won[0]?.value.assignee);
      expect(detail.timeline.filter((event) => event.type === 'claimed')).toHaveLength(1);
    });

    test('the holder claiming again changes nothing', async () => {
      const id = await bench.open();
      const first = await claim(id);
      const again = await claim(id);
      expect(again.version).toBe(first.version);
      expect(await bench.eventTypes(id)).toEqual(['created', 'queued_for_team', 'claimed', 'status_changed']);
    });

    test('a claim after someone else claimed is a conflict naming the assignee', async () => {
      const id = await bench.open();
      await claim(id, human('ana'));
      await expect(claim(id, human('ben'))).rejects.toMatchObject({ code: 'conflict', path: 'assignee' });
      expect((await bench.read(id)).assignee).toBe('ana');
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await bench.open();
      await expect(claim(id, human('ana'), {}, 7)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect(await bench.read(id)).toMatchObject({ version: 1, assignee: null, status: 'new' });
      expect((await claim(id, human('ana'), {}, 1)).assignee).toBe('ana');
    });

    test('an admin claims for a person they name, who must be of the team', async () => {
      const id = await bench.open();
      await expect(claim(id, admin)).rejects.toMatchObject({ code: 'bad_request', path: 'person' });
      await expect(claim(id, admin, { person: 'zed' })).rejects.toMatchObject({
        code: 'not_found',
        path: 'person',
      });
      await expect(claim(id, admin, { person: 'bora' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'person',
      });
      expect((await claim(id, admin, { person: 'ben' })).assignee).toBe('ben');
    });

    test('a person may claim only for themselves; an agent may not claim at all', async () => {
      const id = await bench.open();
      await expect(claim(id, human('ana'), { person: 'ben' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(claim(id, agent)).rejects.toMatchObject({ code: 'forbidden' });
      expect(await bench.read(id)).toMatchObject({ version: 1, assignee: null });
    });

    test("a person of another team cannot claim the team's escalation", async () => {
      const id = await bench.open();
      await expectRefusedToOutsider(claim(id, human('bora')));
      expect((await bench.read(id)).assignee).toBeNull();
    });

    test('bad input is refused naming the field', async () => {
      const id = await bench.open();
      await expect(claim(id, admin, { person: '' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'person',
      });
      await expect(claim(id, admin, { person: 42 })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'person',
      });
    });

    test('an unknown escalation is not found', async () => {
      await expect(claim('no-such-escalation')).rejects.toMatchObject({ code: 'not_found', path: 'id' });
    });

    test('a finished escalation cannot be claimed until it is reopened', async () => {
      const id = await bench.open();
      await resolveEscalation({ ctx: bench.as(human('ben')), id, input: {} });
      await expect(claim(id)).rejects.toMatchObject({ code: 'conflict', path: 'status' });
      expect((await bench.read(id)).assignee).toBeNull();
    });
  });
}
