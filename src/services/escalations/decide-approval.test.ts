// decideApproval on every real database: N of M approvals, one rejection, the deadline, and who may vote.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { agent, openEscalation } from '../../../test/service-harness.js';
import { criticalCase, human, makeVerbBench, minute, t0 } from '../../../test/verb-fixtures.js';
import { decideApproval } from './decide-approval.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const vote = (id: string, person: string, input: unknown) =>
      decideApproval({ ctx: bench.as(human(person)), id, input });
    const openCritical = (type: 'wire_transfer' | 'refund_large') => {
      bench.clock.now = t0;
      return openEscalation(bench.deps, criticalCase(type));
    };
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a wire transfer waits for two of the three finance approvers, then is handed back approved', async () => {
      const id = await openCritical('wire_transfer');
      const pending = await bench.read(id);
      expect(pending).toMatchObject({
        status: 'pending_approval',
        team: 'finance',
        approvalState: 'pending',
      });
      expect(pending.context.approval).toEqual({
        proposedAction: { type: 'wire_transfer', amount: 25_000, currency: 'EUR' },
        required: 2,
        approvers: ['team:finance'],
        deadlineAt: new Date(t0 + 60 * minute).toISOString(),
        onDeadline: { action: 'reject' },
      });

      bench.clock.advance(minute);
      expect((await vote(id, 'fatma', { verdict: 'approved' })).status).toBe('pending_approval');
      bench.clock.advance(minute);
      const approved = await vote(id, 'gul', { verdict: 'approved', note: 'checked the IBAN' });
      expect(approved).toMatchObject({
        status: 'handed_back',
        outcome: 'handed_back',
        resolvedAt: new Date(bench.clock.now).toISOString(),
      });

      const detail = await bench.read(id);
      expect(detail.approvalState).toBe('approved');
      expect(detail.approvals.map((given) => [given.approver, given.verdict, given.note])).toEqual([
        ['fatma', 'approved', null],
        ['gul', 'approved', 'checked the IBAN'],
      ]);
      expect(detail.timeline.filter((event) => event.type === 'approval_recorded')).toMatchObject([
        { data: { approver: 'fatma', approvals: 1, required: 2 } },
        { data: { approver: 'gul', approvals: 2, required: 2 } },
      ]);
      expect(detail.timeline.filter((event) => event.type === 'approval_decided')).toMatchObject([
        { data: { verdict: 'approved', approvals: 2, required: 2, to: 'handed_back' } },
      ]);
    });

    test('the same approver voting twice is a conflict; their first vote stands', async () => {
      const id = await openCritical('wire_transfer');
      await vote(id, 'fatma', { verdict: 'approved' });
      await expect(vote(id, 'fatma', { verdict: 'rejected' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'verdict',
      });
      const detail = await bench.read(id);
      expect(detail).toMatchObject({ status: 'pending_approval', approvalState: 'pending' });
      expect(detail.approvals.map((given) => given.verdict)).toEqual(['approved']);
    });

    test('one rejection rejects: the escalation goes back to work with the note', async () => {
      const id = await openCritical('refund_large');
      const rejected = await vote(id, 'hakan', { verdict: 'rejected', note: 'over the refund limit' });
      expect(rejected.status).toBe('in_progress');
      const detail = await bench.read(id);
      expect(detail.approvalState).toBe('rejected');
      expect(detail.timeline.at(-1)).toMatchObject({
        type: 'approval_decided',
        data: { verdict: 'rejected', by: 'hakan', note: 'over the refund limit', to: 'in_progress' },
      });
    });

    test('someone who is not an approver is refused and no vote is stored', async () => {
      const id = await openCritical('refund_large');
      await expect(vote(id, 'fatma', { verdict: 'approved' })).rejects.toMatchObject({ code: 'forbidden' });
      // Ana (desk) may neither see nor approve this finance escalation: to her it does not exist.
      await expect(vote(id, 'ana', { verdict: 'approved' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(
        decideApproval({ ctx: bench.as(agent), id, input: { verdict: 'approved' } }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      const detail = await bench.read(id);
      expect(detail).toMatchObject({ approvals: [], approvalState: 'pending', status: 'pending_approval' });
    });

    test('after the deadline a vote is a conflict and the approval reads as expired', async () => {
      const id = await openCritical('wire_transfer');
      bench.clock.advance(60 * minute);
      expect((await bench.read(id)).approvalState).toBe('pending');
      bench.clock.advance(1);
      await expect(vote(id, 'fatma', { verdict: 'approved' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'deadline',
      });
      expect(await bench.read(id)).toMatchObject({
        approvalState: 'expired',
        status: 'pending_approval',
        approvals: [],
      });
    });

    test('an escalation that is not waiting for an approval cannot be voted on', async () => {
      const id = await bench.open();
      await expect(vote(id, 'ana', { verdict: 'approved' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'status',
      });
      const decided = await openCritical('refund_large');
      await vote(decided, 'hakan', { verdict: 'approved' });
      await expect(vote(decided, 'hakan', { verdict: 'approved' })).rejects.toMatchObject({
        code: 'conflict',
        path: 'status',
      });
    });

    test('bad input is refused naming the field', async () => {
      const id = await openCritical('refund_large');
      await expect(vote(id, 'hakan', { verdict: 'maybe' })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'verdict',
      });
      await expect(vote(id, 'hakan', {})).rejects.toMatchObject({ code: 'bad_request', path: 'verdict' });
      await expect(vote(id, 'hakan', { verdict: 'approved', note: 5 })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'note',
      });
      expect((await bench.read(id)).approvals).toEqual([]);
    });

    test('an unknown escalation is not found', async () => {
      await expect(vote('no-such-escalation', 'hakan', { verdict: 'approved' })).rejects.toMatchObject({
        code: 'not_found',
        path: 'id',
      });
    });
  });
}
