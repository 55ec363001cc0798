// evaluateCase on every real database: deciding a case, opening or joining an escalation, retries, and refusals.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { criticalCase, customerCase, human, makeVerbBench, otherAgent } from '../../../test/verb-fixtures.js';
import { evaluateCase } from './evaluate-case.js';
import { listEscalations } from './list-escalations.js';
import { resolveEscalation } from './resolve-escalation.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const evaluate = (caseValue: unknown, by = agent, idempotencyKey?: string) =>
      evaluateCase({ ctx: bench.as(by), input: { case: caseValue, idempotencyKey } });
    const openedFor = async (caseId: unknown) =>
      (await listEscalations({ ctx: bench.as(admin), input: { case_id: String(caseId) } })).items;
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test('a case no trigger fires on continues: the decision comes back and nothing is opened', async () => {
      const caseValue = customerCase('thanks, that helps');
      const result = await evaluate(caseValue);
      expect(result).toMatchObject({ escalation: null, opened: false, replayed: false });
      expect(result.decision.action).toBe('continue');
      expect(await openedFor(caseValue.id)).toEqual([]);
    });

    test('a customer asking for a person opens an escalation on its route, with the decision and a brief', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const result = await evaluate(caseValue);
      expect(result).toMatchObject({ opened: true, replayed: false });
      expect(result.decision.action).toBe('escalate');
      expect(result.escalation).toMatchObject({
        caseId: caseValue.id,
        origin: 'evaluate',
        team: 'desk',
        tier: 'L1',
        priority: 'high',
        status: 'new',
        playbookVersion: 1,
      });
      const detail = await bench.read(result.escalation?.id ?? '');
      expect(detail.context.reasons.map((reason) => reason.trigger)).toEqual(['human']);
      expect(detail.brief).toBeTruthy();
      expect(detail.timeline.map((event) => event.type)).toEqual(['created', 'queued_for_team']);
    });

    test('a later turn joins the open escalation instead of opening a second', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const first = await evaluate(caseValue);
      const later = await evaluate({
        ...caseValue,
        turn: 2,
        conversation: [
          ...(caseValue.conversation as unknown[]),
          { role: 'customer', text: 'I still want to talk to a human' },
        ],
      });
      expect(later).toMatchObject({ opened: false, replayed: false });
      expect(later.decision.action).toBe('escalate');
      expect(later.escalation?.id).toBe(first.escalation?.id);
      expect(later.escalation?.caseTurn).toBe(2);
      expect(await openedFor(caseValue.id)).toHaveLength(1);
      expect((await bench.read(first.escalation?.id ?? '')).timeline.map((event) => event.type)).toContain(
        'case_updated',
      );
    });

    test('once the escalation is finished, the conversation escalating again opens a new one', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const first = await evaluate(caseValue);
      await resolveEscalation({ ctx: bench.as(human('ana')), id: first.escalation?.id ?? '', input: {} });
      const again = await evaluate({ ...caseValue, turn: 2 });
      expect(again.opened).toBe(true);
      expect(again.escalation?.id).not.toBe(first.escalation?.id);
    });

    test('a retry of the same turn, or with the same Idempotency-Key, replays the first answer', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const first = await evaluate(caseValue, agent, 'key-1');
      const sameTurn = await evaluate(caseValue);
      const sameKey = await evaluate({ ...caseValue, turn: 5 }, agent, 'key-1');
      for (const retry of [sameTurn, sameKey]) {
        expect(retry).toMatchObject({ replayed: true, opened: false });
        expect(retry.escalation?.id).toBe(first.escalation?.id);
      }
      expect(await openedFor(caseValue.id)).toHaveLength(1);
    });

    test('the same turn retried at once opens one escalation', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const results = await Promise.all([evaluate(caseValue), evaluate(caseValue), evaluate(caseValue)]);
      expect(new Set(results.map((result) => result.escalation?.id)).size).toBe(1);
      expect(results.filter((result) => result.opened)).toHaveLength(1);
      expect(await openedFor(caseValue.id)).toHaveLength(1);
    });

    test('an Idempotency-Key used for another case is a conflict', async () => {
      await evaluate(customerCase('I want to talk to a human'), agent, 'key-2');
      await expect(evaluate(customerCase('hello'), agent, 'key-2')).rejects.toMatchObject({
        code: 'conflict',
        path: 'Idempotency-Key',
      });
    });

    test('each agent key has its own escalation for a conversation', async () => {
      const caseValue = customerCase('I want to talk to a human');
      const mine = await evaluate(caseValue);
      const theirs = await evaluate(caseValue, otherAgent);
      expect(theirs.opened).toBe(true);
      expect(theirs.escalation?.id).not.toBe(mine.escalation?.id);
    });

    test('a critical task opens pending approval, with what the AI proposed', async () => {
      const result = await evaluate(criticalCase('refund_large'));
      expect(result.decision.action).toBe('require_approval');
      expect(result.escalation).toMatchObject({ status: 'pending_approval', team: 'finance' });
      expect((await bench.read(result.escalation?.id ?? '')).context.approval).toMatchObject({
        required: 1,
        approvers: ['person:hakan'],
      });
    });

    test('only an agent key evaluates', async () => {
      const caseValue = customerCase('I want to talk to a human');
      await expect(evaluate(caseValue, human('ana'))).rejects.toMatchObject({ code: 'forbidden' });
      expect(await openedFor(caseValue.id)).toEqual([]);
    });

    test('a case that breaks the contract is refused naming the field, and nothing is recorded', async () => {
      await expect(evaluate({ turn: 1, conversation: [] })).rejects.toMatchObject({
        code: 'invalid_case',
        path: 'id',
      });
      await expect(
        evaluate({ id: 'bad-turn', turn: 'one', conversation: [{ role: 'customer', text: 'a human' }] }),
      ).rejects.toMatchObject({ code: 'invalid_case', path: 'turn' });
      await expect(
        evaluate({ id: 'bad-role', conversation: [{ role: 'boss', text: 'a human' }] }),
      ).rejects.toMatchObject({ code: 'invalid_case', path: 'conversation[0].role' });
      expect(await openedFor('bad-turn')).toEqual([]);
    });
  });
}
