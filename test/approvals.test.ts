// Approvals on every real database: later turns keep them, deadlines fire with the playbook's effect, and only
// listed approvers vote (an admin overrides, recorded as such).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../src/context.js';
import { decideApproval } from '../src/services/escalations/decide-approval.js';
import { evaluateCase } from '../src/services/escalations/evaluate-case.js';
import { isHandoffError } from '../src/errors.js';
import { DIALECTS, makeTestStore, type TestStore } from './databases.js';
import {
  criticalToFinance,
  financePeople,
  lowConfidence,
  playbookYaml,
  slackIntegration,
} from './playbook-fixtures.js';
import { admin, agent } from './service-harness.js';
import { human, makeVerbBench, minute, t0 } from './verb-fixtures.js';

/** Wire transfers: 2 of finance within 1 h, then Lale within 30 m. Large refunds: Hakan within 2 h, then Sam takes it. Contracts: finance within 1 h, then rejected. */
const yaml = playbookYaml({
  name: 'approvals',
  teams:
    '  - { id: finance, name: Finance, assignment: manual }\n  - { id: support, name: Support, assignment: least_loaded }\n',
  people: `${financePeople}  - { id: lale, name: Lale, teams: [support] }
  - { id: sam, name: Sam, teams: [support] }
`,
  criticalTasks: ['wire_transfer', 'refund_large', 'contract'],
  priorities: ['normal', 'high'],
  triggers: lowConfidence,
  routes: criticalToFinance,
  defaultTeam: 'support',
  rest: `approvals:
  - when: { task: [wire_transfer] }
    required: 2
    approvers: [team:finance]
    deadline: 1h
    on_deadline: { action: escalate, approvers: ['person:lale'], deadline: 30m }
  - when: { task: [refund_large] }
    required: 1
    approvers: [person:hakan]
    deadline: 2h
    on_deadline: { action: assign, person: sam }
  - when: { task: [contract] }
    required: 1
    approvers: [team:finance]
    deadline: 1h
${slackIntegration('chat')}`,
});

const critical = (id: string, type: string, turn = 1) => ({
  id,
  turn,
  task: { type },
  ai: { confidence: 0.99 },
  proposed_action: { type, amount: 25_000 },
  conversation: [{ role: 'customer', text: turn === 1 ? 'Please send the money.' : 'Any news?' }],
});

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const { clock, as: ctx, drain, read, eventTypes: types } = makeVerbBench(() => store, yaml);
    const evaluate = async (caseValue: unknown) =>
      (await evaluateCase({ ctx: ctx(agent), input: { case: caseValue } })).escalation;
    const open = async (caseId: string, type: string) => {
      clock.now = t0;
      const escalation = await evaluate(critical(caseId, type));
      expect(escalation?.status).toBe('pending_approval');
      return escalation?.id ?? '';
    };
    const vote = (actor: Actor, id: string, verdict: 'approved' | 'rejected', override?: boolean) =>
      decideApproval({
        ctx: ctx(actor),
        id,
        input: { verdict, ...(override === undefined ? {} : { override }) },
      });
    const refusal = async (promise: Promise<unknown>) => {
      try {
        await promise;
      } catch (error) {
        if (isHandoffError(error)) {
          return { code: error.code, path: error.path };
        }
        throw error;
      }
      throw new Error('expected a refusal');
    };
    /** The messages written for an escalation's events of one type: whom each is for, and the event's data. */
    const outboxOf = async (id: string, type: string) =>
      (
        await store.db
          .selectFrom('outbox')
          .select(['recipient', 'payload'])
          .where('escalation_id', '=', id)
          .orderBy('id')
          .execute()
      )
        .map((row) => ({
          recipient: row.recipient,
          payload: JSON.parse(String(row.payload)) as {
            event: { type: string; data: Record<string, unknown> };
          },
        }))
        .filter((row) => row.payload.event.type === type)
        .map((row) => ({ recipient: row.recipient, ...row.payload.event.data }));

    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    describe('a later turn', () => {
      test('keeps the pending approval, so it can still be approved', async () => {
        const id = await open('turns-1', 'refund_large');
        clock.now = t0 + minute;
        const joined = await evaluate(critical('turns-1', 'refund_large', 2));
        expect(joined?.id).toBe(id);
        const pending = await read(id);
        expect(pending.approvalState).toBe('pending');
        expect(pending.context.approval?.approvers).toEqual(['person:hakan']);
        expect(pending.context.case.turn).toBe(2);
        const approved = await vote(human('hakan'), id, 'approved');
        expect(approved.status).toBe('handed_back');
        expect((await read(id)).approvalState).toBe('approved');
      });

      test('keeps a decided approval readable', async () => {
        const id = await open('turns-2', 'refund_large');
        await vote(human('hakan'), id, 'rejected');
        clock.now = t0 + minute;
        await evaluate(critical('turns-2', 'refund_large', 2));
        expect((await read(id)).approvalState).toBe('rejected');
      });
    });

    describe('the deadline', () => {
      test('passed but not yet fired: a vote is refused and the approval reads as expired', async () => {
        const id = await open('late-vote', 'contract');
        clock.now = t0 + 60 * minute + 1;
        expect(await refusal(vote(human('fatma'), id, 'approved'))).toEqual({
          code: 'conflict',
          path: 'deadline',
        });
        expect((await read(id)).approvalState).toBe('expired');
      });

      test('default effect: rejected when it passes, with an event and a notification, once', async () => {
        const id = await open('deadline-reject', 'contract');
        clock.now = t0 + 59 * minute;
        await drain();
        expect((await read(id)).status).toBe('pending_approval');
        clock.now = t0 + 61 * minute;
        await drain();
        await drain();
        const detail = await read(id);
        expect(detail).toMatchObject({ status: 'in_progress', approvalState: 'rejected' });
        const expired = detail.timeline.filter((event) => event.type === 'approval_expired');
        expect(expired).toEqual([
          expect.objectContaining({
            actor: 'handoff',
            data: { deadlineAt: new Date(t0 + 60 * minute).toISOString(), effect: 'reject' },
          }),
        ]);
        expect(detail.timeline.map((event) => event.type)).toContain('approval_decided');
        // Nobody owns it (finance assigns by hand) and finance has no lead: nobody to tell by name.
        expect(await outboxOf(id, 'approval_expired')).toEqual([]);
        expect((await outboxOf(id, 'approval_requested')).map((row) => row.recipient).sort()).toEqual([
          'fatma',
          'gul',
          'hakan',
        ]);
      });

      test('escalate: the next approvers decide, with their own deadline; its passing rejects', async () => {
        const id = await open('deadline-escalate', 'wire_transfer');
        await vote(human('fatma'), id, 'approved');
        clock.now = t0 + 60 * minute;
        await drain();
        const escalated = await read(id);
        expect(escalated.status).toBe('pending_approval');
        expect(escalated.approvalState).toBe('pending');
        expect(escalated.context.approval).toMatchObject({
          approvers: ['person:lale'],
          deadlineAt: new Date(t0 + 90 * minute).toISOString(),
        });
        expect(await outboxOf(id, 'approval_expired')).toEqual([
          expect.objectContaining({ recipient: 'lale', effect: 'escalate', approvers: ['person:lale'] }),
        ]);
        expect(await refusal(vote(human('gul'), id, 'approved'))).toMatchObject({ code: 'forbidden' });
        clock.now = t0 + 80 * minute;
        const approved = await vote(human('lale'), id, 'approved');
        expect(approved.status).toBe('handed_back');

        const other = await open('deadline-escalate-2', 'wire_transfer');
        clock.now = t0 + 60 * minute;
        await drain();
        clock.now = t0 + 90 * minute;
        await drain();
        expect(await read(other)).toMatchObject({ status: 'in_progress', approvalState: 'rejected' });
        expect((await types(other)).filter((type) => type === 'approval_expired')).toHaveLength(2);
      });

      test('assign: the named person takes the case over and the approval reads as expired', async () => {
        const id = await open('deadline-assign', 'refund_large');
        clock.now = t0 + 120 * minute;
        await drain();
        expect(await read(id)).toMatchObject({
          status: 'in_progress',
          assignee: 'sam',
          approvalState: 'expired',
        });
        expect(await outboxOf(id, 'approval_expired')).toEqual([
          expect.objectContaining({ recipient: 'sam', effect: 'assign', person: 'sam' }),
        ]);
      });

      test('decided before it passes: the timer does nothing', async () => {
        const id = await open('deadline-decided', 'contract');
        await vote(human('gul'), id, 'approved');
        clock.now = t0 + 61 * minute;
        await drain();
        expect(await types(id)).not.toContain('approval_expired');
        expect((await read(id)).approvalState).toBe('approved');
      });
    });

    describe('who may approve', () => {
      test('the admin key is not an approver: its vote is refused and nothing is counted', async () => {
        const id = await open('admin-vote', 'wire_transfer');
        expect(await refusal(vote(admin, id, 'approved'))).toMatchObject({ code: 'forbidden' });
        await vote(human('fatma'), id, 'approved');
        const detail = await read(id);
        expect(detail).toMatchObject({ status: 'pending_approval', approvalState: 'pending' });
        expect(detail.approvals.map((entry) => entry.approver)).toEqual(['fatma']);
      });

      test('a human key only counts for a listed approver', async () => {
        const id = await open('human-vote', 'refund_large');
        // Fatma works this finance escalation but is not its listed approver.
        expect(await refusal(vote(human('fatma'), id, 'approved'))).toMatchObject({ code: 'forbidden' });
        // Sam (support) may neither see it nor approve it: to him it does not exist (as for a missing id).
        expect(await refusal(vote(human('sam'), id, 'approved'))).toMatchObject({ code: 'not_found' });
      });

      test('an admin overrides explicitly: settled at once, recorded as an override, not as a vote', async () => {
        const id = await open('admin-override', 'wire_transfer');
        await vote(human('fatma'), id, 'approved');
        expect(await refusal(vote(human('gul'), id, 'approved', true))).toMatchObject({
          code: 'forbidden',
          path: 'override',
        });
        const settled = await vote(admin, id, 'approved', true);
        expect(settled.status).toBe('handed_back');
        const detail = await read(id);
        expect(detail.approvalState).toBe('approved');
        expect(detail.context.approval?.settled).toMatchObject({
          state: 'approved',
          by: 'admin',
          override: true,
        });
        expect(detail.approvals.map((entry) => entry.approver)).toEqual(['fatma']);
        expect(detail.timeline.find((event) => event.type === 'approval_overridden')?.data).toEqual({
          by: 'admin',
          verdict: 'approved',
          note: null,
        });
      });
    });
  });
}
