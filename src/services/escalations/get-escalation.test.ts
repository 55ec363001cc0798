// getEscalation on every real database: the whole escalation as it reads, and who may read it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent, openEscalation } from '../../../test/service-harness.js';
import {
  criticalCase,
  expectRefusedToOutsider,
  human,
  makeVerbBench,
  minute,
  otherAgent,
} from '../../../test/verb-fixtures.js';
import { claimEscalation } from './claim-escalation.js';
import { getEscalation } from './get-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const get = (id: string, by = human('ana')) => getEscalation({ ctx: bench.as(by), id });
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('the escalation with its context, brief and whole timeline in order', async () => {
      const id = await bench.open('I want to talk to a human');
      bench.clock.advance(minute);
      await claimEscalation({ ctx: bench.as(human('ben')), id, input: {} });
      const detail = await get(id);
      expect(detail).toMatchObject({
        id,
        team: 'desk',
        assignee: 'ben',
        status: 'in_progress',
        version: 2,
        approvals: [],
        approvalState: null,
        sla: null,
      });
      expect(detail.context.case).toMatchObject({
        conversation: [{ role: 'customer', text: 'I want to talk to a human' }],
      });
      expect(detail.context.reasons.map((reason) => reason.trigger)).toEqual(['human']);
      expect(detail.brief).toBeTruthy();
      expect(detail.timeline.map((event) => [event.type, event.actor])).toEqual([
        ['created', 'bot'],
        ['queued_for_team', 'bot'],
        ['claimed', 'ben'],
        ['status_changed', 'ben'],
      ]);
      const ids = detail.timeline.map((event) => event.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(detail.timeline.every((event) => event.escalationId === id)).toBe(true);
    });

    test('a pending approval reads as pending, then expired once the clock passes its deadline', async () => {
      const id = await openEscalation(bench.deps, criticalCase('wire_transfer'));
      expect((await get(id, human('fatma'))).approvalState).toBe('pending');
      bench.clock.advance(60 * minute + 1);
      expect((await get(id, human('fatma'))).approvalState).toBe('expired');
    });

    test('the agent that opened it reads it; another agent key does not learn it exists', async () => {
      const id = await bench.open();
      expect((await get(id, agent)).id).toBe(id);
      await expect(get(id, otherAgent)).rejects.toMatchObject({ code: 'not_found', path: 'id' });
      const theirs = await bench.open(undefined, otherAgent);
      expect((await get(theirs, otherAgent)).id).toBe(theirs);
      await expect(get(theirs, agent)).rejects.toMatchObject({ code: 'not_found' });
    });

    test("a person reads their team's escalations, not another team's", async () => {
      const id = await bench.open('my invoice is wrong');
      expect((await get(id, human('bora'))).team).toBe('billing');
      await expectRefusedToOutsider(get(id, human('ana')));
    });

    test('an unknown escalation is not found', async () => {
      await expect(get('no-such-escalation')).rejects.toMatchObject({ code: 'not_found', path: 'id' });
    });
  });
}
