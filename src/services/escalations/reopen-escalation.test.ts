// reopenEscalation on every real database: a finished escalation back to work, its owner kept, and the refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent } from '../../../test/service-harness.js';
import { expectRefusedToOutsider, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { claimEscalation } from './claim-escalation.js';
import { handBackEscalation } from './hand-back-escalation.js';
import { reopenEscalation } from './reopen-escalation.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const reopen = (id: string, input: unknown, by = human('ben'), expectedVersion?: number) =>
      reopenEscalation({ ctx: bench.as(by), id, input, expectedVersion });
    const openResolved = async () => {
      const id = await bench.open();
      await claimEscalation({ ctx: bench.as(human('ana')), id, input: {} });
      await resolveEscalation({ ctx: bench.as(human('ana')), id, input: { outcome: 'false_escalation' } });
      return id;
    };
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a resolved escalation goes back to work with its owner; the earlier outcome is on the timeline', async () => {
      const id = await openResolved();
      const reopened = await reopen(id, { reason: 'the customer wrote again' });
      expect(reopened).toMatchObject({
        status: 'in_progress',
        outcome: null,
        resolvedAt: null,
        assignee: 'ana',
      });
      expect((await bench.read(id)).timeline.at(-1)).toMatchObject({
        type: 'reopened',
        actor: 'ben',
        data: {
          reason: 'the customer wrote again',
          from: 'resolved',
          to: 'in_progress',
          previousOutcome: 'false_escalation',
        },
      });
    });

    test('a handed back escalation can be reopened too', async () => {
      const id = await bench.open();
      await handBackEscalation({ ctx: bench.as(agent), id, input: {} });
      expect((await reopen(id, { reason: 'the AI could not help' })).status).toBe('in_progress');
    });

    test('an escalation that is not finished cannot be reopened', async () => {
      const id = await bench.open();
      await expect(reopen(id, { reason: 'why not' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'status',
      });
      expect(await bench.eventTypes(id)).toEqual(['created', 'queued_for_team']);
    });

    test('two people reopen at once: exactly one wins', async () => {
      const id = await openResolved();
      const results = await Promise.allSettled([
        reopen(id, { reason: 'first' }, human('ana')),
        reopen(id, { reason: 'second' }, human('ben')),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((result) => result.status === 'rejected');
      expect(lost?.reason).toMatchObject({ code: 'conflict' });
      expect((await bench.eventTypes(id)).filter((type) => type === 'reopened')).toHaveLength(1);
    });

    test('a stale expected version is a conflict and writes nothing', async () => {
      const id = await openResolved();
      const { version } = await bench.read(id);
      await expect(reopen(id, { reason: 'late' }, human('ben'), version - 1)).rejects.toMatchObject({
        code: 'conflict',
        path: 'version',
      });
      expect((await bench.read(id)).status).toBe('resolved');
    });

    test('an agent may not reopen; a person of another team is refused', async () => {
      const id = await openResolved();
      await expect(reopen(id, { reason: 'again' }, agent)).rejects.toMatchObject({ code: 'forbidden' });
      await expectRefusedToOutsider(reopen(id, { reason: 'again' }, human('bora')));
      expect((await bench.read(id)).status).toBe('resolved');
    });

    test('a reason is required', async () => {
      const id = await openResolved();
      await expect(reopen(id, {})).rejects.toMatchObject({ code: 'bad_request', path: 'reason' });
      await expect(reopen(id, { reason: '' })).rejects.toMatchObject({ code: 'bad_request', path: 'reason' });
      expect((await bench.read(id)).status).toBe('resolved');
    });
  });
}
