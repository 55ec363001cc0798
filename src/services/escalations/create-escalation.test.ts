// createEscalation on every real database: an explicit handoff, its route and reason, retries, and bad requests.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIALECTS, makeTestStore, type TestStore } from '../../../test/databases.js';
import { admin, agent } from '../../../test/service-harness.js';
import { customerCase, human, makeVerbBench } from '../../../test/verb-fixtures.js';
import { createEscalation } from './create-escalation.js';
import { listEscalations } from './list-escalations.js';

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    let store: TestStore;
    const bench = makeVerbBench(() => store);
    const create = (input: unknown, by = agent, idempotencyKey?: string) =>
      createEscalation({ ctx: bench.as(by), input, idempotencyKey });
    const openedFor = async (caseId: string) =>
      (await listEscalations({ ctx: bench.as(admin), input: { case_id: caseId } })).items;
    const reason = { category: 'missing_knowledge', detail: 'the AI does not know the refund rules' };
    beforeAll(async () => {
      store = await makeTestStore(dialect);
    });
    afterAll(() => store.close());

    test("an explicit handoff opens on the playbook's route for the case, carrying the reason", async () => {
      const caseValue = customerCase('my invoice is wrong');
      const opened = await create({ case: caseValue, reason });
      expect(opened).toMatchObject({
        caseId: caseValue.id,
        origin: 'explicit',
        reasonCategory: 'missing_knowledge',
        mode: 'proactive',
        team: 'billing',
        tier: 'L1',
        status: 'new',
        openedAt: new Date(bench.clock.now).toISOString(),
      });
      const detail = await bench.read(opened.id);
      expect(detail.context.explicitReason).toEqual(reason);
      expect(detail.timeline[0]).toMatchObject({ type: 'created', data: { team: 'billing' } });
    });

    test('a case with no route goes to the default route; a customer request is reactive', async () => {
      const opened = await create({
        case: { id: 'quiet', conversation: [{ role: 'customer', text: 'hello' }] },
        reason: { category: 'customer_request', detail: 'asked twice' },
      });
      expect(opened).toMatchObject({ team: 'desk', tier: 'L1', mode: 'reactive', priority: 'normal' });
    });

    test('the team, tier and priority asked for win over the route', async () => {
      const opened = await create({
        case: customerCase('my invoice is wrong'),
        reason,
        team: 'desk',
        tier: 'L2',
        priority: 'low',
      });
      expect(opened).toMatchObject({ team: 'desk', tier: 'L2', priority: 'low' });
    });

    test('a retry with the same Idempotency-Key returns the first escalation and opens no second', async () => {
      const caseValue = customerCase('please escalate');
      const first = await create({ case: caseValue, reason }, agent, 'retry-1');
      const again = await create({ case: caseValue, reason }, agent, 'retry-1');
      expect(again.id).toBe(first.id);
      expect(await openedFor(String(caseValue.id))).toHaveLength(1);
    });

    test('a person may not open one; an admin may', async () => {
      const caseValue = customerCase();
      await expect(create({ case: caseValue, reason }, human('ana'))).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect(await openedFor(String(caseValue.id))).toEqual([]);
      expect((await create({ case: caseValue, reason }, admin)).origin).toBe('explicit');
    });

    test('bad input is refused naming the field, and nothing is opened', async () => {
      const caseValue = customerCase();
      await expect(
        create({ case: caseValue, reason: { category: 'bored', detail: 'x' } }),
      ).rejects.toMatchObject({ code: 'bad_request', path: 'reason.category' });
      await expect(
        create({ case: caseValue, reason: { category: 'other', detail: '' } }),
      ).rejects.toMatchObject({
        code: 'bad_request',
        path: 'reason.detail',
      });
      await expect(create({ case: { conversation: [] }, reason })).rejects.toMatchObject({
        code: 'bad_request',
        path: 'case.id',
      });
      await expect(create({ reason })).rejects.toMatchObject({ code: 'bad_request', path: 'case' });
      expect(await openedFor(String(caseValue.id))).toEqual([]);
    });

    test('a team, tier or priority the playbook does not have is unprocessable', async () => {
      const caseValue = customerCase();
      await expect(create({ case: caseValue, reason, team: 'nobody' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'team',
      });
      await expect(create({ case: caseValue, reason, tier: 'L9' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'tier',
      });
      await expect(create({ case: caseValue, reason, priority: 'urgent' })).rejects.toMatchObject({
        code: 'unprocessable',
        path: 'priority',
      });
      expect(await openedFor(String(caseValue.id))).toEqual([]);
    });
  });
}
